package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** A word list asked by a token's vocabulary number answers as its {@code Set.of} does. */
class WordSetTest {

  private static void assertSameAnswers(
      final WordSet words, final Set<String> reference, Tokens t) {
    for (int k = 0; k < t.size; k++) {
      assertThat(words.has(t, k))
          .as("token %d '%s'", k, t.norm[k])
          .isEqualTo(reference.contains(t.norm[k]));
    }
  }

  @Test
  void answersAsTheSetOfTheSameWords() {
    final Set<String> reference = Set.of("ma", "pero", "but", "however", ",", "wordsetzz");
    final WordSet words = WordSet.of("ma", "pero", "but", "however", ",", "wordsetzz");
    assertThat(words).isEqualTo(reference);
    assertSameAnswers(
        words,
        reference,
        Tokens.of("Il Milan ci pensa, però Conte resta; ma il club aspetta. Wordsetzz, anyway."));
    assertSameAnswers(
        words,
        reference,
        Tokens.of("But the club waits, however long it takes: Conte stays, but not for long."));
  }

  @Test
  void answersForATextReadBeforeTheListWasMade() {
    // the text's words are numbered before the list numbers its own words (vocabulary grows)
    final Tokens early =
        Tokens.of("Nessuno ha detto wordsetqq, anzi: wordsetqq no. Nobody said so.");
    final Set<String> reference = Set.of("wordsetqq", "nobody", "so");
    final WordSet words = WordSet.of("wordsetqq", "nobody", "so");
    assertSameAnswers(words, reference, early);
    assertThat(words.has(early, 3)).isTrue();
  }
}
