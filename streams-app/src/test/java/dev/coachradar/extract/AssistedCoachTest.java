package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Henry, who worked as Martinez's assistant, ... his spell at Monaco", "Henry, il vice di
 * Martinez, ... lui è stato esonerato dal Monaco": the coach someone assisted is not who the clause
 * is about, so the references after him go on with the assistant and the assistant's club is not
 * the head coach's. Sentences written for the test.
 */
class AssistedCoachTest {

  @Test
  void aPossessiveAssistantKeepsTheSentencesPronounsForTheAssistant() {
    assertThat(
            pairs(
                run(
                    "en",
                    "Portugal name Martinez",
                    "Portugal have appointed Roberto Martinez. Thierry Henry, who worked as"
                        + " Martinez's assistant for years, was considered for the role, but the"
                        + " board worried about his limited experience after an unhappy stint at"
                        + " Monaco.")))
        .contains("thierry-henry monaco LEFT")
        .doesNotContain("roberto-martinez monaco LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Thierry Henry, Martinez's number two for six years, is a candidate,"
                        + " although his only spell in charge ended at Monaco.")))
        .noneMatch(p -> p.startsWith("roberto-martinez monaco"));
  }

  @Test
  void anItalianAssistantOfKeepsTheSentencesPronounsForTheAssistant() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Il Portogallo sceglie Martinez",
                    "Il Portogallo ha scelto Roberto Martinez. Thierry Henry, per anni il vice di"
                        + " Martinez, è in corsa, anche se lui è stato esonerato dal Monaco nel"
                        + " 2019.")))
        .contains("thierry-henry monaco SACKED")
        .doesNotContain("roberto-martinez monaco SACKED");
  }

  @Test
  void aPossessiveThatIsNoAssistantLeavesTheCoachTheSubject() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Pep Guardiola's two titles with Barcelona came before he left the club in"
                        + " 2012.")))
        .contains("pep-guardiola barcellona LEFT");
  }
}
