package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A candidate named beside another ("insieme a X", "affiancato ... da X", "ahead of X") shares the
 * candidacy; a coach heading to a team in a headline ("X verso la Lazio") is a candidate. Sentences
 * written for the test.
 */
class CompanionCandidateTest {

  @Test
  void aCoachNamedBesideACandidateSharesTheCandidacy() {
    assertThat(
            pairs(run("it", "", "Il Napoli pensa a Maurizio Sarri insieme a Vincenzo Italiano.")))
        .containsExactlyInAnyOrder(
            "maurizio-sarri napoli LINKED", "vincenzo-italiano napoli LINKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Lazio è alla ricerca di un tecnico: Maurizio Sarri è il candidato della"
                        + " Lazio, affiancato nella lista dei desideri solo da Vincenzo Italiano.")))
        .containsExactlyInAnyOrder("maurizio-sarri lazio LINKED", "vincenzo-italiano lazio LINKED");
    assertThat(pairs(run("en", "", "Chelsea want Thomas Tuchel ahead of Jürgen Klopp.")))
        .containsExactlyInAnyOrder("thomas-tuchel chelsea LINKED", "jurgen-klopp chelsea LINKED");
  }

  @Test
  void aCompanionInAnotherClauseOrAfterOtherWordsSharesNothing() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Antonio Conte è stato accostato al Milan, dove ha lavorato insieme a Carlo"
                        + " Ancelotti.")))
        .containsExactly("antonio-conte milan LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Arne Slot is wanted by Liverpool ahead of Saturday's game against Mikel"
                        + " Arteta.")))
        .doesNotContain("mikel-arteta liverpool LINKED");
  }

  @Test
  void aCoachHeadingToATeamIsACandidate() {
    assertThat(pairs(run("it", "", "Maurizio Sarri verso la Lazio: contatti avviati.")))
        .containsExactly("maurizio-sarri lazio LINKED");
    assertThat(pairs(run("it", "", "Il Napoli di Antonio Conte verso la trasferta di Bergamo.")))
        .containsExactly("antonio-conte napoli COACHES");
  }
}
