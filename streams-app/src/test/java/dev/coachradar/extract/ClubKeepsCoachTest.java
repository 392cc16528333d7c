package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A club that will not release its coach keeps him: the coach COACHES that club, and the club that
 * asked for him is not told as leaving or turning him down. Sentences written for the test.
 */
class ClubKeepsCoachTest {

  @Test
  void aClubThatWillNotReleaseItsCoachKeepsHim() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa aveva chiesto Paolo Zanetti, ma il Verona ha fatto sapere di non"
                        + " voler liberare il suo allenatore.")))
        .contains("paolo-zanetti verona COACHES")
        .doesNotContain("paolo-zanetti verona REJECTED", "paolo-zanetti verona LEAVING");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Fulham approached Sean Dyche, but Everton made it clear they had no intention"
                        + " of letting him go.")))
        .contains("sean-dyche everton COACHES");
  }

  @Test
  void aClubLettingItsCoachGoStillReleasesHim() {
    assertThat(pairs(run("en", "", "Everton let Sean Dyche go after two seasons.")))
        .doesNotContain("sean-dyche everton COACHES");
  }
}
