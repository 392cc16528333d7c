package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Past benches told with forms of leaving that are not the usual ones: the passato remoto of a
 * biography, a club announcing the end of its relationship with the coach, and the club a coach
 * arrives or joins from. Sentences written for the test.
 */
class PastBenchLexiconTest {

  @Test
  void thePassatoRemotoOfLeavingIsAPastBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Claudio Ranieri, che lasciò il Valencia nel 2005, torna a parlare di calcio.")))
        .contains("claudio-ranieri valencia LEFT");
    assertThat(pairs(run("it", "", "Nel 2009 Luciano Spalletti si dimise dalla Roma.")))
        .contains("luciano-spalletti roma LEFT");
  }

  @Test
  void aClubAnnouncingTheEndOfItsRelationshipWithTheCoachIsLeftNotAnAppointment() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha comunicato ufficialmente la fine del rapporto con Alberto"
                        + " Gilardino.")))
        .contains("alberto-gilardino genoa LEFT")
        .doesNotContain("alberto-gilardino genoa AGREED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha ufficializzato la separazione da Ivan Juric dopo quattro"
                        + " stagioni.")))
        .contains("ivan-juric torino LEFT")
        .doesNotContain("ivan-juric torino AGREED");
    assertThat(pairs(run("it", "", "La Sampdoria ufficializza l'addio di Andrea Pirlo.")))
        .contains("andrea-pirlo sampdoria LEFT")
        .doesNotContain("andrea-pirlo sampdoria AGREED");
  }

  @Test
  void theClubACoachArrivesOrJoinsFromIsHisPastBench() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds have confirmed that Daniel Farke arrives from Norwich after a long"
                        + " search.")))
        .contains("daniel-farke norwich LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Kieran McKenna joins from Ipswich on a four-year contract, the club said.")))
        .contains("kieran-mckenna ipswich LEFT")
        .doesNotContain("kieran-mckenna ipswich AGREED");
  }

  @Test
  void aFullStopInsideAClubsNameEndsNoSentence() {
    final Tokens t = Tokens.of("Hürzeler arrives from St. Pauli, where he won promotion.");
    assertThat(t.sentences).isEqualTo(1);
    assertThat(pairs(run("en", "", "Hürzeler arrives from St. Pauli, where he won promotion.")))
        .contains("fabian-hurzeler st-pauli LEFT");
    assertThat(pairs(run("it", "", "Il St. Pauli ha esonerato Alexander Blessin.")))
        .contains("alexander-blessin st-pauli SACKED");
  }
}
