package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A present-role cue ("alla guida del", "sulla panchina del", "tecnico del", "manager of") told in
 * a past tense ("era", "fu", "è stato", "sedeva", "was", "had been") or with the imperfect of the
 * coaching verbs ("allenava", "guidava") is a finished spell (LEFT), not the current bench; the
 * present stays COACHES. Sentences written for the test.
 */
class PastTenseRoleTest {

  @Test
  void aRoleCueAfterAPastCopulaIsAPastBench() {
    assertThat(pairs(run("it", "", "Ivan Juric nel 2018 sedeva sulla panchina del Genoa.")))
        .contains("ivan-juric genoa LEFT")
        .doesNotContain("ivan-juric genoa COACHES");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Eusebio Di Francesco è stato il tecnico del Sassuolo per cinque anni.")))
        .contains("eusebio-di-francesco sassuolo LEFT")
        .doesNotContain("eusebio-di-francesco sassuolo COACHES");
    assertThat(pairs(run("it", "", "Quando Marco Baroni era alla guida del Verona, tutto filava.")))
        .contains("marco-baroni verona LEFT")
        .doesNotContain("marco-baroni verona COACHES");
    assertThat(pairs(run("en", "", "Graham Potter was manager of Swansea before Brighton.")))
        .contains("graham-potter swansea LEFT")
        .doesNotContain("graham-potter swansea COACHES");
    assertThat(
            pairs(run("en", "", "Sean Dyche had been head coach of Burnley for almost ten years.")))
        .contains("sean-dyche burnley LEFT")
        .doesNotContain("sean-dyche burnley COACHES");
  }

  @Test
  void theImperfectOfTheCoachingVerbsIsAPastBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Marco Baroni allenava il Verona quando arrivò la chiamata della Lazio.")))
        .contains("marco-baroni verona LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gian Piero Gasperini, quando guidava il Genoa, lanciò molti giovani.")))
        .contains("gian-piero-gasperini genoa LEFT");
    assertThat(pairs(run("en", "", "Graham Potter used to manage Swansea in the Championship.")))
        .contains("graham-potter swansea LEFT");
  }

  @Test
  void aTeamLeadingTheTableIsNoPastBench() {
    assertThat(
            pairs(run("it", "", "Il Napoli di Antonio Conte guidava la classifica fino a ieri.")))
        .doesNotContain("antonio-conte napoli LEFT");
  }

  @Test
  void thePresentAndThePresentPerfectStayTheCurrentBench() {
    assertThat(pairs(run("it", "", "Gian Piero Gasperini allena ancora oggi l'Atalanta.")))
        .contains("gian-piero-gasperini atalanta COACHES");
    assertThat(pairs(run("it", "", "Stefano Pioli è alla guida del Milan da tre anni.")))
        .contains("stefano-pioli milan COACHES");
    assertThat(pairs(run("en", "", "Eddie Howe has been manager of Newcastle since 2021.")))
        .contains("eddie-howe newcastle COACHES")
        .doesNotContain("eddie-howe newcastle LEFT");
    assertThat(pairs(run("it", "", "Vincenzo Italiano è stato confermato alla guida del Bologna.")))
        .doesNotContain("vincenzo-italiano bologna LEFT");
  }

  @Test
  void theVerbEIsNoConjunctionThatCoordinatesThePresentWithThePast() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Stefano Pioli, che aveva guidato la Fiorentina, è sulla panchina del Milan.")))
        .contains("stefano-pioli fiorentina LEFT", "stefano-pioli milan COACHES")
        .doesNotContain("stefano-pioli milan LEFT");
    assertThat(pairs(run("it", "", "Stefano Pioli, ex Fiorentina, è alla guida del Milan.")))
        .contains("stefano-pioli milan COACHES")
        .doesNotContain("stefano-pioli milan LEFT");
  }
}
