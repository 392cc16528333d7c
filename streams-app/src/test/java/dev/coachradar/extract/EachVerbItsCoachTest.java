package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence telling a succession with two verbs: each verb binds its own coach. Sentences written
 * for the test.
 */
class EachVerbItsCoachTest {

  @Test
  void afterAnItalianPerfectInfinitiveTheCoachNamedAfterIsItsObject() {
    // "dopo aver esonerato X": active voice, X is the one dismissed, not the subject's new coach
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Cagliari ingaggia Davide Nicola dopo aver esonerato Claudio Ranieri.")))
        .contains("claudio-ranieri cagliari SACKED", "davide-nicola cagliari AGREED")
        .doesNotContain("davide-nicola cagliari SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Paolo Vanoli dopo avere licenziato Ivan Juric.")))
        .contains("ivan-juric torino SACKED", "paolo-vanoli torino AGREED")
        .doesNotContain("paolo-vanoli torino SACKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Bologna è ripartito dopo aver sostituito Thiago Motta in estate.")))
        .contains("thiago-motta bologna LEFT")
        .doesNotContain("thiago-motta bologna COACHES");
  }

  @Test
  void aCoordinatedHireTakesTheCoachNamedAfterIt() {
    assertThat(
            pairs(
                run("it", "", "Il Venezia esonera Paolo Zanetti e ingaggia Eusebio Di Francesco.")))
        .contains("paolo-zanetti venezia SACKED", "eusebio-di-francesco venezia AGREED");
    assertThat(pairs(run("en", "", "Lecce hire Marco Giampaolo after sacking Luca Gotti.")))
        .contains("luca-gotti lecce SACKED", "marco-giampaolo lecce AGREED")
        .doesNotContain("marco-giampaolo lecce SACKED");
  }

  @Test
  void thePredecessorNamedAsAnObjectIsNotTheSuccessorsBench() {
    // "sostituisce X sulla panchina della Roma": the bench cue is about the subject, X left it
    assertThat(
            pairs(
                run("it", "", "Claudio Ranieri sostituisce Ivan Juric sulla panchina della Roma.")))
        .contains("ivan-juric roma LEFT", "claudio-ranieri roma COACHES")
        .doesNotContain("ivan-juric roma COACHES");
    // "after replacing X": X is the object of his own verb, not who took the team somewhere
    assertThat(pairs(run("en", "", "He took Germany to Qatar after replacing Joachim Löw.")))
        .doesNotContain("joachim-low nazionale-germania COACHES");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "He took Spain to Qatar after replacing Luis Enrique in the summer.")))
        .doesNotContain("luis-enrique nazionale-spagna COACHES");
  }

  @Test
  void theRoleAfterASuccessionIsTheSuccessors() {
    // "Y replaces X as Everton manager": the apposition's role is Y's, X is the verb's object
    assertThat(pairs(run("en", "", "Sean Dyche replaces Marco Silva as Everton manager.")))
        .contains("sean-dyche everton COACHES", "marco-silva everton LEFT");
    assertThat(pairs(run("en", "", "Paolo Vanoli succeeds Ivan Juric as Torino boss.")))
        .contains("paolo-vanoli torino COACHES", "ivan-juric torino LEFT");
  }
}
