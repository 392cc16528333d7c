package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Teams listed as someone's playing past are no bench for any cue. Sentences written for it. */
class PlayingPastListTest {

  @Test
  void aListAfterExRoleDiIsAPlayingPast() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Bologna ha annunciato che Thiago Motta, l'ex centrocampista di Inter e"
                        + " PSG, guiderà la squadra.")))
        .doesNotContain("thiago-motta inter COACHES", "thiago-motta psg COACHES");
  }

  @Test
  void aListBetweenFormerAndARoleIsAPlayingPast() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Bologna have appointed Thiago Motta, the former Inter and PSG midfielder,"
                        + " who will lead the team next season.")))
        .contains("thiago-motta bologna AGREED")
        .doesNotContain("thiago-motta inter LEFT", "thiago-motta psg LEFT")
        .doesNotContain("thiago-motta inter COACHES", "thiago-motta psg COACHES");
  }
}
