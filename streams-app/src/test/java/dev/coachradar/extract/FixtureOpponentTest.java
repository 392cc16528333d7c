package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A team met in a match told with an adjective between the match noun and the team ("nella sfida
 * casalinga con il Lecce", "nella gara di ieri con il Lecce") is an opponent: a coach's spell cue
 * in the sentence is not about it. Sentences written for the test.
 */
class FixtureOpponentTest {

  @Test
  void italianOpponentOfAMatchIsNotTheSackedCoachsTeam() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha cambiato guida. La squadra è stata guidata nella sfida casalinga"
                        + " con il Lecce dal vice, dopo l'esonero di Paolo Vanoli.")))
        .doesNotContain("paolo-vanoli lecce SACKED");
  }

  @Test
  void aMatchTeamAfterATimePhraseIsStillTheOpponent() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha cambiato guida. Dopo la sconfitta nella gara di ieri con il Lecce,"
                        + " Paolo Vanoli è stato esonerato.")))
        .contains("paolo-vanoli torino SACKED")
        .doesNotContain("paolo-vanoli lecce SACKED");
  }
}
