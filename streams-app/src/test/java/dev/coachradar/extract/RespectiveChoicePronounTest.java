package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The last of the coaches a respective choice picked ("hanno scelto rispettivamente A e B") is a
 * chosen one: the pronoun of a later choice ("gli ha preferito X") is not him but the coach the
 * passage is about. Sentences written for the test.
 */
class RespectiveChoicePronounTest {

  @Test
  void thePronounOfALaterChoiceSkipsTheCoachesPickedBefore() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Fabio Pecchia, un inverno da spettatore",
                    "Fabio Pecchia aspetta l'estate. A settembre il suo nome era stato accostato al"
                        + " Genoa e al Torino, che hanno poi scelto rispettivamente Patrick Vieira"
                        + " e Paolo Vanoli; in estate era finito anche nella lista del Parma, che"
                        + " gli aveva preferito Cristian Chivu.")))
        .contains("fabio-pecchia parma REJECTED", "cristian-chivu parma COACHES")
        .doesNotContain("paolo-vanoli parma REJECTED");
    assertThat(
            pairs(
                run(
                    "it",
                    "Fabio Pecchia resta fermo",
                    "Per Fabio Pecchia un'altra estate di attesa. Genoa, Torino e Cagliari hanno"
                        + " scelto rispettivamente Patrick Vieira, Paolo Vanoli e Davide Nicola; il"
                        + " Parma, che lo aveva sondato, gli ha preferito Cristian Chivu.")))
        .contains("fabio-pecchia parma REJECTED", "davide-nicola cagliari COACHES")
        .doesNotContain("davide-nicola parma REJECTED");
  }
}
