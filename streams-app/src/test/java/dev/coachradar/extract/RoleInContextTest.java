package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "il ct Gattuso", "the manager Thomas Frank": a coach named right after a bare role word, where no
 * cue binds him, coaches the one team of the context (the sentence's, else the sentence before's),
 * unless the context names an opponent or another coach; after "ct" only a national team. Sentences
 * written for the test.
 */
class RoleInContextTest {

  @Test
  void theCtNamedInCampCoachesTheNationalTeamOfTheSentenceBefore() {
    assertThat(
            pairs(
                "it",
                "La Nazionale è in ritiro a Coverciano. Il ct Gattuso ha convocato ventisei"
                    + " giocatori."))
        .containsExactly("gennaro-gattuso nazionale-italia COACHES");
  }

  @Test
  void theCoachNamedAfterHisRoleCoachesTheTeamOfHisSentence() {
    assertThat(pairs("it", "Il Bologna ha vinto ancora: il tecnico Italiano è soddisfatto."))
        .containsExactly("vincenzo-italiano bologna COACHES");
    assertThat(
            pairs("en", "Brentford won again on Saturday. The manager Thomas Frank was delighted."))
        .containsExactly("thomas-frank brentford COACHES");
  }

  @Test
  void aContextWithAnOpponentOrAnotherCoachIsNotHisBench() {
    assertThat(pairs("it", "Il Milan ha battuto la Roma. Il tecnico Gasperini è deluso."))
        .isEmpty();
    assertThat(
            pairs(
                "en",
                "Arsenal of Mikel Arteta drew at home on Saturday. The manager Unai Emery was"
                    + " in the stands."))
        .doesNotContain("unai-emery arsenal COACHES");
  }

  @Test
  void aCtIsANationalTeamsAndAFormerRoleIsNoBenchNow() {
    assertThat(pairs("it", "Il Napoli ha vinto a Lecce. Il ct Spalletti era in tribuna."))
        .doesNotContain("luciano-spalletti napoli COACHES");
    assertThat(pairs("en", "Chelsea won on Sunday. The former manager Jose Mourinho watched."))
        .doesNotContain("jose-mourinho chelsea COACHES");
  }
}
