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

  @Test
  void aCueDoesNotReachPastAFormerTeamToAnotherOne() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds fans watched Marco Silva, the former Everton boss, whose position is"
                        + " already under scrutiny.")))
        .doesNotContain("marco-silva leeds AT_RISK", "marco-silva everton AT_RISK");
  }

  @Test
  void aStadiumIsNotTheClubWhoseAliasItContains() {
    assertThat(pairs(run("en", "", "Marco Silva was appointed at the City Ground on Monday.")))
        .noneMatch(p -> p.contains("manchester-city"));
  }

  @Test
  void nazionaleAfterInIsTheNationalTeamNotAPlace() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti è senza panchina dall'esonero in Nazionale dello scorso giugno.")))
        .contains("paolo-zanetti nazionale-italia SACKED");
    assertThat(pairs(run("it", "", "Paolo Zanetti, esonerato, vive in Italia da anni.")))
        .noneMatch(p -> p.contains("nazionale-italia"));
  }
}
