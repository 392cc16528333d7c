package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Appointments told in sequence ("ha affidato la panchina prima a X e poi a Y"): the earlier coach
 * was replaced by the later one. Short invented texts.
 */
class AppointmentSequenceTest {

  @Test
  void theEarlierOfTwoAppointmentsInSequenceLeftTheBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha affidato la panchina prima a Marco Giampaolo e successivamente"
                        + " a Paolo Vanoli.")))
        .contains("marco-giampaolo torino LEFT", "paolo-vanoli torino AGREED")
        .doesNotContain("marco-giampaolo torino AGREED");
  }

  @Test
  void aSequenceOfDismissalsOrCandidaciesKeepsItsRelation() {
    assertThat(
            pairs(
                run("it", "", "Il Torino ha esonerato prima Marco Giampaolo e poi Paolo Vanoli.")))
        .contains("marco-giampaolo torino SACKED", "paolo-vanoli torino SACKED");
    assertThat(
            pairs(run("it", "", "Il Torino ha sondato prima Marco Giampaolo e poi Paolo Vanoli.")))
        .contains("marco-giampaolo torino LINKED", "paolo-vanoli torino LINKED");
  }

  @Test
  void twoAppointmentsWithoutASequenceStayAppointments() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha affidato la panchina a Marco Giampaolo e a Paolo Vanoli.")))
        .doesNotContain("marco-giampaolo torino LEFT");
  }
}
