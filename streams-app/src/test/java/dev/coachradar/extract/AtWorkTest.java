package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A coach told at work, by his first training session or by the season of his spell he is in,
 * coaches the team now (COACHES). Short invented texts, Italian and English.
 */
class AtWorkTest {

  @Test
  void theFirstTrainingSessionHeldIsTheBenchHeHolds() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Vincenzo Italiano ha diretto il primo allenamento del Genoa davanti a"
                        + " trecento tifosi.")))
        .containsExactly("vincenzo-italiano genoa COACHES");
  }

  @Test
  void theSeasonOfHisSpellIsTheBenchHeHolds() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Vincenzo Italiano, alla sua seconda stagione al Genoa, ha chiesto rinforzi.")))
        .containsExactly("vincenzo-italiano genoa COACHES");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Oliver Glasner, in his second season at Everton, wants two new defenders.")))
        .containsExactly("oliver-glasner everton COACHES");
  }
}
