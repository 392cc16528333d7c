package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Newcastle's head coach", "il tecnico del Como": a coach put on a team's bench without being
 * named is one the article ties to that team, not the coach of the sentences before when the
 * article names him only with other teams ({@link BenchTies}). Sentences written for the test.
 */
class TeamBoundReferenceTest {

  @Test
  void aTeamsHeadCoachIsTheCoachNamedWithThatTeam() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Eddie Howe's Newcastle beat Brentford on Sunday. Thomas Frank, the Brentford"
                        + " boss, had been linked with Tottenham. Newcastle's head coach praised"
                        + " his players after the game.")))
        .contains("eddie-howe newcastle COACHES")
        .doesNotContain("thomas-frank newcastle COACHES");
  }

  @Test
  void ilTecnicoDelComoIsTheCoachTheArticleTiesToComo() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Como di Cesc Fàbregas vince ancora. Ivan Juric, ex tecnico del Torino, è"
                        + " stato accostato al Genoa. Il tecnico del Como ha parlato ieri in"
                        + " conferenza stampa.")))
        .contains("cesc-fabregas como COACHES")
        .doesNotContain("ivan-juric como COACHES");
  }

  @Test
  void aBenchAtRiskIsTheOneOfTheCoachNamedWithThatTeam() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Lazio di Maurizio Sarri ha perso ancora. Igor Tudor, ex allenatore della"
                        + " Juventus, si è proposto al Besiktas. Il tecnico della Lazio è a"
                        + " rischio esonero.")))
        .contains("maurizio-sarri lazio AT_RISK")
        .doesNotContain("igor-tudor lazio AT_RISK");
  }

  @Test
  void aCoachJustAppointedIsTheOneTheReferenceMeans() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gian Piero Gasperini è il nuovo allenatore della Roma. Claudio Ranieri, ex"
                        + " tecnico del Leicester, resta in società. Il tecnico della Roma ha"
                        + " parlato ieri a Trigoria.")))
        .contains("gian-piero-gasperini roma AGREED")
        .doesNotContain("claudio-ranieri roma COACHES");
  }

  @Test
  void aSpellThatEndedStaysWithTheCoachWhoNowCoachesElsewhere() {
    // a coach who left a team is tied to his new one: the rule reads only a bench held now
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Parma di Fabio Pecchia torna in Serie A. Arrivato dopo l'addio alla"
                        + " Cremonese, ha costruito una squadra giovane. La Cremonese di Giovanni"
                        + " Stroppa andrà ai playoff.")))
        .contains("fabio-pecchia cremonese LEFT")
        .doesNotContain("giovanni-stroppa cremonese LEFT");
  }
}
