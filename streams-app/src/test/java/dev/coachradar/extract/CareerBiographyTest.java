package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A coach's biography told by what he did at his past benches ("he led Burnley", "dopo aver portato
 * lo Spezia in A", "a career that took him to A, B and C"): each team is a past bench (LEFT) of the
 * coach the passage is about, unless the article tells that pair otherwise (his current bench).
 * Sentences written for the test.
 */
class CareerBiographyTest {

  @Test
  void whatHeLedOrGuidedIsAPastBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. Earlier, he led Burnley to promotion"
                        + " twice.")))
        .contains("sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. Dyche, who has led Burnley twice, is"
                        + " expected at the training ground on Monday.")))
        .contains("sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. After guiding Watford to promotion, he"
                        + " spent a year out of the game.")))
        .contains("sean-dyche watford LEFT");
  }

  @Test
  void whereHeBroughtATeamIsAPastBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Dopo aver portato lo Spezia in Serie A,"
                        + " era rimasto fermo un anno.")))
        .contains("alberto-gilardino spezia LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Il tecnico aveva riportato il Siena in"
                        + " Serie B.")))
        .contains("alberto-gilardino siena LEFT");
  }

  @Test
  void aCareerThatTookHimToAListNamesPastBenches() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. A coaching career that took him to"
                        + " Watford, Burnley and Norwich has prepared him well.")))
        .contains("sean-dyche watford LEFT", "sean-dyche burnley LEFT", "sean-dyche norwich LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. La sua carriera lo ha visto sulle"
                        + " panchine di Siena e Spezia.")))
        .contains("alberto-gilardino siena LEFT", "alberto-gilardino spezia LEFT");
  }

  @Test
  void whereHeCutHisTeethAsACoachIsBehindHim() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. He cut his teeth as a coach at Watford,"
                        + " where he spent a season.")))
        .contains("sean-dyche watford LEFT")
        .doesNotContain("sean-dyche watford LEAVING");
  }

  @Test
  void theBenchHeHoldsNowIsNotAPastOne() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, who is currently at Fulham, led Fulham to promotion and is"
                        + " admired by Everton.")))
        .contains("marco-silva fulham COACHES")
        .doesNotContain("marco-silva fulham LEFT");
    assertThat(pairs(run("en", "", "Burnley, led by Vincent Kompany, beat Watford.")))
        .contains("vincent-kompany burnley COACHES")
        .doesNotContain("vincent-kompany watford LEFT");
  }

  @Test
  void aSpellToldByItsLengthOrItsFameIsAPastBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. He made his name with Watford before a"
                        + " single season at Norwich.")))
        .contains("sean-dyche watford LEFT", "sean-dyche norwich LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche, who spent ten seasons at Burnley.")))
        .contains("sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino, reduce da tre stagioni allo Spezia.")))
        .contains("alberto-gilardino spezia LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Si è fatto conoscere con lo Spezia, poi"
                        + " una stagione al Siena.")))
        .contains("alberto-gilardino spezia LEFT", "alberto-gilardino siena LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. In carriera ha legato il suo nome"
                        + " soprattutto allo Spezia e al Siena.")))
        .contains("alberto-gilardino spezia LEFT", "alberto-gilardino siena LEFT");
  }

  @Test
  void aSpellInAnotherRoleIsNoBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. He spent more than a decade at Burnley,"
                        + " most of it as technical director.")))
        .doesNotContain("sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. As a player he made his name at Watford.")))
        .doesNotContain("sean-dyche watford LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Ha cominciato come vice allo Spezia, poi"
                        + " tre stagioni al Siena.")))
        .contains("alberto-gilardino siena LEFT")
        .doesNotContain("alberto-gilardino spezia LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino, che si era fatto un nome da calciatore"
                        + " con la Fiorentina.")))
        .doesNotContain("alberto-gilardino fiorentina LEFT");
  }

  @Test
  void aTitleWonAtATeamRecallsThatBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Il tecnico, che allo Spezia aveva"
                        + " conquistato la promozione, ha firmato ieri.")))
        .contains("alberto-gilardino spezia LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. A Genova era arrivato dopo aver vinto il"
                        + " campionato con il Siena nel 2021.")))
        .contains("alberto-gilardino siena LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche, having won the Championship with Burnley in"
                        + " 2016.")))
        .contains("sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Nel 2021 aveva vinto contro lo Spezia la"
                        + " finale playoff.")))
        .doesNotContain("alberto-gilardino spezia LEFT");
  }

  @Test
  void anyPastSpellInAnotherRoleIsNoBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. He had spells at Watford and Burnley as"
                        + " assistant manager.")))
        .doesNotContain("sean-dyche watford LEFT", "sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. He left Watford as a player in 2002.")))
        .doesNotContain("sean-dyche watford LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Da calciatore aveva lasciato il Siena per"
                        + " lo Spezia.")))
        .doesNotContain("alberto-gilardino siena LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. He had spells at Watford and Burnley.")))
        .contains("sean-dyche watford LEFT", "sean-dyche burnley LEFT");
  }

  @Test
  void theFirstLastOrPreviousJobIsAPastBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. L'ultima esperienza, allo Spezia, si era"
                        + " chiusa con l'addio estivo.")))
        .contains("alberto-gilardino spezia LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. His previous job was at Burnley.")))
        .contains("sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton have appointed Sean Dyche. His first job in management was at Burnley,"
                        + " in 2012.")))
        .contains("sean-dyche burnley LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Alberto Gilardino. Prima ancora il Siena, portato in B.")))
        .contains("alberto-gilardino siena LEFT");
  }
}
