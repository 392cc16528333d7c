package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An appointment told as a prospect, in the infinitive or as a question the club is weighing, is a
 * candidacy (LINKED), not a move made; a decision taken is the appointment (AGREED). Short invented
 * texts, Italian and English.
 */
class ProspectiveAppointmentTest {

  private static List<String> it(String body) {
    return pairs(run("it", "", body));
  }

  private static List<String> en(String body) {
    return pairs(run("en", "", body));
  }

  @Test
  void becomingTheNewCoachIsACandidacy() {
    assertThat(
            it(
                "Vincenzo Italiano è il candidato principale a diventare il nuovo tecnico del"
                    + " Genoa."))
        .contains("vincenzo-italiano genoa LINKED")
        .doesNotContain("vincenzo-italiano genoa AGREED");
  }

  @Test
  void handingHimTheBenchInTheInfinitiveIsACandidacy() {
    assertThat(it("Il Genoa vorrebbe affidare la panchina a Vincenzo Italiano."))
        .contains("vincenzo-italiano genoa LINKED");
    assertThat(it("Vincenzo Italiano è pronto a prendere le redini del Genoa."))
        .contains("vincenzo-italiano genoa LINKED")
        .doesNotContain("vincenzo-italiano genoa AGREED");
  }

  @Test
  void aClubWeighingWhetherToAppointHimIsACandidacy() {
    assertThat(en("Everton are considering whether to appoint Oliver Glasner."))
        .contains("oliver-glasner everton LINKED")
        .doesNotContain("oliver-glasner everton AGREED");
  }

  @Test
  void aDecisionToHandHimTheBenchIsTheAppointment() {
    assertThat(it("Il Genoa ha deciso di affidare la panchina a Vincenzo Italiano."))
        .contains("vincenzo-italiano genoa AGREED");
  }
}
