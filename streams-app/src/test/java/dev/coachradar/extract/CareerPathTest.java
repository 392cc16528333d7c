package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A career told as a path ("dal Crotone all'Atalanta", "from Burnley to Everton"): the team it
 * starts from is a bench the coach has left. Invented texts.
 */
class CareerPathTest {

  @Test
  void thePathsStartIsABenchLeftByTheCoachItsSentenceNames() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Una vita in panchina: dal Crotone all'Atalanta, la strada di Gian Piero"
                        + " Gasperini.")))
        .contains("gian-piero-gasperini crotone LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "From Burnley to Everton: Sean Dyche and the long road of a Premier League"
                        + " survivor.")))
        .contains("sean-dyche burnley LEFT");
  }

  @Test
  void aPathInASentenceNamingNobodyIsThePassagesCoachsWhenItTellsAPastSpell() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Marco Giampaolo è il nuovo allenatore del Lecce. Non sempre è andata bene:"
                        + " dalla Sampdoria al Milan, dove fu esonerato dopo pochi mesi, le"
                        + " delusioni non sono mancate.")))
        .contains("marco-giampaolo sampdoria LEFT", "marco-giampaolo milan SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Luciano Spalletti ha parlato in conferenza. Dal Milan al Napoli, tutte le"
                        + " grandi hanno vinto.")))
        .doesNotContain("luciano-spalletti milan LEFT");
  }

  @Test
  void aPlayersMoveIsNoCoachsPath() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Antonio Conte watched as Khvicha Kvaratskhelia completed his move from Napoli"
                        + " to Paris Saint-Germain.")))
        .doesNotContain("antonio-conte napoli LEFT");
  }
}
