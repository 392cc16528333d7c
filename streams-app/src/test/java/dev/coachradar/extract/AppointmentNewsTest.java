package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Appointment news (AGREED: the move is done, the start may be later) told as the coach's new
 * bench, the club's announcement of his hiring, a signature with its term, or the reins taken; an
 * award named like a bench is no appointment. Short invented texts, Italian and English.
 */
class AppointmentNewsTest {

  private static List<String> it(String body) {
    return pairs(run("it", "", body));
  }

  private static List<String> en(String body) {
    return pairs(run("en", "", body));
  }

  @Test
  void aNewBenchIsAnAppointment() {
    assertThat(it("Vincenzo Italiano ha una nuova squadra, il Genoa, dopo due mesi di attesa."))
        .contains("vincenzo-italiano genoa AGREED");
    assertThat(it("Dopo l'esonero, Ivan Juric ha trovato una nuova panchina al Genoa."))
        .contains("ivan-juric genoa AGREED");
  }

  @Test
  void theClubAnnouncingTheHiringIsAnAppointment() {
    assertThat(it("Il Genoa ha annunciato l'ingaggio di Vincenzo Italiano come allenatore."))
        .contains("vincenzo-italiano genoa AGREED");
    assertThat(en("Everton announced the signing of Oliver Glasner as head coach."))
        .containsExactly("oliver-glasner everton AGREED");
    assertThat(en("Everton confirmed the hiring of Oliver Glasner on Monday."))
        .contains("oliver-glasner everton AGREED");
  }

  @Test
  void aSignatureWithItsTermOrTheReinsTakenIsAnAppointment() {
    assertThat(it("Vincenzo Italiano firma fino al 2027 con il Genoa."))
        .contains("vincenzo-italiano genoa AGREED");
    assertThat(it("Vincenzo Italiano prenderà le redini del Genoa dal primo luglio."))
        .contains("vincenzo-italiano genoa AGREED");
    assertThat(en("Oliver Glasner will take the reins at Everton in the summer."))
        .contains("oliver-glasner everton AGREED");
    assertThat(en("Oliver Glasner was installed as Everton manager on Monday."))
        .containsExactly("oliver-glasner everton AGREED");
  }

  @Test
  void anAwardIsNoAppointment() {
    assertThat(
            it(
                "Vincenzo Italiano è stato nominato allenatore del mese in Serie A dopo quattro"
                    + " vittorie con il Genoa."))
        .doesNotContain("vincenzo-italiano genoa AGREED");
  }
}
