package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A club's "no" about a coach told as a noun ("il no del Torino per Juric"): his own club kept him
 * and the article's club is turned down; a coach the article puts on another bench was turned down
 * by the club named. Sentences written for the test.
 */
class ClubRefusalTest {

  @Test
  void theOwnClubKeepsHimAndTheSeekingClubIsTurnedDown() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Milan, ecco il nuovo allenatore",
                    "La decisione è arrivata dopo il no del Torino per Ivan Juric, prima scelta dei"
                        + " rossoneri.")))
        .contains("ivan-juric torino COACHES", "ivan-juric milan REJECTED")
        .doesNotContain("ivan-juric milan LINKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "Roma, si cambia",
                    "La Roma ha virato su un altro profilo dopo il no dell'Atalanta per Gian Piero"
                        + " Gasperini.")))
        .contains("gian-piero-gasperini atalanta COACHES", "gian-piero-gasperini roma REJECTED");
  }

  @Test
  void aCoachOnAnotherBenchIsTurnedDownByTheClubNamed() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gian Piero Gasperini, tecnico dell'Atalanta, era stato proposto alla Lazio, ma"
                        + " è arrivato il no della Lazio per Gasperini.")))
        .contains("gian-piero-gasperini lazio REJECTED")
        .doesNotContain("gian-piero-gasperini lazio COACHES");
  }
}
