package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A head coach recalled through his former assistant: the benches named after him are his past
 * ones, the teams before the cue are the assistant's. Sentences written for the test.
 */
class StaffHistoryTest {

  @Test
  void theBenchesNamedAfterTheHeadCoachAreHisPastOnes() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il nuovo tecnico è stato a lungo il vice di Fabio Capello, al Real Madrid"
                        + " e alla Roma.")))
        .contains("fabio-capello real-madrid LEFT", "fabio-capello roma LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Before that he worked as assistant to Roberto Martinez with Belgium, the"
                        + " federation said.")))
        .contains("roberto-martinez nazionale-belgio LEFT");
  }

  @Test
  void theTeamsBeforeTheCueAreTheAssistantsOwnStory() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Per lui, che da giocatore aveva vestito le maglie di Lazio e Sampdoria e da"
                        + " vice aveva lavorato con Marcello Lippi alla Juventus, è la"
                        + " prima panchina.")))
        .contains("marcello-lippi juventus LEFT")
        .noneMatch(p -> p.startsWith("marcello-lippi lazio"))
        .noneMatch(p -> p.startsWith("marcello-lippi sampdoria"));
  }

  @Test
  void aListStopsAtTheFirstWordThatPlacesNoBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Era stato il vice di Fabio Capello al Milan, e la Roma ha vinto il derby.")))
        .contains("fabio-capello milan LEFT")
        .noneMatch(p -> p.startsWith("fabio-capello roma"));
  }
}
