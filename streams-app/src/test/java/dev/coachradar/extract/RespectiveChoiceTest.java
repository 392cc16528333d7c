package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "hanno scelto rispettivamente A e B", "appointed A and B respectively": the teams and the coaches
 * of a respective choice pair up in order, each coach holding the bench of his own team. Sentences
 * written for the test.
 */
class RespectiveChoiceTest {

  @Test
  void italianTeamsPairWithTheCoachesTheyChoseInOrder() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri è ancora libero. In estate lo avevano cercato il Torino e il"
                        + " Genoa, che hanno poi scelto rispettivamente Paolo Vanoli e Patrick"
                        + " Vieira.")))
        .contains(
            "paolo-vanoli torino COACHES",
            "patrick-vieira genoa COACHES",
            "maurizio-sarri torino REJECTED",
            "maurizio-sarri genoa REJECTED")
        .doesNotContain(
            "paolo-vanoli genoa COACHES",
            "patrick-vieira torino COACHES",
            "paolo-vanoli genoa AGREED",
            "patrick-vieira torino AGREED");
  }

  @Test
  void englishTeamsPairWithTheCoachesTheyAppointedInOrder() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva was out of work all summer. He was approached by Southampton and"
                        + " Swansea, who opted for Russell Martin and Steve Cooper respectively.")))
        .contains(
            "russell-martin southampton COACHES",
            "steve-cooper swansea COACHES",
            "marco-silva southampton REJECTED")
        .doesNotContain("russell-martin swansea COACHES", "steve-cooper southampton COACHES");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Southampton and Swansea have since appointed Russell Martin and Steve Cooper"
                        + " respectively.")))
        .contains("russell-martin southampton COACHES", "steve-cooper swansea COACHES")
        .doesNotContain("russell-martin swansea AGREED", "steve-cooper southampton AGREED");
  }

  @Test
  void aPossibleRespectiveChoicePairsNobody() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Southampton and Swansea could opt for Russell Martin and Steve Cooper"
                        + " respectively.")))
        .doesNotContain("russell-martin southampton COACHES", "steve-cooper swansea COACHES");
  }

  @Test
  void aRespectiveChoiceWithUnevenListsPairsNobody() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino e il Genoa hanno scelto rispettivamente Paolo Vanoli, Patrick"
                        + " Vieira e Davide Nicola.")))
        .doesNotContain(
            "paolo-vanoli torino COACHES",
            "patrick-vieira genoa COACHES",
            "davide-nicola genoa COACHES");
  }
}
