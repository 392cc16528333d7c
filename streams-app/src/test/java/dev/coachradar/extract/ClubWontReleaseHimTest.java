package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A club that will not let its coach go, told with the pronoun joined to the verb ("non vuole
 * liberarlo", "non intende lasciarlo partire", "won't release him"): the coach COACHES that club.
 * Sentences written for the test.
 */
class ClubWontReleaseHimTest {

  @Test
  void italianCliticPronounKeepsTheCoachAtHisClub() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino cerca un tecnico. Piace Paolo Vanoli, ma il Venezia non vuole"
                        + " liberarlo.")))
        .contains("paolo-vanoli venezia COACHES");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino cerca un tecnico. Più complicata la pista Patrick Vieira: il Genoa,"
                        + " che con lui si è salvato, non ha alcuna intenzione di lasciarlo"
                        + " partire.")))
        .contains("patrick-vieira genoa COACHES");
  }

  @Test
  void englishClubThatWillNotReleaseHimKeepsHim() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Tottenham want a new coach. Thomas Frank is admired in north London, but"
                        + " Brentford refused to release him.")))
        .contains("thomas-frank brentford COACHES");
  }
}
