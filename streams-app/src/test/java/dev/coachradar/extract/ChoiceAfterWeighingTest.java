package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A club that weighed a candidate before choosing another ("aveva valutato X prima di puntare su
 * Y", "interviewed X before settling on Y"): X is passed over (REJECTED), Y is the choice
 * (COACHES). Sentences written for the test.
 */
class ChoiceAfterWeighingTest {

  @Test
  void theCandidateWeighedBeforeTheChoiceIsPassedOver() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa aveva valutato anche Fabio Pecchia prima di puntare su Patrick"
                        + " Vieira.")))
        .containsExactlyInAnyOrder("fabio-pecchia genoa REJECTED", "patrick-vieira genoa COACHES");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Burnley held talks with Kieran McKenna before opting for Scott Parker.")))
        .containsExactlyInAnyOrder(
            "kieran-mckenna burnley REJECTED", "scott-parker burnley COACHES");
  }

  @Test
  void aPronounForTheCandidateIsPassedOverToo() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Fabio Pecchia torna in panchina",
                    "Per Fabio Pecchia è il ritorno in panchina. In autunno era stato vicino al"
                        + " Genoa: il club rossoblù aveva sondato pure lui prima di virare su"
                        + " Patrick Vieira.")))
        .contains("fabio-pecchia genoa REJECTED", "patrick-vieira genoa COACHES");
  }

  @Test
  void aChoiceOfSomethingElseLeavesTheCandidacyOpen() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa vuole chiudere per Fabio Pecchia prima di scegliere il nuovo"
                        + " direttore sportivo.")))
        .containsExactly("fabio-pecchia genoa LINKED");
  }
}
