package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The predecessor a successor's arrival names ("arrivato a ottobre per sostituire X", "appointed in
 * January to replace X"): X left the bench the successor took, which is the one the arrival's own
 * sentence gives the successor; a later dismissal of X is on that bench even when X coaches
 * elsewhere now. Short invented texts.
 */
class PredecessorArrivalTest {

  @Test
  void anItalianArrivalToReplaceSomeoneEndsHisSpell() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Lazio ha esonerato Marco Baroni, arrivato in estate per sostituire Maurizio"
                        + " Sarri.")))
        .contains("marco-baroni lazio SACKED", "maurizio-sarri lazio LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Paolo Vanoli, chiamato a sostituire Ivan Juric.")))
        .contains("paolo-vanoli torino AGREED", "ivan-juric torino LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha esonerato Alberto Gilardino, arrivato nel 2022 per prendere il"
                        + " posto di Alexander Blessin.")))
        .contains("alexander-blessin genoa LEFT");
  }

  @Test
  void withoutAnArrivalTheSameWordsAreACandidacyForTheSuccessor() {
    assertThat(
            pairs(run("it", "", "Il Genoa vuole Alberto Gilardino per sostituire Patrick Vieira.")))
        .contains("alberto-gilardino genoa LINKED")
        .doesNotContain("patrick-vieira genoa LEFT", "patrick-vieira genoa LINKED");
  }

  @Test
  void thePredecessorsLaterDismissalIsOnTheBenchHeLostNotTheOneHeHoldsNow() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Bologna ha esonerato Vincenzo Italiano, arrivato a ottobre per sostituire"
                        + " Thiago Motta. Motta, esonerato a marzo, oggi allena il Lecce.")))
        .contains("thiago-motta bologna SACKED", "thiago-motta lecce COACHES")
        .doesNotContain("thiago-motta lecce SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have sacked Sean Dyche, appointed in January to replace Frank"
                        + " Lampard. Lampard, sacked last year, now manages Coventry.")))
        .contains("frank-lampard everton SACKED", "frank-lampard coventry COACHES")
        .doesNotContain("frank-lampard coventry SACKED");
  }

  @Test
  void theSuccessorsDismissalInTheArrivalSentenceNamesTheBench() {
    // the sacking names the bench by the club's subject ("il club"), not by the team's name
    assertThat(
            pairs(
                run(
                    "it",
                    "Salernitana, via Sousa",
                    "La Salernitana cambia ancora. Il club ha sollevato dall'incarico Paulo Sousa,"
                        + " arrivato a febbraio per sostituire Davide Nicola. Per Sousa, ex ct della"
                        + " Polonia, è un altro addio.")))
        .contains("davide-nicola salernitana LEFT")
        .doesNotContain("davide-nicola nazionale-polonia LEFT");
  }

  @Test
  void aFrontedArrivalGoesOnWithTheSpellTheSentenceBeforeTold() {
    // the one who arrived is named after the comma; the bench is the one the sentence before gave
    // him, not the one he has just signed for
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Alessio Dionisi è il nuovo allenatore del Palermo. Prima la gavetta in Serie C."
                        + " Poi il Sassuolo, la vera svolta. Arrivato in Emilia nel 2021 per"
                        + " sostituire Roberto De Zerbi, Dionisi ha lanciato molti giovani.")))
        .contains("roberto-de-zerbi sassuolo LEFT")
        .doesNotContain("roberto-de-zerbi palermo LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Graham Potter has joined West Ham. Before that came Brighton. Appointed in"
                        + " 2019 to replace Chris Hughton, the manager built a passing side.")))
        .contains("chris-hughton brighton LEFT")
        .doesNotContain("chris-hughton west-ham LEFT");
  }

  @Test
  void theCoachReferredToAfterAFrontedArrivalIsTheOneWhoArrivedNotThePredecessor() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Alessio Dionisi è il nuovo allenatore del Palermo. Dionisi ha girato molto."
                        + " Poi il Sassuolo, la vera svolta. Arrivato in Emilia nel 2021 per"
                        + " raccogliere l'eredità di Roberto De Zerbi, il tecnico ha lanciato molti"
                        + " giovani.")))
        .contains("roberto-de-zerbi sassuolo LEFT")
        .doesNotContain("roberto-de-zerbi palermo LEFT");
  }

  @Test
  void aFullStopAfterADivisionsLetterOrNumberEndsTheSentence() {
    assertThat(Tokens.of("Il Como è tornato in Serie A. Il tecnico ha firmato.").sentences)
        .isEqualTo(2);
    assertThat(Tokens.of("Il Lens chiude secondo in Ligue 1. Il tecnico resta.").sentences)
        .isEqualTo(2);
    // an initial still abbreviates a first name
    assertThat(Tokens.of("Lo ha detto il tecnico A. Rossi in conferenza.").sentences).isEqualTo(1);
  }
}
