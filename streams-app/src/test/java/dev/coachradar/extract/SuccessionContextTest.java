package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An appointment told in a sentence about a succession ("per il post-X", "per il dopo-X") that
 * names no team is to the club the sentence before named: the successors take that bench and X left
 * it. Sentences written for the test.
 */
class SuccessionContextTest {

  @Test
  void anAppointmentForASuccessionGoesToTheClubNamedBefore() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "L'Atalanta cerca continuità. Per il dopo-Gasperini la società ha affidato la"
                        + " panchina a Ivan Juric.")))
        .containsExactlyInAnyOrder(
            "ivan-juric atalanta AGREED", "gian-piero-gasperini atalanta LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Tottenham ha cambiato tanto. Per il post-Ange Postecoglou, affidando la"
                        + " panchina prima a Thomas Frank e poi a Igor Tudor, la società ha cambiato"
                        + " volto.")))
        .containsExactlyInAnyOrder(
            "thomas-frank tottenham LEFT",
            "igor-tudor tottenham AGREED",
            "ange-postecoglou tottenham LEFT");
  }

  @Test
  void withoutASuccessionAnAppointmentNamingNoTeamStaysUnplaced() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Milan cerca continuità. Dopo la sconfitta, affidando la panchina a Ivan"
                        + " Juric, la società ha cambiato volto.")))
        .isEmpty();
  }
}
