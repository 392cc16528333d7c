package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A candidacy told and then closed in the same sentence is REJECTED (closing cues, and refusals
 * after a contrast word). Sentences written for the test.
 */
class CandidacyClosureTest {

  @Test
  void aClosingCueAfterTheCandidacyTurnsItDown() {
    assertThat(pairs(run("en", "", "Leeds sounded out Marco Silva, but the club have moved on.")))
        .containsExactly("marco-silva leeds REJECTED");
    assertThat(
            pairs(
                run("it", "", "Il Genoa ha sondato Paolo Zanetti, ma la trattativa si è arenata.")))
        .containsExactly("paolo-zanetti genoa REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa aveva pensato a Paolo Zanetti, ma i contatti non sono andati a"
                        + " buon fine.")))
        .containsExactly("paolo-zanetti genoa REJECTED");
  }

  @Test
  void aPreferenceAfterAContrastClosesTheCandidacy() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds had considered Marco Silva, but the board preferred a younger"
                        + " profile.")))
        .containsExactly("marco-silva leeds REJECTED");
  }

  @Test
  void aClosingCueAloneNamesNobodyAndACandidacyAloneStaysLinked() {
    assertThat(pairs(run("en", "", "Marco Silva has moved on from the disappointment."))).isEmpty();
    assertThat(pairs(run("it", "", "Paolo Zanetti è stato accostato al Genoa.")))
        .containsExactly("paolo-zanetti genoa LINKED");
  }

  @Test
  void aRefusalBoundToAnotherNameIsTheSameClosure() {
    // without the closure, "decided against him" goes to the name inside the relative clause
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds considered Marco Silva, who worked as Bielsa's assistant, but the"
                        + " board decided against him.")))
        .contains("marco-silva leeds REJECTED")
        .doesNotContain("marcelo-bielsa leeds REJECTED");
  }
}
