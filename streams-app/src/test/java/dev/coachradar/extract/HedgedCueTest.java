package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.model.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A longer cue that opens with a hedge ("potrebbe tornare", "could be sacked") keeps the hedge; a
 * hedge word inside a cue with another sense ("il suo secondo mandato") does not hedge it.
 * Sentences written for the test.
 */
class HedgedCueTest {

  @Test
  void aCueOpeningWithAHedgeIsHedged() {
    final List<Signal> it = run("it", "", "Maurizio Sarri potrebbe tornare al Torino.");
    assertThat(pairs(it)).contains("maurizio-sarri torino LINKED");
    assertThat(it.get(0).strength()).isLessThan(1.0).isGreaterThan(0.0);
    final List<Signal> en = run("en", "", "Marco Silva could be sacked by Fulham this week.");
    assertThat(pairs(en)).contains("marco-silva fulham AT_RISK");
    assertThat(en.get(0).strength()).isLessThan(1.0).isGreaterThan(0.0);
  }

  @Test
  void aHedgeWordInsideACueWithAnotherSenseIsNoHedge() {
    final List<Signal> s =
        run("it", "", "Maurizio Sarri ha concluso il suo secondo mandato alla Lazio.");
    assertThat(pairs(s)).contains("maurizio-sarri lazio LEFT");
    assertThat(s.get(0).strength()).isEqualTo(1.0);
  }
}
