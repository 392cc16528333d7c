package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How a candidacy ends in the body: a rumour denied or silenced ("spegne le voci", "dismissed
 * speculation"), talks that fell through after the candidacy was told ("i contatti sono saltati",
 * "talks fell apart"), and a link conceded to the bench he keeps ("nonostante l'interesse della
 * Fiorentina", "despite interest from Tottenham"): the move is off (REJECTED). Sentences written
 * for the test.
 */
class CandidacyOutcomeTest {

  @Test
  void rumourDeniedOrSilenced() {
    assertThat(
            pairs(
                "it",
                "Alberto Gilardino spegne le voci su un interesse della Fiorentina: resto al Genoa."))
        .contains("alberto-gilardino fiorentina REJECTED")
        .doesNotContain("alberto-gilardino fiorentina LINKED");
    assertThat(
            pairs(
                "en",
                "Thomas Frank dismissed speculation linking him with Tottenham and said he is happy"
                    + " at Brentford."))
        .contains("thomas-frank tottenham REJECTED")
        .doesNotContain("thomas-frank tottenham SACKED");
    assertThat(
            pairs(
                "en",
                "Brentford head coach Thomas Frank has played down reports of interest from"
                    + " Tottenham."))
        .contains("thomas-frank tottenham REJECTED", "thomas-frank brentford COACHES");
  }

  @Test
  void talksThatFellThrough() {
    assertThat(
            pairs(
                "it",
                "I contatti tra la Fiorentina e Alberto Gilardino sono saltati per la clausola."))
        .contains("alberto-gilardino fiorentina REJECTED");
    assertThat(pairs("it", "La trattativa tra Alberto Gilardino e la Fiorentina è naufragata."))
        .contains("alberto-gilardino fiorentina REJECTED");
  }

  @Test
  void linkConcededToTheBenchHeKeeps() {
    assertThat(
            pairs(
                "it",
                "Alberto Gilardino ha preferito restare al Genoa, nonostante l'interesse della"
                    + " Fiorentina."))
        .contains("alberto-gilardino genoa COACHES", "alberto-gilardino fiorentina REJECTED");
    assertThat(
            pairs("en", "Thomas Frank chose to stay at Brentford despite interest from Tottenham."))
        .contains("thomas-frank brentford COACHES", "thomas-frank tottenham REJECTED");
  }

  @Test
  void aLinkThatIsNotConcededStands() {
    assertThat(
            pairs(
                "en",
                "Tottenham remain interested in Thomas Frank despite his new contract at"
                    + " Brentford."))
        .contains("thomas-frank tottenham LINKED");
    assertThat(
            pairs(
                "it",
                "Nonostante l'interesse della Roma, Vincenzo Italiano resta in corsa per la"
                    + " panchina del Napoli."))
        .contains("vincenzo-italiano roma LINKED");
  }

  @Test
  void successorPresentedIsAppointed() {
    assertThat(
            pairs(
                "it",
                "Il Paris Saint-Germain ha annunciato l'esonero di Christophe Galtier e qualche ora"
                    + " più tardi ha presentato il suo successore: Luis Enrique."))
        .contains("luis-enrique psg AGREED")
        .doesNotContain("luis-enrique psg LINKED");
    assertThat(
            pairs(
                "en",
                "Brighton confirmed the departure of Roberto De Zerbi and unveiled his successor,"
                    + " Fabian Hürzeler, on Thursday."))
        .contains("fabian-hurzeler brighton AGREED");
    assertThat(
            pairs(
                "it",
                "Il Bologna cerca il successore di Thiago Motta: in pole c'è Vincenzo Italiano."))
        .contains("vincenzo-italiano bologna LINKED");
  }

  @Test
  void renewalInTheSubjunctive() {
    assertThat(
            pairs(
                "it",
                "Paulo Sousa era stato vicino alla Lazio in primavera, prima che Maurizio Sarri"
                    + " rinnovasse il suo contratto."))
        .contains("maurizio-sarri lazio COACHES");
  }

  @Test
  void teamChoiceInThePresent() {
    assertThat(
            pairs(
                "it",
                "Il Bari si affida all'esperienza di Marco Giampaolo. Il Bari aveva sondato anche"
                    + " Fabio Cannavaro."))
        .contains("marco-giampaolo bari AGREED", "fabio-cannavaro bari REJECTED");
    assertThat(pairs("it", "Il Bari potrebbe affidarsi a Marco Giampaolo."))
        .contains("marco-giampaolo bari LINKED");
    assertThat(pairs("it", "La Juventus si affida a Dusan Vlahovic per la sfida di domani."))
        .isEmpty();
  }
}
