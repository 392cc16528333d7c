package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "il tecnico del Modena Paolo Bianco", "the manager of Leeds, Daniel Farke,": a coach reference
 * with its team, in apposition to the coach named right after, is about that coach, not the one the
 * article spoke of before. Short invented texts.
 */
class TeamCoachAppositionTest {

  @Test
  void theCoachNamedAfterTheReferenceAndItsTeamIsTheOneMeant() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Roberto Venturato è a rischio. Sull'altra panchina, il tecnico del Modena"
                        + " Paolo Bianco si gode la vittoria.")))
        .contains("paolo-bianco modena COACHES")
        .doesNotContain("roberto-venturato modena COACHES", "roberto-venturato modena AT_RISK");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Roberto Venturato è a rischio. Il tecnico del Modena, Paolo Bianco, si gode"
                        + " la vittoria.")))
        .contains("paolo-bianco modena COACHES")
        .doesNotContain("roberto-venturato modena AT_RISK");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva is under pressure. The manager of Leeds, Daniel Farke, was pleased"
                        + " with the point.")))
        .contains("daniel-farke leeds COACHES")
        .doesNotContain("marco-silva leeds AT_RISK");
  }

  @Test
  void withoutANameAfterItTheReferenceIsStillTheCoachSpokenOf() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Roberto Venturato è a rischio. Il tecnico del Modena ha parlato dopo la"
                        + " partita.")))
        .contains("roberto-venturato modena AT_RISK");
  }
}
