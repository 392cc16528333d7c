package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The right relation on the right pair: cues whose words look like another relation's (an official
 * word on a separation, a refusal of an accusation). Sentences written for the test.
 */
class RightRelationTest {

  @Test
  void anOfficialWordOnASeparationEndsTheSpell() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Juric-Sassuolo, ci siamo: il Torino ufficializza la separazione",
                    "Ivan Juric firmerà con il Sassuolo nei prossimi giorni.")))
        .contains("ivan-juric torino LEFT", "ivan-juric sassuolo AGREED")
        .doesNotContain("ivan-juric torino AGREED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecce ha ufficializzato l'addio di Marco Baroni dopo due stagioni.")))
        .contains("marco-baroni lecce LEFT")
        .doesNotContain("marco-baroni lecce AGREED");
  }

  @Test
  void rejectingAnAccusationOrAComparisonTurnsDownNoMove() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Marco Baroni ha lavorato a lungo al Lecce. Lo accostano a Carlo Ancelotti, un"
                        + " paragone che lui respinge ridendo.")))
        .noneMatch(p -> p.endsWith("REJECTED"));
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Ivan Juric, ex tecnico del Torino, respinge le accuse dei tifosi granata.")))
        .contains("ivan-juric torino LEFT")
        .noneMatch(p -> p.endsWith("REJECTED"));
    // a real refusal of an offer still is one
    assertThat(
            pairs(run("it", "", "Ivan Juric respinge l'offerta del Genoa e aspetta una chiamata.")))
        .contains("ivan-juric genoa REJECTED");
  }

  @Test
  void aDismissalIsNotToldAtTheOtherSideOfAMatch() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Massimo Brambilla ha guidato la Juventus nella gara di mercoledì con il Genoa,"
                        + " dopo l'esonero di Igor Tudor.")))
        .contains("igor-tudor juventus SACKED")
        .doesNotContain("igor-tudor genoa SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Nella partita di sabato con il Genoa, dopo l'esonero di Igor Tudor, in panchina"
                        + " ci sarà Brambilla.")))
        .noneMatch(p -> p.startsWith("igor-tudor genoa"));
  }

  @Test
  void aClubThatRefusesToReleaseItsCoachKeepsHim() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Napoli turned to Conte after Bologna refused to release Thiago Motta.")))
        .contains("thiago-motta bologna COACHES")
        .doesNotContain("thiago-motta bologna REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino si è rifiutato di liberare Ivan Juric, cercato con insistenza dal"
                        + " Genoa.")))
        .contains("ivan-juric torino COACHES")
        .doesNotContain("ivan-juric torino REJECTED");
  }
}
