package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A link about a coach coming back to a bench he held is the pair's stance as of the article's date
 * (LINKED): the spell it presupposes, told in the same breath, is history the return outranks
 * (ANNOTATION.md, rule 1). Sentences written for the test.
 */
class ReturnLinkTest {

  @Test
  void aReturnTalkedAboutOutranksTheSpellThatEnded() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "L'Atalanta sogna un clamoroso ritorno di Gian Piero Gasperini, che l'estate"
                        + " scorsa aveva lasciato Bergamo dopo nove stagioni.")))
        .contains("gian-piero-gasperini atalanta LINKED")
        .doesNotContain("gian-piero-gasperini atalanta LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Chelsea are considering a return for Thomas Tuchel, who was sacked by Chelsea"
                        + " in 2022.")))
        .contains("thomas-tuchel chelsea LINKED")
        .doesNotContain("thomas-tuchel chelsea SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Thomas Tuchel, sacked by Chelsea in 2022, could return to Stamford Bridge.")))
        .containsExactly("thomas-tuchel chelsea LINKED");
  }

  @Test
  void aPastSpellWithoutAReturnStaysHistory() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli pensa a Gian Piero Gasperini, che l'estate scorsa aveva lasciato"
                        + " l'Atalanta dopo nove stagioni.")))
        .contains("gian-piero-gasperini atalanta LEFT", "gian-piero-gasperini napoli LINKED");
  }
}
