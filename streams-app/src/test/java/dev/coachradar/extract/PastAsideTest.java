package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A candidate's recalled past told in an aside after his name ({@link PastAside}): the sacking or
 * departure it tells is at a team the aside names, never at the team that wants or appoints him.
 * Sentences written for the test.
 */
class PastAsideTest {

  @Test
  void aSackingInAnAsideIsNotTheSackingOfTheTeamThatWantsHim() {
    assertThat(pairs(run("it", "", "Il Torino pensa a Walter Mazzarri, esonerato a febbraio.")))
        .contains("walter-mazzarri torino LINKED")
        .doesNotContain("walter-mazzarri torino SACKED");
    assertThat(
            pairs(run("en", "", "Everton are considering Graham Potter, who was sacked in April.")))
        .contains("graham-potter everton LINKED")
        .doesNotContain("graham-potter everton SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds are in talks with Daniel Farke, who was dismissed in the spring after a"
                        + " poor run.")))
        .contains("daniel-farke leeds LINKED")
        .doesNotContain("daniel-farke leeds SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton are considering Graham Potter, out of work since he was sacked in"
                        + " April.")))
        .contains("graham-potter everton LINKED")
        .doesNotContain("graham-potter everton SACKED");
  }

  @Test
  void aDepartureInAnAsideIsNotFromTheTeamThatWantsOrAppointsHim() {
    assertThat(
            pairs(run("en", "", "Everton are considering Graham Potter, who resigned in April.")))
        .contains("graham-potter everton LINKED")
        .doesNotContain("graham-potter everton LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha contattato Fabio Pecchia, che ha lasciato a giugno dopo la"
                        + " promozione.")))
        .doesNotContain("fabio-pecchia genoa LEFT");
  }

  @Test
  void theTeamTheAsideNamesIsStillHisPast() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino pensa a Walter Mazzarri, esonerato dal Napoli a febbraio.")))
        .contains("walter-mazzarri torino LINKED", "walter-mazzarri napoli SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds have spoken to Daniel Farke, who left Norwich in the summer after winning"
                        + " promotion.")))
        .contains("daniel-farke leeds LINKED", "daniel-farke norwich LEFT");
  }

  @Test
  void anAsideAboutThePredecessorOfAnotherCoachKeepsTheBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Marco Baroni per sostituire Ivan Juric, esonerato ieri.")))
        .contains("marco-baroni torino AGREED", "ivan-juric torino SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have turned to Sean Dyche to replace Frank Lampard, who was sacked on"
                        + " Monday.")))
        .contains("frank-lampard everton SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha comunicato che Ivan Juric, esonerato ieri, riceverà la"
                        + " buonuscita.")))
        .contains("ivan-juric torino SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino riparte da Marco Baroni, che raccoglie l'eredità di Ivan Juric,"
                        + " esonerato dopo il pesante ko, e arriva dopo i no di Stefano Pioli e"
                        + " Claudio Ranieri.")))
        .contains("ivan-juric torino SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino volta pagina: archiviata l'era Juric, chiusa a maggio con un"
                        + " esonero, la dirigenza ha scelto Marco Baroni.")))
        .contains("ivan-juric torino SACKED");
  }

  @Test
  void aSuccessionRightBeforeTheNameGovernsHimNotTheAppointmentBeforeIt() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha ufficializzato il nuovo allenatore al posto di Ivan Juric,"
                        + " esonerato ieri.")))
        .contains("ivan-juric torino SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have confirmed the appointment of their new manager in place of Frank"
                        + " Lampard, who was sacked on Monday.")))
        .contains("frank-lampard everton SACKED");
  }

  @Test
  void aCandidacyToldAfterTheAsideIsHisToo() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Graham Potter, who was sacked in April, is wanted by Everton as their next"
                        + " manager.")))
        .doesNotContain("graham-potter everton SACKED");
    assertThat(pairs(run("it", "", "Walter Mazzarri, esonerato a febbraio, piace al Torino.")))
        .contains("walter-mazzarri torino LINKED")
        .doesNotContain("walter-mazzarri torino SACKED");
  }
}
