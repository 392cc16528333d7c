package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Refusals told by the one who refused, in either direction (ANNOTATION.md: REJECTED): a role the
 * coach turned down ("turned down the chance to take charge of", "ha rifiutato la possibilità di
 * diventare l'allenatore del"), a candidacy he shut ("ha chiuso all'ipotesi Napoli", "closed the
 * door on a move to"), and a team's choice told in the passive ("gli è stato preferito X").
 * Sentences written for the test.
 */
class RefusedMoveTest {

  @Test
  void aRoleTurnedDownIsNoBenchAndNoAppointment() {
    assertThat(
            pairs(run("en", "", "Marco Silva turned down the chance to take charge of Tottenham.")))
        .containsExactly("marco-silva tottenham REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Vincenzo Italiano ha rifiutato la possibilità di diventare l'allenatore del"
                        + " Napoli.")))
        .containsExactly("vincenzo-italiano napoli REJECTED");
  }

  @Test
  void aRoleAfterTheRefusedTeamIsTheMoveMade() {
    // the refusal's object is the team named right after it: the role is the move he chose
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva turned down the chance to join Tottenham to take charge of Everton.")))
        .doesNotContain("marco-silva everton REJECTED");
  }

  @Test
  void aCandidacyShutByTheCoachIsOff() {
    assertThat(pairs(run("it", "", "Vincenzo Italiano ha chiuso all'ipotesi Napoli.")))
        .containsExactly("vincenzo-italiano napoli REJECTED");
    assertThat(pairs(run("en", "", "Marco Silva has closed the door on a move to Tottenham.")))
        .containsExactly("marco-silva tottenham REJECTED");
  }

  @Test
  void aChoiceToldInThePassivePassesTheCandidateOver() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha sondato Vincenzo Italiano, ma alla fine gli è stato preferito"
                        + " Antonio Conte.")))
        .containsExactlyInAnyOrder(
            "vincenzo-italiano napoli REJECTED", "antonio-conte napoli AGREED");
  }
}
