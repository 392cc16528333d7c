package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A move the club or its directors oppose, or a dream destined to stay one, is off (REJECTED); a
 * coach about to move from the bench to an executive role is leaving it (LEAVING), also when told
 * in a relative clause opened by "X che, ...". Sentences written for the test.
 */
class OpposedMoveAndRoleChangeTest {

  @Test
  void aMoveTheClubOpposesIsOff() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Stefano Pioli è stato accostato alla Fiorentina, ma il presidente si sarebbe"
                        + " opposto al suo arrivo.")))
        .containsExactly("stefano-pioli fiorentina REJECTED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Chelsea were linked with Thomas Tuchel but the owners vetoed the move.")))
        .containsExactly("thomas-tuchel chelsea REJECTED");
  }

  @Test
  void aDreamDestinedToStayADreamIsOff() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Si parla di un ritorno di Maurizio Sarri alla Lazio, un sogno destinato però a"
                        + " restare tale.")))
        .containsExactly("maurizio-sarri lazio REJECTED");
  }

  @Test
  void anOppositionWithNoCandidacyBeforeItSaysNothing() {
    assertThat(pairs(run("it", "", "Il presidente si è opposto alla cessione del capitano.")))
        .isEmpty();
  }

  @Test
  void aCoachMovingToAnExecutiveRoleLeavesTheBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Roma pensa a Claudio Ranieri. Claudio Ranieri è pronto a vestire i panni"
                        + " del direttore tecnico.")))
        .contains("claudio-ranieri roma LEAVING");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Mikel Arteta is the Arsenal manager, but the Spaniard is set to move upstairs"
                        + " at the end of the season.")))
        .containsExactly("mikel-arteta arsenal LEAVING");
  }

  @Test
  void aRelativeClauseOpenedBeforeAnIncidentalIsAboutItsAntecedent() {
    // "X che, dopo ..., è pronto a": the cue is about X, not the subject of the main clause;
    // "da allenatore" (in the role of coach) refers to nobody
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Roma pensa a Massimiliano Allegri. Il tecnico livornese piace a Claudio"
                        + " Ranieri che, dopo aver guidato la squadra da allenatore, è pronto a"
                        + " vestire i panni del direttore tecnico.")))
        .containsExactlyInAnyOrder(
            "massimiliano-allegri roma LINKED", "claudio-ranieri roma LEAVING");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Bologna pensa a Thiago Motta. L'idea piace al presidente, mentre Vincenzo"
                        + " Italiano che, dopo tre anni in rossoblù, è pronto a passare dietro la"
                        + " scrivania.")))
        .containsExactlyInAnyOrder(
            "thiago-motta bologna LINKED", "vincenzo-italiano bologna LEAVING");
  }
}
