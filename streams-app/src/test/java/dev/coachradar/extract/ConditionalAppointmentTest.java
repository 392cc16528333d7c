package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An appointment told as a possibility ("potrebbe essere il nuovo allenatore", "se diventasse",
 * "firmerebbe") is a candidacy (LINKED), not a move made (AGREED). Invented texts.
 */
class ConditionalAppointmentTest {

  @Test
  void aModalAppointmentIsACandidacy() {
    assertThat(pairs(run("it", "", "Gattuso potrebbe essere il nuovo allenatore della Lazio.")))
        .contains("gennaro-gattuso lazio LINKED")
        .doesNotContain("gennaro-gattuso lazio AGREED", "gennaro-gattuso EMPLOYED");
  }

  @Test
  void aConditionalAppointmentIsACandidacy() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gattuso è pronto: se diventasse il nuovo allenatore della Lazio, firmerebbe"
                        + " un biennale.")))
        .contains("gennaro-gattuso lazio LINKED")
        .doesNotContain("gennaro-gattuso lazio AGREED");
    assertThat(pairs(run("it", "", "Gattuso firmerebbe con la Lazio.")))
        .containsExactly("gennaro-gattuso lazio LINKED");
  }

  @Test
  void aPlainAppointmentStaysMade() {
    assertThat(pairs(run("it", "", "Gattuso è il nuovo allenatore della Lazio.")))
        .contains("gennaro-gattuso lazio AGREED", "gennaro-gattuso EMPLOYED");
  }
}
