package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading cases where a word stands for something else than it seems (a neuter pronoun, a name
 * picked out of a list), each on a short text written for the test.
 */
class RuleExtractorReadingTest {

  @Test
  void loWithAVerbOfDoingIsAFactNotTheCoach() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa punta su Daniele De Rossi. Nessuna apertura. Il Torino ha detto no al"
                        + " Genoa e lo ha fatto con una nota ufficiale: la richiesta di liberare"
                        + " Paolo Vanoli è stata respinta.")))
        .doesNotContain("daniele-de-rossi genoa REJECTED");
  }

  @Test
  void aNamePickedOutOfTheCandidatesJustListedIsACandidate() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Se la pista Vanoli dovesse sfumare, il Genoa ha già le alternative. La prima è"
                        + " Daniele De Rossi, che ha appena lasciato la Roma.")))
        .contains("daniele-de-rossi genoa LINKED");
    // no candidacy told before: an ordinal is just an ordinal
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha vinto due partite di fila. La prima è Daniele De Rossi a"
                        + " raccontarla.")))
        .noneMatch(p -> p.endsWith("LINKED"));
  }

  @Test
  void aDangerDatedToThePastIsNoCurrentBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gli anni alla Lazio restano il ricordo più bello per Maurizio Sarri, che era già"
                        + " finito sulla graticola un anno fa dopo l'eliminazione europea.")))
        .doesNotContain("maurizio-sarri lazio AT_RISK");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Ange Postecoglou was under pressure at Tottenham last season, but the club stood"
                        + " by him.")))
        .doesNotContain("ange-postecoglou tottenham AT_RISK");
    // the danger of today still counts
    assertThat(
            pairs(run("it", "", "Maurizio Sarri è sulla graticola alla Lazio dopo la sconfitta.")))
        .contains("maurizio-sarri lazio AT_RISK");
  }

  @Test
  void bothClubsAreTheTwoJustNamedAndPassingOverIsARefusal() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Lyon appointed Paulo Fonseca on Monday, and Nice have confirmed Franck Haise as"
                        + " their new head coach. Both clubs had considered Thiago Motta, who was"
                        + " passed over for the two jobs.")))
        .contains("thiago-motta lione REJECTED", "thiago-motta nizza REJECTED");
  }

  @Test
  void leftAndSpellInMatchSensesEndNoSpell() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Brentford were the better side for a long spell, and Thomas Frank's team"
                        + " deserved the win. Chelsea left out Cole Palmer.")))
        .doesNotContain("thomas-frank brentford LEFT", "thomas-frank chelsea LEFT");
    assertThat(pairs(run("en", "", "Graham Potter left Brighton in September.")))
        .contains("graham-potter brighton LEFT");
  }

  @Test
  void aTeamsGoalForTheSeasonIsNoCandidacy() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Juventus, tocca a Vanoli",
                    "La Juventus riparte da Paolo Vanoli. Il primo obiettivo è chiaro: rientrare"
                        + " tra le prime quattro.")))
        .doesNotContain("paolo-vanoli juventus LINKED");
  }

  @Test
  void refusingAnotherNamedTeamLeavesTheCandidacyOpen() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Daniele De Rossi has been linked with Roma, but he turned down Lazio last"
                        + " week.")))
        .contains("daniele-de-rossi roma LINKED", "daniele-de-rossi lazio REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Daniele De Rossi è stato accostato al Genoa, ma ha rifiutato la Lazio.")))
        .contains("daniele-de-rossi genoa LINKED", "daniele-de-rossi lazio REJECTED");
  }

  @Test
  void aRefusalWithAPronounObjectClosesTheCandidacy() {
    assertThat(
            pairs(run("en", "", "Daniele De Rossi was linked with Roma, but he turned them down.")))
        .containsExactly("daniele-de-rossi roma REJECTED");
  }

  @Test
  void anAppointmentToAClubOutranksTheMarketItPlaysIn() {
    assertThat(
            pairs(
                run(
                    "en",
                    "Leeds hand Marco Rose the keys: he becomes the Premier League's oldest new"
                        + " manager",
                    "Leeds have appointed Marco Rose as their new manager on a two-year contract.")))
        .contains("marco-rose leeds AGREED")
        .doesNotContain("marco-rose premier-league AGREED", "marco-rose leeds LEFT");
  }

  @Test
  void aCueInARelativeClauseIsAboutTheCoachThatOpensIt() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Il Bologna pensa a Palladino",
                    "Giovanni Sartori ha le idee chiare e il nome in cima alla lista è quello di"
                        + " Raffaele Palladino, che ha già fatto sapere al Monza che dopo l'ultima"
                        + " giornata di campionato di domenica a Bergamo il suo ciclo in biancorosso"
                        + " si chiuderà comunque vada.")))
        .contains("raffaele-palladino monza LEAVING");
  }

  @Test
  void appointedToReplaceTellsWhoLeftNotACandidacy() {
    assertThat(
            pairs(
                run(
                    "en",
                    "West Ham weigh up another change",
                    "West Ham are in trouble. Nuno Espirito Santo, appointed in January to replace"
                        + " Graham Potter, has collected one win from five games.")))
        .contains("graham-potter west-ham LEFT")
        .doesNotContain("graham-potter west-ham LINKED");
  }
}
