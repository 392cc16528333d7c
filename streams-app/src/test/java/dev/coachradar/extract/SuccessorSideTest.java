package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A past bench told from the successor's side, inside a coach's career: the predecessor he replaced
 * there left that bench, the one named after the predecessor ("took over from X at Y") or the one
 * the "where" clause hangs on, even when a country follows the club ("Al Nassr in Saudi Arabia").
 * Invented texts.
 */
class SuccessorSideTest {

  @Test
  void theBenchNamedAfterThePredecessorIsTheOneHeLeft() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Lazio have appointed Stefano Pioli, who took over from Luís Castro at Al Nassr"
                        + " in 2025.")))
        .contains("stefano-pioli lazio AGREED", "luis-castro al-nassr LEFT")
        .doesNotContain("luis-castro lazio LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Marsiglia ha scelto Paulo Fonseca, che nel 2023 era subentrato a Igor Tudor"
                        + " al Lilla.")))
        .contains("paulo-fonseca marsiglia AGREED", "igor-tudor lilla LEFT")
        .doesNotContain("igor-tudor marsiglia LEFT");
  }

  @Test
  void anActiveReplacedNamesThePredecessor() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Lazio have appointed Stefano Pioli. He later moved to Al Nassr in Saudi Arabia,"
                        + " where he replaced Luís Castro.")))
        .contains("luis-castro al-nassr LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Marsiglia ha scelto Paulo Fonseca. Al Lilla sostituì Igor Tudor nel"
                        + " 2023.")))
        .contains("igor-tudor lilla LEFT");
  }

  @Test
  void aCountryAfterTheClubIsWhereItPlaysNotTheBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Lazio ha scelto Stefano Pioli. Il tecnico ha allenato l'Al Sadd in Qatar,"
                        + " dove ha sostituito Laurent Blanc.")))
        .contains("laurent-blanc al-sadd LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Lazio have appointed Stefano Pioli. He coached Al Sadd in Qatar, where he"
                        + " succeeded Laurent Blanc.")))
        .contains("laurent-blanc al-sadd LEFT");
  }

  @Test
  void aPredecessorNamedInTheListDoesNotTakeTheListFromTheCoachItIsAbout() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Lazio ha scelto Stefano Pioli. Poi le esperienze alla Fiorentina e all'Al"
                        + " Nassr, dove ha sostituito Luís Castro, e il ritorno in Italia.")))
        .contains(
            "stefano-pioli fiorentina LEFT",
            "stefano-pioli al-nassr LEFT",
            "luis-castro al-nassr LEFT")
        .doesNotContain("luis-castro fiorentina LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Marsiglia ha scelto Paulo Fonseca. In carriera le esperienze al Lilla e alla"
                        + " Roma, dove aveva sostituito Eusebio Di Francesco.")))
        .contains(
            "paulo-fonseca lilla LEFT",
            "paulo-fonseca roma LEFT",
            "eusebio-di-francesco roma LEFT");
  }

  @Test
  void thePassiveNamesTheSuccessorNotAPredecessor() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Luís Castro was replaced at Al Nassr by Stefano Pioli, the former Milan"
                        + " coach.")))
        .doesNotContain("stefano-pioli al-nassr LEFT");
    assertThat(pairs(run("en", "", "At Lille, Paulo Fonseca has been replaced by Igor Tudor.")))
        .doesNotContain("igor-tudor lilla LEFT");
  }

  @Test
  void aBenchCoordinatedWithPastSpellsIsPastToo() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Sevilla have appointed Paulo Fonseca. He previously coached Lille and Roma,"
                        + " winning a trophy with neither, and took Shakhtar Donetsk to the"
                        + " Champions League after replacing Mircea Lucescu.")))
        .contains(
            "paulo-fonseca lilla LEFT",
            "paulo-fonseca roma LEFT",
            "paulo-fonseca shakhtar-donetsk LEFT",
            "mircea-lucescu shakhtar-donetsk LEFT")
        .doesNotContain("paulo-fonseca shakhtar-donetsk COACHES");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Siviglia ha scelto Paulo Fonseca. In passato ha allenato il Lilla e la Roma,"
                        + " e guidato lo Shakhtar Donetsk in Champions League.")))
        .contains("paulo-fonseca shakhtar-donetsk LEFT")
        .doesNotContain("paulo-fonseca shakhtar-donetsk COACHES");
  }
}
