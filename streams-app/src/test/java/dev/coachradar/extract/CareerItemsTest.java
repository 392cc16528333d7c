package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Past spells told in prose: career items, and words that only look like a cue. Invented texts. */
class CareerItemsTest {

  @Test
  void aDemonstrativeItemJoinsTheListAndADismissalStaysWithItsOwnItem() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Marco Giampaolo è il nuovo allenatore del Bari. La sua carriera si è"
                        + " sviluppata in A, con le esperienze all'Empoli, quella breve al Milan,"
                        + " chiusa con un esonero, e quella al Torino.")))
        .contains(
            "marco-giampaolo empoli LEFT",
            "marco-giampaolo milan SACKED",
            "marco-giampaolo torino LEFT")
        .doesNotContain("marco-giampaolo torino SACKED");
  }

  @Test
  void saltoTheNounIsNotAMoveThatFellThrough() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Sarri era arrivato al Torino dopo la separazione dalla Lazio, con l'idea di"
                        + " fare un salto di qualità.")))
        .contains("maurizio-sarri lazio LEFT")
        .doesNotContain("maurizio-sarri lazio REJECTED");
    assertThat(pairs(run("it", "", "La trattativa tra Sarri e la Lazio saltò a maggio.")))
        .contains("maurizio-sarri lazio REJECTED");
  }

  @Test
  void approdoAndArrivoTheNounsAreNoPastStage() {
    assertThat(pairs(run("it", "", "Maurizio Sarri è vicino all'approdo al Torino.")))
        .containsExactly("maurizio-sarri torino LINKED");
    assertThat(pairs(run("it", "", "Sarri approdò al Torino nel 2014.")))
        .contains("maurizio-sarri torino LEFT");
  }
}
