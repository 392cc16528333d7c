package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list of coaches sharing a spell cue goes on across "fino ad arrivare a"; a later item named
 * with its own club ("Y del Genoa", "Y of Brentford") is bound to that club. Sentences written for
 * the test.
 */
class ListItemOwnClubTest {

  @Test
  void aLaterItemNamedWithItsOwnClubIsBoundToIt() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Gli esoneri sono stati tanti, dal Torino che ha esonerato prima Paolo Vanoli e"
                        + " poi Marco Baroni fino ad arrivare a Davide Nicola del Cagliari.")))
        .containsExactlyInAnyOrder(
            "paolo-vanoli torino SACKED",
            "marco-baroni torino SACKED",
            "davide-nicola cagliari SACKED");
    assertThat(pairs(run("en", "", "Chelsea sacked Graham Potter and Thomas Frank of Brentford.")))
        .containsExactlyInAnyOrder("graham-potter chelsea SACKED", "thomas-frank brentford SACKED");
  }

  @Test
  void aListRunCarriesTheListOn() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Roma ha esonerato prima Daniele De Rossi e poi Ivan Juric fino ad arrivare"
                        + " a Claudio Ranieri.")))
        .containsExactlyInAnyOrder(
            "daniele-de-rossi roma SACKED",
            "ivan-juric roma SACKED",
            "claudio-ranieri roma SACKED");
  }

  @Test
  void aCandidateNamedWithHisClubStaysACandidateOfTheCuesTeam() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Milan pensa a Maurizio Sarri e a Vincenzo Italiano del Bologna.")))
        .containsExactlyInAnyOrder("maurizio-sarri milan LINKED", "vincenzo-italiano milan LINKED");
  }
}
