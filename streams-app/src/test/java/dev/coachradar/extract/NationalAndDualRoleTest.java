package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * National-team roles and dual roles: a bare "ct" after a preposition ("chiamati dal ct X") coaches
 * the national team the article names, else Italy's, never the club named before him; a coach who
 * "tornerà a occuparsi soltanto" of a national team he also coaches keeps it (COACHES, not
 * LEAVING). Short invented texts.
 */
class NationalAndDualRoleTest {

  private static List<String> it(String body) {
    return pairs(run("it", "", body));
  }

  @Test
  void aBareCtInTheItalianPressIsItalysCoachNotTheClubsBeforeHim() {
    assertThat(
            it(
                "La Juventus perde tre giocatori, convocati dal ct Gennaro Gattuso per le"
                    + " amichevoli: la Juventus incrocia le dita."))
        .contains("gennaro-gattuso nazionale-italia COACHES")
        .doesNotContain("gennaro-gattuso juventus COACHES");
  }

  @Test
  void aCtOfTheNationalTeamTheArticleNamesCoachesIt() {
    assertThat(
            it(
                "Il Milan perde Luka Modric per due settimane: la Croazia lo ha chiamato e il"
                    + " Milan attende. Nella lista del ct Zlatko Dalic c'è anche Kovacic."))
        .contains("zlatko-dalic nazionale-croazia COACHES")
        .doesNotContain("zlatko-dalic nazionale-italia COACHES");
  }

  @Test
  void goingBackToOnlyTheNationalTeamKeepsIt() {
    final String club = "Walter Mazzarri guida il Napoli fino a giugno, poi il Napoli cambierà. ";
    assertThat(
            it(
                club
                    + "Mazzarri, impegnato in parallelo con la nazionale polacca, a fine"
                    + " stagione tornerà a occuparsi soltanto della Polonia."))
        .contains("walter-mazzarri nazionale-polonia COACHES");
    assertThat(it(club + "Da luglio Mazzarri tornerà a occuparsi solo della Polonia."))
        .contains("walter-mazzarri nazionale-polonia COACHES");
  }

  @Test
  void freeSinceATournamentWithANationalTeamLeftIt() {
    assertThat(it("Il Napoli pensa a Luis Enrique, libero dopo il Mondiale con la Spagna."))
        .contains("luis-enrique nazionale-spagna LEFT");
    assertThat(it("Il Napoli pensa a Luis Enrique, fermo dopo l'Europeo con la Spagna."))
        .contains("luis-enrique nazionale-spagna LEFT");
  }
}
