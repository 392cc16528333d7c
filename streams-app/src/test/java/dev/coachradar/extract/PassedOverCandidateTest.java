package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A candidate told through "il suo nome" and passed over by the teams' choices ("gli aveva
 * preferito X", "hanno scelto rispettivamente A e B"). Short invented texts.
 */
class PassedOverCandidateTest {

  @Test
  void ilSuoNomeStandsForTheCoachThePassageIsAbout() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri è senza panchina. Il suo nome è stato accostato alla Roma.")))
        .contains("maurizio-sarri roma LINKED");
  }

  @Test
  void aPronounPassedOverByALaterChoiceIsNotTheCoachAnEarlierChoicePicked() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri è senza panchina. In estate il suo nome era finito sul"
                        + " taccuino del Torino, ma il club aveva poi puntato su Paolo Vanoli; in"
                        + " Inghilterra, invece, il Chelsea gli aveva preferito Enzo Maresca.")))
        .contains("maurizio-sarri torino REJECTED", "maurizio-sarri chelsea REJECTED")
        .doesNotContain("paolo-vanoli chelsea REJECTED");
  }

  @Test
  void teamsThatChoseRespectivelyPassOverTheCandidate() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri è senza panchina. A settembre il suo nome era stato accostato"
                        + " al Torino e al Genoa, che hanno poi scelto rispettivamente Paolo Vanoli"
                        + " e Patrick Vieira.")))
        .contains("maurizio-sarri genoa REJECTED");
  }

  @Test
  void aListOfTeamsRepeatsTheArticulatedPreposition() {
    assertThat(pairs(run("it", "", "Maurizio Sarri è stato accostato al Torino e al Genoa.")))
        .contains("maurizio-sarri torino LINKED", "maurizio-sarri genoa LINKED");
  }

  @Test
  void deniedRumoursInThePluralTurnTheMoveDown() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino cerca un tecnico. Smentite le voci su Maurizio Sarri: nessun"
                        + " contatto con l'entourage.")))
        .contains("maurizio-sarri torino REJECTED")
        .doesNotContain("maurizio-sarri torino LINKED");
  }
}
