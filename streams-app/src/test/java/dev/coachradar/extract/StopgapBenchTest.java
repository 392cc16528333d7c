package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A stopgap's appointment (a caretaker, an interim, the youth coach put in charge) does not fill
 * the bench: the club still has to hire, so the candidates linked to it stay candidacies for an
 * open bench ({@link Stopgaps}, {@link OpenBenches}); a permanent appointment closes it. Short
 * invented texts, Italian and English.
 */
class StopgapBenchTest {

  private static List<String> open(List<Signal> signals) {
    return signals.stream()
        .filter(s -> s.relation() == Relation.LINKED && s.openBench())
        .map(s -> s.coachId() + "->" + s.teamId())
        .toList();
  }

  @Test
  void theYouthCoachInChargeLeavesTheBenchOpen() {
    final List<Signal> s =
        run(
            "it",
            "Juventus, esonerato Tudor: Brambilla in panchina",
            "La Juventus ha esonerato Igor Tudor dopo il ko di Bergamo. Massimo Brambilla,"
                + " allenatore della Primavera, guiderà la squadra contro l'Udinese. Per il dopo la"
                + " Juventus ha avviato i contatti con Luciano Spalletti.");
    assertThat(RuleExtractorTest.pairs(s)).contains("massimo-brambilla juventus AGREED");
    assertThat(open(s)).containsExactly("luciano-spalletti->juventus");
  }

  @Test
  void aCaretakerUntilAPermanentAppointmentLeavesTheBenchOpen() {
    final List<Signal> s =
        run(
            "en",
            "",
            "Manchester United have sacked Ruben Amorim after a run of four defeats. Darren"
                + " Fletcher has been appointed caretaker manager until a permanent appointment is"
                + " made. United have held talks with Michael Carrick about the job.");
    assertThat(RuleExtractorTest.pairs(s)).contains("darren-fletcher manchester-united AGREED");
    assertThat(open(s)).containsExactly("michael-carrick->manchester-united");
  }

  @Test
  void anInterimNamedAdInterimLeavesTheBenchOpen() {
    final List<Signal> s =
        run(
            "it",
            "",
            "Il Torino ha esonerato Ivan Juric. Il Torino ha affidato la panchina ad Alberto"
                + " Aquilani ad interim, in attesa del nuovo tecnico. Per il dopo il Torino ha"
                + " avviato i contatti con Paolo Vanoli.");
    assertThat(RuleExtractorTest.pairs(s)).contains("alberto-aquilani torino AGREED");
    assertThat(open(s)).containsExactly("paolo-vanoli->torino");
  }

  @Test
  void aPermanentAppointmentClosesTheBench() {
    final List<Signal> s =
        run(
            "it",
            "",
            "La Juventus ha esonerato Igor Tudor dopo il ko di Bergamo. Luciano Spalletti è il"
                + " nuovo allenatore della Juventus. Il club ha avviato i contatti anche con"
                + " Raffaele Palladino.");
    assertThat(open(s)).isEmpty();
  }
}
