package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Departures announced but not yet made, sackings only threatened, a candidate at the top of a list
 * or getting closer. Sentences written for the test.
 */
class StanceCuesTest {

  @Test
  void anAnnouncedDepartureIsLeaving() {
    assertThat(pairs(run("en", "", "Marco Silva will not continue as Fulham coach next season.")))
        .containsExactly("marco-silva fulham LEAVING");
    assertThat(pairs(run("en", "", "Marco Silva is set to bow out at Fulham in May.")))
        .containsExactly("marco-silva fulham LEAVING");
  }

  @Test
  void aThreatenedSackingIsAtRisk() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecce ha dato a Luca Gotti un ultimatum: servono tre punti. Altrimenti"
                        + " sarà esonero.")))
        .contains("luca-gotti lecce AT_RISK")
        .doesNotContain("luca-gotti lecce SACKED");
  }

  @Test
  void topOfTheListAndGettingCloserAreLinked() {
    assertThat(pairs(run("en", "", "Marco Silva tops the list at Leeds.")))
        .containsExactly("marco-silva leeds LINKED");
    assertThat(pairs(run("it", "", "Paolo Zanetti si avvicina al Genoa.")))
        .containsExactly("paolo-zanetti genoa LINKED");
  }

  @Test
  void anOptionInAContractIsNoCandidacy() {
    assertThat(pairs(run("en", "", "Marco Silva's deal at Fulham includes an option to extend.")))
        .doesNotContain("marco-silva fulham LINKED");
  }
}
