package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Il club" / "the club" as the subject of a candidacy that names no team is the club the passage
 * has just named, not the article's most named one. Sentences written for the test.
 */
class ClubReferenceTest {

  @Test
  void theClubIsTheOneJustNamed() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Leicester e Leeds",
                    "Enzo Maresca ha firmato con il Leicester. Il Leicester riparte dalla"
                        + " Championship. Il Leeds invece è retrocesso. Il club, in attesa del"
                        + " passaggio di proprietà, ha messo nel mirino Daniel Farke.")))
        .contains("enzo-maresca leicester AGREED", "daniel-farke leeds LINKED")
        .doesNotContain("daniel-farke leicester LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "Leicester and Leeds",
                    "Enzo Maresca has signed for Leicester. Leicester start again in the"
                        + " Championship. It is a different story at Leeds, also relegated. The"
                        + " club, awaiting a change of ownership, have targeted Daniel Farke.")))
        .contains("enzo-maresca leicester AGREED", "daniel-farke leeds LINKED")
        .doesNotContain("daniel-farke leicester LINKED");
  }
}
