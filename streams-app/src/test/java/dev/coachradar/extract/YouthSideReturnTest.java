package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An interim coach going back to the club's youth side ("torna al settore giovanile X"): his spell
 * with the first team of the club the article is about has ended. Short invented texts.
 */
class YouthSideReturnTest {

  @Test
  void anInterimGoingBackToTheYouthSideLeftTheFirstTeam() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Paolo Vanoli, il nuovo allenatore del Torino. Torna"
                        + " invece al settore giovanile Marco"
                        + " Giampaolo, che aveva guidato la prima squadra per due partite.")))
        .contains("paolo-vanoli torino AGREED", "marco-giampaolo torino LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Paolo Vanoli, il nuovo allenatore del Torino. Marco"
                        + " Giampaolo, che aveva guidato la"
                        + " squadra ad interim, torna a occuparsi della Primavera.")))
        .contains("marco-giampaolo torino LEFT");
  }

  @Test
  void aWinOverATeamMakesItAnOpponentNotTheBenchHeLeft() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Paolo Vanoli, il nuovo allenatore del Torino. Marco"
                        + " Giampaolo, che ha guidato la squadra"
                        + " con una vittoria sul Genoa, torna a occuparsi dell'Under 21.")))
        .contains("marco-giampaolo torino LEFT")
        .noneMatch(p -> p.startsWith("marco-giampaolo genoa"));
  }

  @Test
  void anOpponentNamedInTheSentenceDoesNotHideTheClub() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Paolo Vanoli, il nuovo allenatore del Torino. Torna"
                        + " invece al settore giovanile Marco Giampaolo, che ha guidato la prima"
                        + " squadra nella sfida con il Genoa.")))
        .contains("marco-giampaolo torino LEFT")
        .noneMatch(p -> p.startsWith("marco-giampaolo genoa"));
  }
}
