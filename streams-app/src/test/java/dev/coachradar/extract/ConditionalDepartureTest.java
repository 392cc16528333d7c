package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A departure told as a condition ("in caso di addio di X") is no report that X leaves: X still
 * holds the bench. Sentences written for the test.
 */
class ConditionalDepartureTest {

  @Test
  void aConditionalFarewellIsNoLeaving() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa potrebbe cercare un nuovo allenatore in caso di addio a fine stagione"
                        + " di Patrick Vieira.")))
        .doesNotContain("patrick-vieira genoa LEAVING");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "In caso di partenza di Patrick Vieira, il Genoa ha già sondato Paolo"
                        + " Zanetti.")))
        .contains("paolo-zanetti genoa LINKED")
        .doesNotContain("patrick-vieira genoa LEAVING");
  }

  @Test
  void aFarewellToldAsAFactIsStillLeaving() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Patrick Vieira e il Genoa si separeranno: a fine stagione sarà addio.")))
        .contains("patrick-vieira genoa LEAVING");
  }
}
