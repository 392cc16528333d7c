package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Items of a career list told with a demonstrative ("e quella al Torino"). Invented texts. */
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
}
