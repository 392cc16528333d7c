package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The end of a past spell told in passing, with wordings the lexicon lacked: the verb decides
 * between SACKED ("let go by", "ended with the sack") and LEFT ("fresh from his exit", "dopo
 * l'uscita dal"), and an exit dated as past is no LEAVING. Sentences written for the test.
 */
class PastSpellEndLexiconTest {

  @Test
  void beingLetGoOrAnEndWithTheSackIsASacking() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton are considering Graham Potter, who was let go by Chelsea in April.")))
        .contains("graham-potter chelsea SACKED", "graham-potter everton LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Graham Potter has been out of work since being let go by Chelsea in April.")))
        .contains("graham-potter chelsea SACKED")
        .doesNotContain("graham-potter chelsea LEFT");
    assertThat(
            pairs(run("en", "", "Graham Potter's spell at Chelsea ended with the sack in April.")))
        .contains("graham-potter chelsea SACKED");
  }

  @Test
  void anExitDatedAsPastIsAPastBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Norwich are weighing a move for Daniel Farke, fresh from his exit at Borussia"
                        + " Mönchengladbach.")))
        .contains("daniel-farke borussia-monchengladbach LEFT")
        .doesNotContain("daniel-farke borussia-monchengladbach LEAVING");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Dopo l'uscita dal Napoli a febbraio, Walter Mazzarri è rimasto fermo.")))
        .contains("walter-mazzarri napoli LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Walter Mazzarri, dopo la sua uscita dalla Lazio, ha rifiutato diverse"
                        + " offerte.")))
        .contains("walter-mazzarri lazio LEFT");
  }

  @Test
  void aClubThatWillNotLetHimGoIsNoSacking() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Chelsea refused to let him go, and Graham Potter stayed at Stamford"
                        + " Bridge.")))
        .doesNotContain("graham-potter chelsea SACKED");
  }
}
