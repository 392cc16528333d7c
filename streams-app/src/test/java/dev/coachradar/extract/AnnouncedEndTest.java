package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "X non sarà più il ct/tecnico": an announced end, read like "non sarà più l'allenatore"
 * (LEAVING), whatever the role word. Sentences written for the test.
 */
class AnnouncedEndTest {

  @Test
  void anAnnouncedEndIsLeavingWhateverTheRoleWord() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La federazione ha annunciato che Luciano Spalletti non sarà più il ct della"
                        + " Nazionale.")))
        .contains("luciano-spalletti nazionale-italia LEAVING");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il club ha comunicato che Maurizio Sarri non sarà più il tecnico della"
                        + " Lazio.")))
        .contains("maurizio-sarri lazio LEAVING");
  }
}
