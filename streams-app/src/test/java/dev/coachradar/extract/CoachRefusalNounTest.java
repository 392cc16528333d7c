package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A coach's refusal told as a noun ("il secco no di X") and a door closed on a club by the coach
 * the clause is about ("chiudendo la porta alla Roma"): the move is off (REJECTED). Sentences
 * written for the test.
 */
class CoachRefusalNounTest {

  @Test
  void theNoOfACoachTurnsDownTheClubThatAskedHim() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Roma ha incassato il secco no di Gian Piero Gasperini, che ha scelto di"
                        + " restare all'Atalanta.")))
        .containsExactlyInAnyOrder(
            "gian-piero-gasperini roma REJECTED", "gian-piero-gasperini atalanta COACHES");
    assertThat(
            pairs(
                run(
                    "it",
                    "Juventus, la scelta",
                    "Il no di Antonio Conte ha spinto la Juventus verso un altro profilo.")))
        .contains("antonio-conte juventus REJECTED");
  }

  @Test
  void aDoorClosedOnAClubByTheSubjectIsARefusal() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gian Piero Gasperini ha rinnovato con l'Atalanta, chiudendo la porta alla"
                        + " Roma.")))
        .containsExactlyInAnyOrder(
            "gian-piero-gasperini atalanta COACHES", "gian-piero-gasperini roma REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri resta al Torino, chiudendo la porta al ritorno alla Lazio.")))
        .containsExactlyInAnyOrder(
            "maurizio-sarri torino COACHES", "maurizio-sarri lazio REJECTED");
  }
}
