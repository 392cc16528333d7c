package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Current benches told by a present coaching verb or a relative possessive, past benches told as a
 * career, separations with both parties as subject, refusals announced in advance. Sentences
 * written for the test.
 */
class BenchHistoryTest {

  @Test
  void aPresentCoachingVerbNamesTheCurrentBench() {
    assertThat(pairs(run("it", "", "Paolo Zanetti, che allena il Lecce, piace al Bari.")))
        .contains("paolo-zanetti lecce COACHES", "paolo-zanetti bari LINKED");
    assertThat(pairs(run("en", "", "Marco Silva, who manages Fulham, is admired by Leeds.")))
        .contains("marco-silva fulham COACHES", "marco-silva leeds LINKED");
  }

  @Test
  void aRelativePossessiveNamesTheCurrentBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, whose Fulham side travel to Leeds on Saturday, praised the"
                        + " referee.")))
        .containsExactly("marco-silva fulham COACHES");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, whose contract at Fulham runs out in June, is an option for"
                        + " Leeds.")))
        .contains("marco-silva fulham COACHES", "marco-silva leeds LINKED");
  }

  @Test
  void aCareerListGivesEveryPastBench() {
    assertThat(
            pairs(
                run("it", "", "Nel suo percorso Paolo Zanetti ha guidato il Venezia e l'Empoli.")))
        .contains("paolo-zanetti venezia LEFT", "paolo-zanetti empoli LEFT");
    assertThat(pairs(run("en", "", "Marco Silva had spells at Everton and Watford.")))
        .containsExactly("marco-silva everton LEFT", "marco-silva watford LEFT");
  }

  @Test
  void aCommaAndAnArticleOpenANewClauseNotAList() {
    assertThat(
            pairs(run("it", "", "Paolo Zanetti dice sì al Lecce, il Bari sceglie Fabio Grosso.")))
        .contains("paolo-zanetti lecce AGREED")
        .doesNotContain("paolo-zanetti bari AGREED");
  }

  @Test
  void bothPartiesSeparatingEndTheSpell() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti e il Sassuolo si separano: risoluzione consensuale del"
                        + " contratto.")))
        .contains("paolo-zanetti sassuolo LEFT");
  }

  @Test
  void aRefusalAnnouncedInAdvanceTurnsTheMoveDown() {
    assertThat(pairs(run("en", "", "Those around Marco Silva insist he would say no to Leeds.")))
        .containsExactly("marco-silva leeds REJECTED");
    assertThat(
            pairs(run("it", "", "L'entourage di Paolo Zanetti fa sapere che direbbe no al Bari.")))
        .containsExactly("paolo-zanetti bari REJECTED");
  }

  @Test
  void timeLeftOnADealIsNoDeparture() {
    assertThat(pairs(run("en", "", "Marco Silva has two years left on his Fulham contract.")))
        .noneMatch(p -> p.contains("LEFT"));
  }
}
