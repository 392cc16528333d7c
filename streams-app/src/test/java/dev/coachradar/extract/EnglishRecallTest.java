package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * English constructions that named a coach's move or bench without a cue the rules read: a club's
 * first choice, options listed with "include", a refusal of the approaches, a move only close to
 * happening, how a coach fares at his club, a club's youth side. Sentences written for the test.
 */
class EnglishRecallTest {

  @Test
  void aClubsFirstChoiceIsACandidateAndHisRefusalClosesIt() {
    assertThat(pairs(run("en", "", "Everton's first choice was Marco Silva.")))
        .containsExactly("marco-silva everton LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton's first choice was Fulham's Marco Silva, but the Portuguese turned"
                        + " them down last week.")))
        .containsExactlyInAnyOrder("marco-silva everton REJECTED", "marco-silva fulham COACHES");
  }

  @Test
  void optionsListedWithIncludeAreCandidatesOfTheClubInQuestion() {
    assertThat(
            pairs(
                run(
                    "en",
                    "Everton widen their search",
                    "Everton want a new manager by May. Other options include Sean Dyche, who has"
                        + " been out of work since leaving Burnley.")))
        .contains("sean-dyche everton LINKED", "sean-dyche burnley LEFT");
  }

  @Test
  void refusedApproachesAreARefusalNotACandidacy() {
    assertThat(pairs(run("en", "", "Marco Silva has rebuffed two approaches from Everton.")))
        .containsExactly("marco-silva everton REJECTED");
    assertThat(pairs(run("en", "", "Marco Silva rejected several offers from Everton.")))
        .containsExactly("marco-silva everton REJECTED");
  }

  @Test
  void aMoveOnlyCloseToHappeningIsACandidacyAndCanBeTurnedDown() {
    assertThat(pairs(run("en", "", "Marco Silva was close to taking over at Everton.")))
        .containsExactly("marco-silva everton LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "In 2019 Marco Silva was close to taking over at Everton, but he turned down"
                        + " the move.")))
        .containsExactly("marco-silva everton REJECTED");
  }

  @Test
  void doingWellAtAClubIsHisBench() {
    assertThat(
            pairs(run("en", "", "Marco Silva, who is doing well at Fulham, was also mentioned.")))
        .containsExactly("marco-silva fulham COACHES");
  }

  @Test
  void aClubsYouthSideIsNotItsBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, a former Everton Under-23s coach, has impressed at Fulham.")))
        .doesNotContain("marco-silva everton LEFT");
    assertThat(pairs(run("en", "", "Marco Silva is the former Everton academy boss.")))
        .doesNotContain("marco-silva everton LEFT");
  }

  @Test
  void theClubsCoachIsTheCoachOfThatClub() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton want Marco Silva, but the Fulham coach is happy where he is.")))
        .contains("marco-silva fulham COACHES");
    assertThat(pairs(run("en", "", "Everton want Marco Silva. The former Fulham coach is happy.")))
        .doesNotContain("marco-silva fulham COACHES");
  }

  @Test
  void stayingAtHisClubIsNotTheMoveHeTurnedDown() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton sounded out Marco Silva, who turned down the move to stay at"
                        + " Fulham.")))
        .containsExactlyInAnyOrder("marco-silva everton REJECTED", "marco-silva fulham COACHES");
  }

  @Test
  void coachesJoinedAsTheSubjectShareTheCueAfterThem() {
    assertThat(
            pairs(run("en", "", "Marco Silva and Gary O'Neil are under consideration at Everton.")))
        .containsExactlyInAnyOrder("marco-silva everton LINKED", "gary-o-neil everton LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "Everton look for a manager",
                    "Everton sacked Sean Dyche. Marco Silva and Gary O'Neil, both former"
                        + " players, are under consideration at Everton.")))
        .contains("marco-silva everton LINKED", "gary-o-neil everton LINKED");
  }
}
