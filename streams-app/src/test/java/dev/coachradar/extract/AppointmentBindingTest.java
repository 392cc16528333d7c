package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Who an appointment is about and where: coordinated verbs, a successor named after a clitic, an
 * appointment that names no team. Sentences written for the test.
 */
class AppointmentBindingTest {

  @Test
  void aCoordinatedVerbTakesTheCoachNamedAfterIt() {
    assertThat(pairs(run("en", "", "Stoke have fired Marco Silva and hired Sean Dyche.")))
        .contains("marco-silva stoke SACKED", "sean-dyche stoke AGREED")
        .doesNotContain("marco-silva stoke AGREED");
    assertThat(
            pairs(run("it", "", "Il Lecce ha esonerato Davide Nicola e ha scelto Paolo Zanetti.")))
        .contains("davide-nicola lecce SACKED")
        .doesNotContain("davide-nicola lecce LINKED", "davide-nicola lecce AGREED");
  }

  @Test
  void theSuccessorNamedAfterACliticIsTheNewCoach() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecce ha esonerato Davide Nicola. Lo sostituisce Paolo Zanetti, che ha già"
                        + " firmato un biennale.")))
        .contains("davide-nicola lecce SACKED", "paolo-zanetti lecce AGREED")
        .doesNotContain("davide-nicola lecce AGREED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecce ha esonerato Davide Nicola. Al suo posto arriva Paolo Zanetti.")))
        .contains("paolo-zanetti lecce AGREED");
  }

  @Test
  void anAppointmentNamingNoTeamIsToTheBenchJustVacated() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds sacked Marco Silva on Sunday. Sean Dyche has agreed a two-year deal.")))
        .contains("marco-silva leeds SACKED", "sean-dyche leeds AGREED");
    // his own former club is not the bench in play
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Sean Dyche left Everton in January. He has agreed a two-year deal.")))
        .doesNotContain("sean-dyche everton AGREED");
  }

  @Test
  void theCoachSomeoneAssistedIsNotTheSubject() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il tecnico, a lungo secondo di Paolo Zanetti al Lecce, ha guidato il Bari prima"
                        + " che le strade si separassero.")))
        .noneMatch(p -> p.startsWith("paolo-zanetti"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "The Dane, long the assistant to Marco Silva at Fulham, had spells at Hull and"
                        + " Watford.")))
        .noneMatch(p -> p.startsWith("marco-silva hull") || p.startsWith("marco-silva watford"));
  }

  @Test
  void aFadingCandidacyIsStillLinked() {
    assertThat(pairs(run("it", "", "Paolo Zanetti perde quota per la panchina del Lecce.")))
        .containsExactly("paolo-zanetti lecce LINKED");
  }
}
