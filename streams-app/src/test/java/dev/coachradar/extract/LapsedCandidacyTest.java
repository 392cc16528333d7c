package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A candidacy the article says is over is REJECTED, not a live link (ANNOTATION.md rule 1): one
 * that lapsed ("no longer an option", "non è più percorribile", "the idea was shelved"), one closed
 * by the next sentence ("… ha sondato X. Ma la trattativa si è arenata."), and one the coach turned
 * down by renewing with his own club, which stays his bench (COACHES). Sentences written for the
 * test.
 */
class LapsedCandidacyTest {

  @Test
  void aCandidacyThatLapsedIsTurnedDown() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Tottenham held talks with Marco Silva, but the move was never seriously on"
                        + " the table.")))
        .containsExactly("marco-silva tottenham REJECTED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton considered Marco Silva, but the idea was shelved within a week.")))
        .containsExactly("marco-silva everton REJECTED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton sounded out Marco Silva before the club decided to go another way.")))
        .containsExactly("marco-silva everton REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha pensato a Vincenzo Italiano, ma la pista non è più percorribile.")))
        .containsExactly("vincenzo-italiano napoli REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli aveva sondato Vincenzo Italiano, ma l'idea è stata accantonata.")))
        .containsExactly("vincenzo-italiano napoli REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha contattato Vincenzo Italiano, ma la proposta è caduta nel"
                        + " vuoto.")))
        .containsExactly("vincenzo-italiano napoli REJECTED");
  }

  @Test
  void aLapseAloneNamesNobody() {
    assertThat(pairs(run("en", "", "The idea was shelved within a week."))).isEmpty();
    assertThat(pairs(run("it", "", "L'idea è stata accantonata in fretta."))).isEmpty();
  }

  @Test
  void theNextSentenceMayCloseTheCandidacy() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha contattato Vincenzo Italiano. Poi però la trattativa si è"
                        + " arenata.")))
        .containsExactly("vincenzo-italiano napoli REJECTED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Tottenham held talks with Marco Silva in April. The talks never progressed"
                        + " beyond a first meeting.")))
        .containsExactly("marco-silva tottenham REJECTED");
  }

  @Test
  void aClosingSentenceAboutSomeoneElseLeavesTheCandidacyOpen() {
    // a person named first: the next sentence is about him, not about the move just told
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Tottenham held talks with Marco Silva in April. Thomas Frank has moved on"
                        + " from that.")))
        .contains("marco-silva tottenham LINKED");
    // a closing cue deep in a long sentence is not about the sentence before
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha contattato Vincenzo Italiano. Nel frattempo in città si parla"
                        + " soprattutto del mercato dei giocatori, e ogni altra idea è stata"
                        + " accantonata.")))
        .contains("vincenzo-italiano napoli LINKED");
  }

  @Test
  void aRenewalByChoiceTurnsTheSuitorDownAndKeepsTheOwnBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha contattato Vincenzo Italiano, ma il tecnico ha preferito"
                        + " rinnovare con il Bologna.")))
        .containsExactlyInAnyOrder(
            "vincenzo-italiano napoli REJECTED", "vincenzo-italiano bologna COACHES");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha pensato a Vincenzo Italiano, che ha deciso di rinnovare con il"
                        + " Bologna fino al 2027.")))
        .containsExactlyInAnyOrder(
            "vincenzo-italiano napoli REJECTED", "vincenzo-italiano bologna COACHES");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Tottenham held talks with Marco Silva, but he opted to sign a new contract"
                        + " with Fulham.")))
        .containsExactlyInAnyOrder("marco-silva tottenham REJECTED", "marco-silva fulham COACHES");
  }

  @Test
  void aRenewalAloneIsTheOwnBench() {
    assertThat(pairs(run("en", "", "Marco Silva decided to extend his contract with Fulham.")))
        .containsExactly("marco-silva fulham COACHES");
    assertThat(pairs(run("it", "", "Vincenzo Italiano potrebbe rinnovare con il Bologna.")))
        .containsExactly("vincenzo-italiano bologna COACHES");
  }

  @Test
  void aCandidacyToldInTheSimplePastIsOverOnceTheTeamAppointedAnother() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Brighton have appointed Fabian Hurzeler as head coach. The club interviewed"
                        + " Kieran McKenna in May.")))
        .contains("fabian-hurzeler brighton AGREED", "kieran-mckenna brighton REJECTED")
        .doesNotContain("kieran-mckenna brighton LINKED");
    // no appointment: the candidacy stands
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Brighton considered Kieran McKenna. They are expected to appoint a new coach"
                        + " next week.")))
        .containsExactly("kieran-mckenna brighton LINKED");
  }
}
