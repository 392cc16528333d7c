package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Readings that gave a wrong relation or a wrong person (ext16): achievements read as signings,
 * sporting goals missed read as moves falling through, a passive's agent taken for the candidate, a
 * door closed on a candidate, the heir to a bench, a move a coach was only close to, a bare city
 * named as the club of a spell. Short invented texts.
 */
class WrongRelationTest {

  @Test
  void anAchievementSignedByACoachIsNoSigning() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Verona festeggia: la salvezza firmata da Marco Baroni resta nella storia"
                        + " del club.")))
        .doesNotContain("marco-baroni verona AGREED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Al Napoli nessuno dimentica lo scudetto firmato da Luciano Spalletti.")))
        .doesNotContain("luciano-spalletti napoli AGREED");
  }

  @Test
  void aSportingGoalMissedIsNoMoveFallingThrough() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Fabio Pecchia ha lasciato la Cremonese dopo la promozione sfumata ai"
                        + " playoff.")))
        .doesNotContain("fabio-pecchia cremonese REJECTED");
  }

  @Test
  void aPlayingRoleAfterExIsAPlayingPast() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Zinedine Zidane aspetta. La Federazione ha scelto la continuità, e il nome"
                        + " dell'ex numero dieci è sparito.")))
        .noneMatch(p -> p.endsWith(" LEFT"));
  }

  @Test
  void theAgentOfAPassiveIsNotTheCandidate() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha avviato i contatti con Paolo Vanoli, che è considerato da"
                        + " Claudio Ranieri come il profilo ideale per la panchina granata.")))
        .contains("paolo-vanoli torino LINKED")
        .noneMatch(p -> p.startsWith("claudio-ranieri "));
  }

  @Test
  void aDoorClosedOnACandidateIsARefusalAndTheHeirIsACandidate() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La federazione belga ha rinnovato Domenico Tedesco, chiudendo di fatto la"
                        + " porta a Roberto Martinez, indicato da tempo come l'erede naturale"
                        + " sulla panchina del Belgio.")))
        .contains("roberto-martinez nazionale-belgio REJECTED")
        .doesNotContain("roberto-martinez nazionale-belgio COACHES");
  }

  @Test
  void closeToTakingOverAndThenTurningItDownIsARefusal() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Last year Andoni Iraola was close to taking over at Sevilla, but he turned"
                        + " down the move.")))
        .contains("andoni-iraola siviglia REJECTED")
        .doesNotContain("andoni-iraola siviglia LEFT", "andoni-iraola siviglia AGREED");
  }

  @Test
  void aBareCityBeforeADoveClauseEndingASpellIsTheClub() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Eugenio Corini ha allenato il Lecce. Poi la chiamata a Brescia, dove il"
                        + " presidente lo sollevò dall'incarico dopo pochi mesi.")))
        .contains("eugenio-corini brescia SACKED")
        .doesNotContain("eugenio-corini lecce SACKED");
  }

  @Test
  void aRenewalWithAnAdverbIsTheBenchHeldNotTheRaceLeft() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Vanoli, a lungo in lizza, ha poi rinnovato con il Torino, togliendosi"
                        + " di fatto dalla corsa.")))
        .contains("paolo-vanoli torino COACHES")
        .doesNotContain("paolo-vanoli torino REJECTED");
  }

  @Test
  void aFormerTeamDescriptorWithAnArticleIsNotTheCoachGovernedBeforeIt() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Sia con Daniele De Rossi che con Ivan Juric l'ex Genoa ha giocato poco.")))
        .doesNotContain("ivan-juric genoa LEFT");
    assertThat(pairs(run("it", "", "Ivan Juric, l'ex Genoa, ha firmato con la Roma.")))
        .contains("ivan-juric genoa LEFT");
  }

  @Test
  void aCoachAppointedAgainToHisOldBenchIsAnAppointment() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri è di nuovo l'allenatore della Lazio: contratto biennale.")))
        .contains("maurizio-sarri lazio AGREED");
  }

  @Test
  void aComebackRuledOutIsARefusalNotOnlyHistory() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Escluso un ritorno con Walter Mazzarri: il tecnico toscano, ex allenatore"
                        + " azzurro, oggi non è nei piani del Napoli.")))
        .contains("walter-mazzarri napoli REJECTED");
  }

  @Test
  void namesAsAPluralNounAreCandidatesNotAnAppointment() {
    assertThat(pairs(run("en", "", "Everton have considered other names, including Marco Silva.")))
        .containsExactly("marco-silva everton LINKED");
    assertThat(pairs(run("en", "", "Everton names Marco Silva as manager.")))
        .containsExactly("marco-silva everton AGREED");
  }
}
