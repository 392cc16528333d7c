package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The unnamed subject of an Italian sentence: a cue in a sentence naming no coach is about the
 * coach the sentence before is about, unless its clause has a subject of its own or that coach was
 * named beside another. Sentences written for the test.
 */
class DroppedSubjectTest {

  @Test
  void aDroppedSubjectGoesOnFromTheSentenceBefore() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Thiago Motta è libero. In estate era stato accostato al Torino e al Genoa.")))
        .contains("thiago-motta torino LINKED", "thiago-motta genoa LINKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Ivan Juric aspetta una chiamata. Qualche settimana fa ha rifiutato il"
                        + " Cagliari.")))
        .contains("ivan-juric cagliari REJECTED");
    // named beside another in an earlier clause only: he is still the one the text follows
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Ivan Juric e Marco Baroni sono senza panchina, ma Juric ha rifiutato il"
                        + " Cagliari. Poco dopo ha lasciato il Torino.")))
        .contains("ivan-juric torino LEFT")
        .doesNotContain("marco-baroni torino LEFT");
  }

  @Test
  void twoCoachesNamedTogetherLeaveTheDroppedSubjectOpen() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Thiago Motta e Igor Tudor sono liberi. In estate era stato accostato al"
                        + " Genoa.")))
        .noneMatch(p -> p.endsWith("genoa LINKED"));
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Ivan Juric e Marco Baroni sono senza panchina. Qualche settimana fa ha"
                        + " rifiutato il Cagliari.")))
        .noneMatch(p -> p.endsWith("cagliari REJECTED"));
  }

  @Test
  void aClauseWithASubjectOfItsOwnIsNotAboutTheCoachBefore() {
    // a team opening the clause
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Ivan Juric aspetta una chiamata. Il Cagliari ha lasciato la Serie A.")))
        .doesNotContain("ivan-juric cagliari LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Thiago Motta è libero. Il Genoa ha rifiutato l'offerta del Torino.")))
        .doesNotContain("thiago-motta torino REJECTED", "thiago-motta genoa REJECTED");
    // a verb of another person than the third singular
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Thiago Motta è libero. I dirigenti hanno lasciato la Juventus in estate.")))
        .doesNotContain("thiago-motta juventus LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Ivan Juric aspetta una chiamata. Abbiamo detto no al Cagliari per scelta.")))
        .doesNotContain("ivan-juric cagliari REJECTED");
    // English names its subject: a noun phrase opening the clause is it
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Ivan Juric is out of work. The federation agreed a deal with Bologna for the"
                        + " friendly.")))
        .doesNotContain("ivan-juric bologna AGREED");
    // a team that is the subject still chooses its own coach
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Ivan Juric aspetta una chiamata. Poi il Cagliari ha esonerato Nicola.")))
        .contains("davide-nicola cagliari SACKED")
        .doesNotContain("ivan-juric cagliari SACKED");
  }
}
