package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A cue told after a team's aside ({@link AsideSubject}) is that team's: not a team named inside
 * the aside, nor the team of an earlier clause. Sentences written for the test.
 */
class AsideSubjectTest {

  @Test
  void theTeamThatOpensTheClauseTakesTheCueAfterItsAside() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Milan ha scelto Paulo Fonseca, mentre la Lazio, battuta dal Torino"
                        + " nell'ultima giornata di campionato, ha messo nel mirino Maurizio"
                        + " Sarri.")))
        .contains("paulo-fonseca milan AGREED", "maurizio-sarri lazio LINKED")
        .noneMatch(p -> p.startsWith("maurizio-sarri torino"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Chelsea have hired Enzo Maresca, and Everton, beaten again at home by"
                        + " Brighton on Saturday night, have approached Sean Dyche.")))
        .contains("enzo-maresca chelsea AGREED", "sean-dyche everton LINKED")
        .doesNotContain("sean-dyche brighton LINKED");
  }

  @Test
  void aCoachNamedInTheAsideIsNotTheCuesCoach() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli punta su Antonio Conte e la Roma, salutato Daniele De Rossi dopo la"
                        + " sconfitta, ha contattato Ivan Juric.")))
        .contains("ivan-juric roma LINKED")
        .doesNotContain("daniele-de-rossi roma LINKED", "ivan-juric napoli LINKED");
  }
}
