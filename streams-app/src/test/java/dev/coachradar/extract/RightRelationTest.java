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
}
