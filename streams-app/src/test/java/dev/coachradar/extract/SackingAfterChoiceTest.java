package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "salvo poi esonerare il croato", "only to sack Potter": a sacking told as the sequel of a past
 * choice is an act (SACKED), not the threat the bare infinitive is (AT_RISK). Sentences written for
 * the test.
 */
class SackingAfterChoiceTest {

  @Test
  void salvoPoiEsonerareIsASackingDone() {
    assertThat(
            pairs(
                "it",
                "In estate il Torino aveva scelto Ivan Juric, salvo poi esonerare il croato a"
                    + " novembre e affidarsi a Paolo Vanoli."))
        .contains("ivan-juric torino SACKED", "paolo-vanoli torino AGREED")
        .doesNotContain("ivan-juric torino AT_RISK");
    assertThat(
            pairs(
                "it",
                "La Sampdoria aveva puntato su Andrea Sottil per poi esonerarlo dopo poche"
                    + " settimane."))
        .containsExactly("andrea-sottil sampdoria SACKED");
  }

  @Test
  void onlyToSackIsASackingDone() {
    assertThat(pairs("en", "Chelsea had chosen Graham Potter, only to sack Potter in April."))
        .containsExactly("graham-potter chelsea SACKED");
    assertThat(pairs("en", "Leeds waited for weeks, only to fire Jesse Marsch in February."))
        .containsExactly("jesse-marsch leeds SACKED");
  }
}
