package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A succession told as a hyphenated compound ("il dopo-X", "il post-X"): X left the bench the same
 * sentence gives to a successor, and says nothing when the succession is only planned. Short
 * invented texts.
 */
class SuccessionCompoundTest {

  @Test
  void aSuccessorChosenForTheDopoCompoundMeansThePredecessorLeft() {
    assertThat(pairs(run("it", "", "Per il dopo-Pioli il Milan ha scelto Paulo Fonseca.")))
        .contains("paulo-fonseca milan AGREED", "stefano-pioli milan LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha affidato la panchina ad Antonio Conte per il post-Spalletti.")))
        .contains("antonio-conte napoli AGREED", "luciano-spalletti napoli LEFT");
  }

  @Test
  void aSuccessionOnlyPlannedLeavesTheIncumbentAlone() {
    assertThat(
            pairs(
                run("it", "", "Roberto Mancini è la prima scelta della Lazio per il dopo-Sarri.")))
        .contains("roberto-mancini lazio LINKED")
        .noneMatch(p -> p.startsWith("maurizio-sarri"));
  }

  @Test
  void ofSeveralChoicesTheCompoundTakesTheOneOfItsClause() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Per il dopo-Pioli il Milan ha scelto Paulo Fonseca; la Roma ha scelto Claudio"
                        + " Ranieri.")))
        .contains("stefano-pioli milan LEFT")
        .doesNotContain("stefano-pioli roma LEFT");
  }

  @Test
  void aPlainDopoIsNoCompound() {
    assertThat(pairs(run("it", "", "Dopo Stefano Pioli, il Milan ha scelto Paulo Fonseca.")))
        .noneMatch(p -> p.startsWith("stefano-pioli"));
  }
}
