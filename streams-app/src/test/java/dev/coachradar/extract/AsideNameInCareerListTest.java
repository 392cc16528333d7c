package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name governed inside an item's aside ("dove raccolse l'eredità di Lippi", "then owned by Peter
 * Lim", "where he took over from X") is the aside's owner or object, not a new subject: the career
 * list goes on past it ({@link ListReading#careerListTail}). Sentences written for the test.
 */
class AsideNameInCareerListTest {

  @Test
  void lEreditaDiUnAltroNonFermaLaLista() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Cannavaro all'Udinese",
                    "L'Udinese ha scelto Fabio Cannavaro. Ha cominciato come vice all'Al Ahli, poi"
                        + " ha allenato il Guangzhou Evergrande, dove raccolse l'eredità di"
                        + " Marcello Lippi, vincendo il campionato cinese, e l'Al Nassr in Arabia"
                        + " Saudita, prima di tornare in Cina al Tianjin Quanjian.")))
        .contains("fabio-cannavaro guangzhou-evergrande LEFT", "fabio-cannavaro al-nassr LEFT")
        .doesNotContain("marcello-lippi al-nassr LEFT");
  }

  @Test
  void theObjectOfAnAsideDoesNotStopTheList() {
    assertThat(
            pairs(
                run(
                    "en",
                    "Udinese turn to Cannavaro",
                    "Udinese have appointed Fabio Cannavaro. He started as an assistant at Al"
                        + " Ahli, then coached Guangzhou Evergrande, where he took over from"
                        + " Marcello Lippi, winning the Chinese league, and Al Nassr in Saudi"
                        + " Arabia.")))
        .contains("fabio-cannavaro al-nassr LEFT")
        .doesNotContain("marcello-lippi al-nassr LEFT");
  }

  @Test
  void anOwnerNamedInAnAsideDoesNotStopTheList() {
    assertThat(
            pairs(
                run(
                    "en",
                    "Leeds turn to Gracia",
                    "Leeds have appointed Javi Gracia. He has coached Valencia, then owned by"
                        + " Peter Lim, and Al Sadd in Qatar.")))
        .contains("javi-gracia valencia LEFT", "javi-gracia al-sadd LEFT");
  }

  @Test
  void aSubjectNamedInAnAsideStillStopsTheList() {
    // "where Lippi had won the league": Lippi is the aside's subject, the list is not sure
    assertThat(
            pairs(
                run(
                    "en",
                    "Udinese turn to Cannavaro",
                    "Udinese have appointed Fabio Cannavaro. He coached Guangzhou Evergrande,"
                        + " where Marcello Lippi had won the league, and Al Nassr.")))
        .doesNotContain("marcello-lippi al-nassr LEFT");
  }
}
