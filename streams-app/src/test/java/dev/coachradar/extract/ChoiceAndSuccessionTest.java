package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A team's choice passes over the other candidates; a successor's cue ends the predecessor's spell.
 * Sentences written for the test, with coaches and clubs in new combinations.
 */
class ChoiceAndSuccessionTest {

  @Test
  void aChoiceTurnsDownTheCandidatesLinkedBefore() {
    assertThat(pairs(run("en", "", "Leeds considered Marco Silva but opted for Sean Dyche.")))
        .contains("marco-silva leeds REJECTED")
        .doesNotContain("marco-silva leeds LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva was sounded out by Leeds. The board went with Sean Dyche instead.")))
        .contains("marco-silva leeds REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Fabio Grosso è nel mirino del Lecce. I salentini hanno poi scelto Paolo"
                        + " Zanetti.")))
        .contains("fabio-grosso lecce REJECTED", "paolo-zanetti lecce AGREED");
  }

  @Test
  void thePronounAChoiceIsPreferredOverIsThePassedOverCandidate() {
    assertThat(
            pairs(run("en", "", "Marco Silva was sounded out. Leeds chose Sean Dyche over him.")))
        .contains("marco-silva leeds REJECTED", "sean-dyche leeds AGREED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Fabio Grosso era stato accostato al Lecce, ma il Lecce gli aveva preferito"
                        + " Paolo Zanetti.")))
        .contains("fabio-grosso lecce REJECTED", "paolo-zanetti lecce COACHES");
  }

  @Test
  void aChoiceNotYetMadeOnlyLinks() {
    assertThat(
            pairs(run("en", "", "Marco Silva is wanted by Leeds, who could opt for Sean Dyche.")))
        .contains("marco-silva leeds LINKED", "sean-dyche leeds LINKED")
        .doesNotContain("marco-silva leeds REJECTED");
    assertThat(pairs(run("en", "", "Sean Dyche chose to stay at Everton.")))
        .noneMatch(p -> p.contains("AGREED"));
  }

  @Test
  void aSuccessorCueEndsThePredecessorsSpellAtTheNamedBench() {
    assertThat(pairs(run("en", "", "Sean Dyche replaces Marco Silva at Everton.")))
        .contains("marco-silva everton LEFT");
    assertThat(pairs(run("en", "", "Sean Dyche took over from Marco Silva at Everton in January.")))
        .contains("marco-silva everton LEFT");
    assertThat(pairs(run("it", "", "Fabio Grosso prende il posto di Paolo Zanetti al Sassuolo.")))
        .contains("paolo-zanetti sassuolo LEFT")
        .doesNotContain("fabio-grosso sassuolo LEFT");
  }

  @Test
  void recalledHistoryIsALeftSpell() {
    assertThat(pairs(run("it", "", "Ai tempi del Sassuolo Paolo Zanetti vinse poco.")))
        .containsExactly("paolo-zanetti sassuolo LEFT");
    assertThat(pairs(run("en", "", "During his spell at Everton, Marco Silva won little.")))
        .containsExactly("marco-silva everton LEFT");
  }
}
