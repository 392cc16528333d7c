package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A refusal told after the departure that opens its sentence ("since his departure from Chelsea, he
 * has turned down several offers") is not about the bench he left: that spell stays LEFT, and the
 * offers he refuses are not named. Sentences written for the test.
 */
class LeftBenchNotRefusedTest {

  @Test
  void theBenchHeLeftIsNotTheOfferHeRefuses() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Since his departure from Chelsea in April, Graham Potter has turned down"
                        + " several offers.")))
        .contains("graham-potter chelsea LEFT")
        .doesNotContain("graham-potter chelsea REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Dopo l'addio al Napoli, Walter Mazzarri ha rifiutato diverse proposte.")))
        .contains("walter-mazzarri napoli LEFT")
        .doesNotContain("walter-mazzarri napoli REJECTED");
  }

  @Test
  void anOfferOfTheClubNamedAfterTheRefusalStands() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Dopo l'addio al Napoli, Walter Mazzarri ha rifiutato la proposta del"
                        + " Torino.")))
        .contains("walter-mazzarri napoli LEFT", "walter-mazzarri torino REJECTED");
  }
}
