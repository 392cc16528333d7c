package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A reference opening a sentence ("The former Burnley manager", "L'ex tecnico del Verona", "per
 * lui") continues the coach the last sentence was about, not the article's most named coach.
 * Sentences written for the test.
 */
class SentenceCentreTest {

  @Test
  void aRoleReferenceOpeningASentenceIsTheSubjectOfTheSentenceBefore() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds have named Marco Silva as their head coach. Silva signed a three-year"
                        + " deal on Monday. Silva will meet the squad tomorrow. Meanwhile Sean"
                        + " Dyche has agreed to replace Silva at Fulham. The former Burnley"
                        + " manager will be presented on Friday.")))
        .contains("sean-dyche burnley LEFT")
        .noneMatch(p -> p.startsWith("marco-silva burnley"));
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Torino ha scelto Paolo Vanoli. Vanoli ha firmato un biennale. Vanoli"
                        + " arriverà lunedì. Intanto Marco Baroni ha preso il posto di Vanoli al"
                        + " Venezia. L'ex tecnico del Verona è atteso in città venerdì.")))
        .contains("marco-baroni verona LEFT")
        .noneMatch(p -> p.startsWith("paolo-vanoli verona"));
  }

  @Test
  void aPronounInTheNextSentenceFollowsTheCoachAQuestionRaised() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Genoa ha scelto Patrick Vieira. Vieira ha firmato un biennale. Vieira"
                        + " arriverà lunedì. E Gilardino? Per lui si parla del Pisa, che lo ha"
                        + " contattato.")))
        .contains("alberto-gilardino pisa LINKED")
        .noneMatch(p -> p.startsWith("patrick-vieira pisa"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Fulham have appointed Marco Silva. Silva signed a two-year deal. Silva"
                        + " arrives on Monday. And Dyche? Everton have contacted him.")))
        .contains("sean-dyche everton LINKED")
        .noneMatch(p -> p.startsWith("marco-silva everton"));
  }

  @Test
  void aRoleReferenceAfterAPrepositionDoesNotTakeACoachNamedInAnAside() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Massimiliano Allegri è libero. Allegri aspetta una chiamata. Allegri studia"
                        + " l'inglese. La Roma, dopo la separazione con Juric, ha puntato su"
                        + " Ranieri. Resta la pista estera per l'ex allenatore della Juventus.")))
        .noneMatch(p -> p.startsWith("ivan-juric juventus"));
  }
}
