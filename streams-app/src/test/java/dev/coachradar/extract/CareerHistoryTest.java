package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Past and present benches as news recalls them: dismissals told in a relative clause after the
 * team, predecessors, spells told as a career, the bench held now. Sentences written for the test.
 */
class CareerHistoryTest {

  @Test
  void aDismissalInARelativeClauseIsAboutTheTeamItHangsOn() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva had previously led Fulham, where he was sacked in 2019, and"
                        + " Watford, with whom he reached a final.")))
        .contains("marco-silva fulham SACKED")
        .doesNotContain("marco-silva watford SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti ha allenato il Venezia, che lo esonerò nel 2022, e l'Empoli.")))
        .contains("paolo-zanetti venezia SACKED")
        .doesNotContain("paolo-zanetti empoli SACKED");
  }

  @Test
  void aCueWithItsOwnObjectTeamKeepsIt() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva is now in the MLS, where he previously coached the Columbus"
                        + " Crew.")))
        .contains("marco-silva columbus-crew LEFT");
  }

  @Test
  void aRelativeAfterARoleOfATeamIsAboutThePerson() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti, ex tecnico del Venezia, che aveva lasciato il Lecce per"
                        + " l'Empoli, piace al Genoa.")))
        .contains("paolo-zanetti venezia LEFT", "paolo-zanetti lecce LEFT");
  }

  @Test
  void aSuccessorNamesThePredecessorWhoseSpellEnded() {
    assertThat(pairs(run("it", "", "Al Lecce Paolo Zanetti subentra a Fabio Grosso.")))
        .contains("fabio-grosso lecce LEFT");
    assertThat(pairs(run("en", "", "Marco Silva was appointed by Everton to succeed Sean Dyche.")))
        .contains("marco-silva everton AGREED", "sean-dyche everton LEFT");
  }

  @Test
  void spellsInChargeAreAPastNotTheCurrentBench() {
    assertThat(pairs(run("en", "", "Marco Silva has had spells in charge of Everton and Watford.")))
        .containsExactly("marco-silva everton LEFT", "marco-silva watford LEFT");
  }

  @Test
  void whereHeIsNowIsTheCurrentBench() {
    assertThat(
            pairs(run("en", "", "Marco Silva, who is currently at Fulham, is admired by Everton.")))
        .contains("marco-silva fulham COACHES", "marco-silva everton LINKED");
    assertThat(pairs(run("it", "", "Paolo Zanetti, che oggi allena il Lecce, piace al Genoa.")))
        .contains("paolo-zanetti lecce COACHES", "paolo-zanetti genoa LINKED");
  }

  @Test
  void aPastDismissalInTheSimplePast() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti andò al Palermo, dove il presidente lo sollevò"
                        + " dall'incarico.")))
        .contains("paolo-zanetti palermo SACKED");
    assertThat(pairs(run("en", "", "Marco Silva was at Fulham before being dismissed in May.")))
        .contains("marco-silva fulham SACKED");
  }

  @Test
  void aCareerListRunsPastTheAsidesOfItsItems() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti ha vinto il campionato. In carriera aveva già vissuto le"
                        + " esperienze con il Venezia, una stagione complicata, con l'Empoli e"
                        + " soprattutto con il Lecce, dove ha vinto tutto.")))
        .contains(
            "paolo-zanetti venezia LEFT", "paolo-zanetti empoli LEFT", "paolo-zanetti lecce LEFT");
  }

  @Test
  void aListStopsAtAContrastAndKeepsTheShapeOfItsItems() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti ha chiuso la carriera al Lecce, dove ora è consulente, e la"
                        + " Juventus sarebbe pronta a chiamarlo.")))
        .contains("paolo-zanetti lecce LEFT")
        .doesNotContain("paolo-zanetti juventus LEFT");
  }

  @Test
  void careerStagesToldAsASequenceArePastBenches() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti ha vinto il campionato. Poi il Venezia, con cui vince la Serie"
                        + " B, l'Empoli, salvo nel 2023, e il Lecce.")))
        .containsExactlyInAnyOrder(
            "paolo-zanetti venezia LEFT", "paolo-zanetti empoli LEFT", "paolo-zanetti lecce LEFT");
  }

  @Test
  void aCareerStageGivesWayToWhatTheArticleSaysOfThePair() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti è il nuovo tecnico del Lecce. Poi il Lecce, con cui firma fino"
                        + " al 2026.")))
        .contains("paolo-zanetti lecce AGREED")
        .doesNotContain("paolo-zanetti lecce LEFT");
  }

  @Test
  void aPersonNamedAfterTheStageIsAnotherStory() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti piace al Genoa. Poi il Milan, che segue Fabio Grosso.")))
        .doesNotContain("fabio-grosso milan LEFT", "paolo-zanetti milan LEFT");
  }

  @Test
  void aDismissalWithoutATeamEndsTheFormerBenchNamedBeforeIt() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, the former Fulham manager, has been waiting for a return since"
                        + " being dismissed a year ago.")))
        .contains("marco-silva fulham SACKED");
  }

  @Test
  void anArrivalToReplaceSomeoneEndsHisSpell() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva arrived at Leeds in 2022 to replace Sean Dyche and kept the club"
                        + " up.")))
        .contains("sean-dyche leeds LEFT")
        .doesNotContain("sean-dyche leeds LINKED");
    assertThat(pairs(run("en", "", "Leeds want Marco Silva to replace Sean Dyche.")))
        .doesNotContain("sean-dyche leeds LEFT");
  }
}
