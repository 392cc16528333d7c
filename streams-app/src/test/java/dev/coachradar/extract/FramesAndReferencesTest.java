package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Match frames, coaches not yet named, staying by choice, appositions naming a coach's own club.
 * Sentences written for the test.
 */
class FramesAndReferencesTest {

  @Test
  void aTeamInAResultOrFixtureFrameIsAnOpponent() {
    assertThat(
            pairs(
                run("en", "", "Lyon dismissed Marco Silva after being knocked out by Villarreal.")))
        .noneMatch(p -> p.contains("villarreal"));
    assertThat(pairs(run("en", "", "Sean Dyche will take charge of Saturday's match at Fulham.")))
        .noneMatch(p -> p.contains("fulham"));
    assertThat(pairs(run("it", "", "Paolo Zanetti è in bilico dopo la sconfitta con il Bari.")))
        .noneMatch(p -> p.contains("bari"));
  }

  @Test
  void aCoachNotYetNamedInheritsNothing() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Newcastle sacked Marco Silva. A caretaker will be named before Saturday.")))
        .containsExactly("marco-silva newcastle SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecce ha esonerato Paolo Zanetti. Un nuovo allenatore sarà ufficializzato"
                        + " domani.")))
        .containsExactly("paolo-zanetti lecce SACKED");
  }

  @Test
  void stayingByChoiceKeepsTheBenchAndTurnsDownTheMove() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Norwich sounded out Marco Silva, however he opted to remain at Fulham.")))
        .contains("marco-silva fulham COACHES", "marco-silva norwich REJECTED");
    assertThat(pairs(run("it", "", "Paolo Zanetti ha scelto di restare al Lecce.")))
        .containsExactly("paolo-zanetti lecce COACHES");
  }

  @Test
  void aFormerBenchBeforeTheNameIsNotHisBenchNow() {
    assertThat(pairs(run("en", "", "The former Everton manager Sean Dyche is wanted by Leeds.")))
        .contains("sean-dyche everton LEFT", "sean-dyche leeds LINKED")
        .doesNotContain("sean-dyche everton COACHES");
  }

  @Test
  void aMoveCueDoesNotReachIntoTheCandidatesApposition() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, out of work since leaving Fulham in the summer, has also been"
                        + " mentioned.")))
        .doesNotContain("marco-silva fulham LINKED");
  }
}
