package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Folded word tokens are the folded characters of their span, however often a word recurs. */
class TokensTest {

  /** The folded form of a word's span, computed apart from the tokenizer. */
  private static String folded(final String span) {
    final StringBuilder b = new StringBuilder();
    for (int k = 0; k < span.length(); k++) {
      final char c = span.charAt(k);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      final char f = Text.fold(c);
      b.append(f == 'ß' ? "ss" : String.valueOf(f));
    }
    return b.toString();
  }

  private static void assertFoldedSpans(final Tokens t) {
    for (int k = 0; k < t.size; k++) {
      if (t.isWord(k)) {
        assertThat(t.norm[k]).isEqualTo(folded(t.text.substring(t.start[k], t.end[k])));
      } else {
        assertThat(t.norm[k]).isEqualTo(t.text.substring(t.start[k], t.end[k]));
      }
    }
  }

  @Test
  void recurringWordsKeepTheirFoldedForm() {
    final Tokens it =
        Tokens.of("La Lazio esonera Sarri. La LAZIO sceglie Baroni, la Lazio è d'accordo.");
    assertThat(it.norm)
        .startsWith("la", "lazio", "esonera", "sarri", ".", "la", "lazio", "sceglie", "baroni");
    assertFoldedSpans(it);
    final Tokens en = Tokens.of("The Città club: the CITTA club and Müller, the club's coach.");
    assertThat(en.norm).startsWith("the", "citta", "club", ":", "the", "citta", "club");
    assertFoldedSpans(en);
  }

  @Test
  void randomWordsOfEveryLengthFoldToTheirSpans() {
    final String letters = "abcÀÉèìòùßZQxyÖü0123";
    final Random random = new Random(11);
    for (int round = 0; round < 200; round++) {
      final StringBuilder b = new StringBuilder();
      final int words = random.nextInt(300);
      for (int w = 0; w < words; w++) {
        final int length = 1 + random.nextInt(random.nextInt(6) == 0 ? 40 : 4);
        for (int k = 0; k < length; k++) {
          b.append(letters.charAt(random.nextInt(letters.length())));
        }
        b.append(random.nextInt(8) == 0 ? ". " : " ");
      }
      assertFoldedSpans(Tokens.of(b.toString()));
    }
  }
}
