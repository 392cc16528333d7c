package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Candidacies closed by another choice, done deals awaiting the announcement, "name" as a noun, "X
 * of Team", "formerly of", at-risk paraphrases. Sentences written for the test.
 */
class CandidacyLexiconTest {

  @Test
  void theHiringBodyGoingAnotherWayClosesTheCandidacy() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Venezia aveva pensato a Paolo Zanetti, però alla fine la società si è"
                        + " orientata su un profilo diverso.")))
        .containsExactly("paolo-zanetti venezia REJECTED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds went in a different direction after speaking to Marco Silva.")))
        .containsExactly("marco-silva leeds REJECTED");
  }

  @Test
  void aDealAwaitingOnlyTheAnnouncementIsAgreed() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Per Paolo Zanetti al Lecce è tutto definito, manca solo l'annuncio.")))
        .containsExactly("paolo-zanetti lecce AGREED");
  }

  @Test
  void aNameOnAListIsNoAppointmentAndCoachOfTeamIsHisBench() {
    assertThat(pairs(run("en", "", "Marco Silva of Fulham was another name on the list.")))
        .containsExactly("marco-silva fulham COACHES");
  }

  @Test
  void formerlyOfIsAPastBench() {
    assertThat(pairs(run("en", "", "Marco Silva, formerly of Everton, has admirers at Leeds.")))
        .contains("marco-silva everton LEFT")
        .doesNotContain("marco-silva everton LINKED");
  }

  @Test
  void pressureMountingIsAtRisk() {
    assertThat(pairs(run("en", "", "Pressure is mounting on Marco Silva at Fulham.")))
        .containsExactly("marco-silva fulham AT_RISK");
  }

  @Test
  void aHypotheticalDepartureLeavesHimOnTheBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Fulham could act fast if Marco Silva decides to step down at Fulham in June.")))
        .doesNotContain("marco-silva fulham LEAVING", "marco-silva fulham LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecce è pronto, se Paolo Zanetti dovesse lasciare il Lecce a fine stagione.")))
        .doesNotContain("paolo-zanetti lecce LEAVING", "paolo-zanetti lecce LEFT");
    assertThat(pairs(run("it", "", "Paolo Zanetti lascerà il Lecce a fine stagione.")))
        .contains("paolo-zanetti lecce LEAVING");
  }
}
