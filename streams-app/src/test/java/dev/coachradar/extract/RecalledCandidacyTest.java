package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A candidacy recalled in the past perfect ("aveva sondato anche X", "era stato accostato alla
 * Fiorentina", "had held talks with X", "had been linked with Tottenham") is closed (REJECTED) when
 * the article's present says otherwise: the team appointed someone else, or the coach holds or
 * agreed another bench. Told in the present, or with nothing else said, the link stays LINKED, even
 * beside an appointment (which may be an interim's). Sentences written for the test.
 */
class RecalledCandidacyTest {

  @Test
  void teamAppointedSomeoneElse() {
    assertThat(
            pairs(
                "it",
                "Marco Giampaolo è il nuovo allenatore del Bari. Nei giorni scorsi il Bari aveva"
                    + " sondato anche Fabio Cannavaro."))
        .contains("marco-giampaolo bari AGREED", "fabio-cannavaro bari REJECTED");
    assertThat(
            pairs(
                "en",
                "Brighton have appointed Kieran McKenna as their new head coach. The club had also"
                    + " held talks with Thomas Frank."))
        .contains("kieran-mckenna brighton AGREED", "thomas-frank brighton REJECTED");
  }

  @Test
  void coachHoldsAnotherBench() {
    assertThat(
            pairs(
                "it",
                "Alberto Gilardino ha rinnovato con il Genoa fino al 2027. Nelle ultime settimane"
                    + " il suo nome era stato accostato alla Fiorentina."))
        .contains("alberto-gilardino genoa COACHES", "alberto-gilardino fiorentina REJECTED");
    assertThat(
            pairs(
                "en",
                "Thomas Frank has signed a new contract with Brentford. He had been linked with"
                    + " Tottenham in the spring."))
        .contains("thomas-frank brentford COACHES", "thomas-frank tottenham REJECTED");
  }

  @Test
  void presentOrUncontradictedLinkStands() {
    assertThat(
            pairs(
                "it",
                "Marco Giampaolo è il nuovo allenatore del Bari. Il Lecce pensa a Fabio"
                    + " Cannavaro."))
        .contains("fabio-cannavaro lecce LINKED");
    assertThat(
            pairs(
                "en",
                "Thomas Frank has signed a new contract with Brentford, but Tottenham are still"
                    + " interested in him."))
        .contains("thomas-frank tottenham LINKED");
    assertThat(
            pairs(
                "it",
                "Il Bari pensa a Fabio Cannavaro, che era stato accostato anche alla Sampdoria."))
        .contains("fabio-cannavaro sampdoria LINKED");
  }

  @Test
  void anAppointmentClosesARecalledCandidacyNotALiveOne() {
    assertThat(
            pairs(
                "en",
                "Brighton appoint Kieran McKenna as head coach. The Ipswich manager signed a"
                    + " four-year deal on Monday. Brighton had also held talks with Thomas Frank."))
        .contains("kieran-mckenna brighton AGREED", "thomas-frank brighton REJECTED");
    assertThat(
            RuleExtractorTest.pairs(
                RuleExtractorTest.run(
                    "en",
                    "Germany sack Flick, Völler to take charge for France friendly",
                    "Germany are in talks with Julian Nagelsmann about the permanent job.")))
        .contains(
            "rudi-voller nazionale-germania AGREED", "julian-nagelsmann nazionale-germania LINKED");
    assertThat(
            RuleExtractorTest.pairs(
                RuleExtractorTest.run(
                    "it",
                    "Juventus, esonerato Allegri: Montero in panchina",
                    "Per la prossima stagione la Juventus è in trattativa con Thiago Motta.")))
        .contains("paolo-montero juventus AGREED", "thiago-motta juventus LINKED");
  }

  @Test
  void signingToldLaterClosesNoLiveCandidacy() {
    assertThat(
            pairs(
                "it",
                "La Fiorentina pensa a Paolo Vanoli. L'alternativa è Roberto D'Aversa. Stefano"
                    + " Pioli ha firmato un triennale con la Fiorentina in estate."))
        .contains("paolo-vanoli fiorentina LINKED", "roberto-d-aversa fiorentina LINKED");
  }
}
