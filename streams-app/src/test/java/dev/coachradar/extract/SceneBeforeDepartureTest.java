package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A departure told in a sentence that names no team, right after a sentence that sets the scene at
 * one team ("Discorso diverso per il Torino. Juric ha già salutato."): the spell ended there.
 * Invented texts.
 */
class SceneBeforeDepartureTest {

  @Test
  void theOneTeamOfTheSentenceBeforeIsTheBenchLeft() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Discorso diverso per il Torino, che cerca una guida. Ivan Juric, in scadenza a"
                        + " giugno, ha già salutato.")))
        .contains("ivan-juric torino LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "It is a different story at Everton, who finished fifteenth. Sean Dyche, whose"
                        + " contract was up, departed last week.")))
        .contains("sean-dyche everton LEFT");
  }

  @Test
  void aSentenceBeforeWithTwoTeamsOrAPersonSetsNoScene() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha battuto il Genoa all'ultima giornata. Ivan Juric ha già"
                        + " salutato.")))
        .doesNotContain("ivan-juric torino LEFT", "ivan-juric genoa LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton held talks with Thomas Frank on Friday. Sean Dyche departed last"
                        + " week.")))
        .doesNotContain("sean-dyche everton LEFT");
  }
}
