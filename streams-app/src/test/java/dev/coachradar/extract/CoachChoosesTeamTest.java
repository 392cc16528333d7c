package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A coach as the one who chooses a team ("Pirlo ha scelto la Sampdoria"). Invented texts. */
class CoachChoosesTeamTest {

  @Test
  void aCoachChoosingATeamIsHisMove() {
    assertThat(pairs(run("it", "", "Andrea Pirlo ha scelto la Sampdoria.")))
        .containsExactly("andrea-pirlo sampdoria AGREED");
    assertThat(pairs(run("it", "", "De Zerbi ha scelto il Marsiglia dopo l'addio al Brighton.")))
        .contains("roberto-de-zerbi marsiglia AGREED", "roberto-de-zerbi brighton LEFT");
  }

  @Test
  void aTeamChoosingAnotherTeamNamesNoCoach() {
    assertThat(pairs(run("it", "", "Il Milan ha scelto il Napoli come avversario."))).isEmpty();
  }

  @Test
  void aTeamsChoiceWithAnAdverbInsideTheVerbPassesOverItsCandidates() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Pisa ha sondato Fabio Grosso. Il club ha già scelto il successore di"
                        + " Inzaghi: Alberto Gilardino, che guiderà i toscani in Serie A.")))
        .contains("fabio-grosso pisa REJECTED");
  }
}
