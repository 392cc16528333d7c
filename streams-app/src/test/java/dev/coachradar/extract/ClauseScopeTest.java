package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How far a cue reaches: teams named as someone's past, inside another clause or as a playing past
 * are not the bench a cue is about. Sentences written for the test.
 */
class ClauseScopeTest {

  @Test
  void aFormerTeamTakesOnlyACueThatEndsASpell() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, the former Everton manager, whose position is already under"
                        + " scrutiny after a winless start.")))
        .containsExactly("marco-silva everton LEFT");
    assertThat(pairs(run("it", "", "Paolo Zanetti, l'ex Sassuolo, è in bilico al Lecce.")))
        .contains("paolo-zanetti sassuolo LEFT", "paolo-zanetti lecce AT_RISK")
        .doesNotContain("paolo-zanetti sassuolo AT_RISK");
  }

  @Test
  void aFormerTeamBeforeAPlayersRoleIsAPlayingPast() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Paolo Zanetti, the former Everton midfielder, will take charge of training.")))
        .doesNotContain("paolo-zanetti everton LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Fabio Grosso and Paolo Zanetti, both former Leeds players, are being"
                        + " considered.")))
        .noneMatch(p -> p.contains("leeds LEFT"));
  }

  @Test
  void aCueAfterARelativeClauseDoesNotReachIntoIt() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, whose contract at Fulham runs out in June, is an option.")))
        .doesNotContain("marco-silva fulham LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, whose contract at Fulham runs out in June, is wanted by Leeds.")))
        .contains("marco-silva leeds LINKED")
        .doesNotContain("marco-silva fulham LINKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti, il cui contratto con il Sassuolo scade a giugno, è in pole.")))
        .doesNotContain("paolo-zanetti sassuolo LINKED");
  }
}
