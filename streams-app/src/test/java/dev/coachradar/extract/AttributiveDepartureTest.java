package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "l'esonerato Tudor potrebbe andare al Besiktas", "the sacked Postecoglou": a departure word used
 * as an attribute before a coach's name recalls his last spell, whose club the sentence does not
 * name; the team named later in the sentence is his next move, not the club that sacked him.
 * Sentences written for the test.
 */
class AttributiveDepartureTest {

  @Test
  void attributiveSackingIsNotTheNextClubs() {
    assertThat(pairs("it", "L'esonerato Igor Tudor potrebbe andare al Besiktas a gennaio."))
        .doesNotContain("igor-tudor besiktas SACKED");
    assertThat(
            pairs(
                "en",
                "The sacked Ange Postecoglou could be heading to Besiktas, who have held talks"
                    + " with his agent."))
        .doesNotContain("ange-postecoglou besiktas SACKED");
  }

  @Test
  void attributiveSackingWithNoTeamAfterKeepsTheArticlesClub() {
    assertThat(
            pairs(
                "en",
                "Sevilla confirmed that the coach, who arrived to replace the dismissed Diego"
                    + " Alonso, will stay. Sevilla are safe."))
        .contains("diego-alonso siviglia SACKED");
  }

  @Test
  void predicativeSackingStillBinds() {
    assertThat(pairs("it", "Il Besiktas ha esonerato Igor Tudor dopo la sconfitta nel derby."))
        .contains("igor-tudor besiktas SACKED");
    assertThat(pairs("en", "Besiktas have sacked Ange Postecoglou after the derby defeat."))
        .contains("ange-postecoglou besiktas SACKED");
  }
}
