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

  /** The article's club, named twice so that it is the topic, and its new coach. */
  private static final String CLUB =
      "Il Torino ha scelto Paolo Vanoli, il nuovo allenatore del Torino. ";

  /** The pairs of an article on the club, its first sentence {@link #CLUB}. */
  private static java.util.List<String> atClub(String rest) {
    return pairs(run("it", "", CLUB + rest));
  }

  @Test
  void anInterimGoingBackToTheYouthSideLeftTheFirstTeam() {
    assertThat(
            atClub(
                "Torna invece al settore giovanile Marco"
                    + " Giampaolo, che aveva guidato la prima squadra per due partite."))
        .contains("paolo-vanoli torino AGREED", "marco-giampaolo torino LEFT");
    assertThat(
            atClub(
                "Marco Giampaolo, che aveva guidato la"
                    + " squadra ad interim, torna a occuparsi della Primavera."))
        .contains("marco-giampaolo torino LEFT");
  }

  @Test
  void aWinOverATeamMakesItAnOpponentNotTheBenchHeLeft() {
    assertThat(
            atClub(
                "Marco Giampaolo, che ha guidato la squadra"
                    + " con una vittoria sul Genoa, torna a occuparsi dell'Under 21."))
        .contains("marco-giampaolo torino LEFT")
        .noneMatch(p -> p.startsWith("marco-giampaolo genoa"));
  }

  @Test
  void anOpponentNamedInTheSentenceDoesNotHideTheClub() {
    assertThat(
            atClub(
                "Torna invece al settore giovanile Marco Giampaolo, che ha guidato la prima"
                    + " squadra nella sfida con il Genoa."))
        .contains("marco-giampaolo torino LEFT")
        .noneMatch(p -> p.startsWith("marco-giampaolo genoa"));
  }
}
