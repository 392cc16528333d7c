package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Departures announced but not yet made, sackings only threatened. Sentences written for it. */
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
}
