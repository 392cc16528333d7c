package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "il suo allenatore", "il suo tecnico": a club's own coach, referred to in a sentence that has
 * just named a coach, is that coach (the candidate the club keeps), not the article's protagonist.
 * Sentences written for the test.
 */
class OwnCoachReferenceTest {

  /** An article whose protagonist is Davide Nicola, named three times before the sentence. */
  private static final String PROTAGONIST =
      "Il Torino ha scelto Davide Nicola. Davide Nicola ha firmato un biennale. Per Nicola è un"
          + " ritorno in granata. ";

  @Test
  void aClubKeepingItsCoachKeepsTheCoachTheSentenceNamed() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    PROTAGONIST
                        + "Il sondaggio per Paolo Vanoli si è fermato davanti al Venezia, che non"
                        + " ha voluto liberare il suo allenatore.")))
        .contains("paolo-vanoli venezia COACHES")
        .doesNotContain("davide-nicola venezia COACHES", "davide-nicola venezia LEAVING");
  }

  @Test
  void aClubThatWillNotLetItsTrainerGoKeepsTheCoachTheSentenceNamed() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    PROTAGONIST
                        + "Anche l'idea Patrick Vieira è tramontata quando il Genoa ha fatto sapere"
                        + " di non voler liberare il suo tecnico.")))
        .contains("patrick-vieira genoa COACHES")
        .doesNotContain("davide-nicola genoa COACHES", "davide-nicola genoa LEAVING");
  }
}
