package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A team named as the other side of a match is no bench of the coach in the sentence; a coach
 * reference followed by its team and a name ("il tecnico del Genoa Patrick Vieira") is that name,
 * not the coach named before. Sentences written for the test.
 */
class OpponentAndAppositionTest {

  @Test
  void aWinOverATeamMakesItTheOpponent() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, who oversaw a 2-0 win over Brentford in his spell as interim,"
                        + " returns to the youth team.")))
        .noneMatch(p -> p.contains("brentford"));
    assertThat(
            pairs(run("en", "", "After a 3-1 win over Brentford, Marco Silva is ready to leave.")))
        .noneMatch(p -> p.contains("brentford"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Fulham have sacked Marco Silva despite last week's victory over Brentford.")))
        .contains("marco-silva fulham SACKED")
        .noneMatch(p -> p.contains("brentford"));
  }

  @Test
  void aHomeOrAwayFixtureNamesTheOpponent() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Fulham have appointed Marco Silva, and his first game in charge is at home to"
                        + " Arsenal.")))
        .noneMatch(p -> p.contains("arsenal"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Sean Dyche will take charge of Everton for the first time away to"
                        + " Arsenal on Sunday.")))
        .noneMatch(p -> p.contains("arsenal"));
  }

  @Test
  void aTeamBeforeFriendlyOrClashIsTheOpponent() {
    assertThat(
            pairs(
                run("en", "", "Eddie Howe will take charge of the side for the Arsenal friendly.")))
        .noneMatch(p -> p.contains("arsenal"));
    assertThat(pairs(run("en", "", "Sean Dyche will take charge for the Burnley clash on Sunday.")))
        .noneMatch(p -> p.contains("burnley"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Fulham sack Marco Silva after Brentford humiliation, Sean Dyche to take charge"
                        + " for Arsenal friendly.")))
        .contains("marco-silva fulham SACKED")
        .noneMatch(p -> p.contains("brentford") || p.contains("arsenal"));
  }

  @Test
  void theTeamAfterTakeChargeIsStillHisBench() {
    assertThat(pairs(run("en", "", "Sean Dyche will take charge of Everton on Sunday.")))
        .anyMatch(p -> p.startsWith("sean-dyche everton"));
  }

  @Test
  void aReferenceWithItsTeamAndANameIsThatName() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Verona di Paolo Zanetti ha perso in casa. Sull'altra panchina, il tecnico"
                        + " del Genoa Patrick Vieira si gode la vittoria.")))
        .noneMatch(p -> p.startsWith("paolo-zanetti genoa"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Sean Dyche was furious at the final whistle. Across the touchline, the"
                        + " manager of Fulham Marco Silva was all smiles.")))
        .noneMatch(p -> p.startsWith("sean-dyche fulham"));
  }

  @Test
  void aReferenceAfterTheNameStillBindsIt() {
    assertThat(pairs(run("it", "", "Patrick Vieira, il tecnico del Genoa, si gode la vittoria.")))
        .contains("patrick-vieira genoa COACHES");
  }
}
