package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Predecessors and refusals told around a successor ("raccoglie l'eredità di X, esonerato ...",
 * "arriva dopo i no di A e B"): each is placed on the bench the successor takes. Short invented
 * texts.
 */
class SuccessionBindingTest {

  @Test
  void aDismissedPredecessorAndThoseWhoSaidNoAreTiedToTheSuccessorsBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Alberto Gilardino è il nuovo allenatore del Genoa. Gilardino raccoglie"
                        + " l'eredità di Andrea Pirlo, esonerato dopo la sconfitta con il Bari, e"
                        + " arriva dopo i no di Eusebio Di Francesco e Walter Mazzarri.")))
        .contains(
            "andrea-pirlo genoa SACKED",
            "eusebio-di-francesco genoa REJECTED",
            "walter-mazzarri genoa REJECTED")
        .doesNotContain("alberto-gilardino genoa SACKED");
  }

  @Test
  void aRelativeClauseAfterThePredecessorIsAboutHimNotTheSuccessor() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Claudio Ranieri è il nuovo allenatore del Cagliari. Ranieri raccoglie"
                        + " l'eredità di Fabio Liverani, che a gennaio aveva lasciato la"
                        + " Salernitana.")))
        .contains("fabio-liverani salernitana LEFT")
        .doesNotContain("claudio-ranieri salernitana LEFT");
  }

  @Test
  void theSuccessorsFormerBenchIsNotTheOneThePredecessorLeft() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Roberto De Zerbi è il nuovo allenatore del Marsiglia. L'ex tecnico del"
                        + " Brighton raccoglie l'eredità di Igor Tudor, passato alla Juventus.")))
        .contains("igor-tudor marsiglia LEFT")
        .doesNotContain("igor-tudor brighton LEFT");
  }

  @Test
  void anAppointmentToABenchHeHasLeftIsNotWhereTheSuccessorGoes() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gennaro Gattuso è il nuovo ct dell'Italia. L'ex centrocampista del Milan ha"
                        + " firmato un contratto di un anno. Ringhio raccoglie l'eredità di"
                        + " Luciano Spalletti. Da allenatore Gattuso ha guidato Milan e Napoli.")))
        .contains("luciano-spalletti nazionale-italia LEFT")
        .doesNotContain("luciano-spalletti milan LEFT");
  }

  @Test
  void aTeamInAClosedAsideAboutTheSuccessorIsNotTheBenchThePredecessorLeft() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Igor Tudor è il nuovo allenatore del Torino. L'ex tecnico della Lazio,"
                        + " esonerato a marzo con i biancocelesti penultimi, raccoglie l'eredità di"
                        + " Ivan Juric, passato alla Roma.")))
        .contains("ivan-juric torino LEFT")
        .doesNotContain("ivan-juric lazio LEFT");
  }

  @Test
  void aRelativeClauseKeepsItsAntecedentTeam() {
    assertThat(pairs(run("it", "", "Tudor ha allenato all'Hellas, dove ha sostituito Ivan Juric.")))
        .contains("ivan-juric verona LEFT");
  }
}
