package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trie finds, at each word token, the longest phrase starting there, as a plain comparison of
 * folded words would: however many phrases share a first word, whatever was added after a text was
 * tokenized.
 */
class PhraseTrieTest {

  private static PhraseTrie<String> trie(String... phrases) {
    final PhraseTrie<String> trie = new PhraseTrie<>();
    for (String p : phrases) {
      trie.add(Tokens.words(p), p);
    }
    return trie;
  }

  /** The phrases matched left to right, skipping what each match covers. */
  private static List<String> scan(PhraseTrie<String> trie, Tokens t) {
    final List<String> out = new ArrayList<>();
    int k = 0;
    while (k < t.size) {
      final PhraseTrie.Match<String> m = t.isWord(k) ? trie.longestAt(t, k, null) : null;
      if (m == null) {
        k++;
        continue;
      }
      out.add(String.join("+", m.payload()) + "@" + m.from() + "-" + m.to());
      k = m.to();
    }
    return out;
  }

  @Test
  void longestPhraseWinsInBothLanguages() {
    final PhraseTrie<String> trie =
        trie("Lazio", "Lazio Women", "il tecnico", "il tecnico della Lazio", "the manager");
    assertThat(scan(trie, Tokens.of("Il tecnico della Lazio lascia; la Lazio Women no.")))
        .containsExactly("il tecnico della Lazio@0-4", "Lazio Women@7-9");
    assertThat(scan(trie, Tokens.of("The manager of Lazio stays.")))
        .containsExactly("the manager@0-2", "Lazio@3-4");
  }

  @Test
  void aPrefixWithoutPayloadIsNoMatch() {
    final PhraseTrie<String> trie = trie("sulla panchina della Roma");
    assertThat(scan(trie, Tokens.of("sulla panchina del Milan"))).isEmpty();
    assertThat(scan(trie, Tokens.of("Sulla panchina della Roma."))).hasSize(1);
  }

  @Test
  void aFullStopInsideANameIsCrossedButASentenceEndIsNot() {
    final PhraseTrie<String> trie = trie("St. Pauli", "sacked");
    assertThat(scan(trie, Tokens.of("St. Pauli sacked him.")))
        .containsExactly("St. Pauli@0-3", "sacked@3-4");
    assertThat(scan(trie, Tokens.of("Il Sankt St. Pauli"))).containsExactly("St. Pauli@2-5");
  }

  @Test
  void theAcceptedMatchIsTheLongestAccepted() {
    final PhraseTrie<String> trie = trie("could be", "could be sacked");
    final Tokens t = Tokens.of("He could be sacked tomorrow.");
    assertThat(trie.longestAt(t, 1, m -> m.to() - m.from() < 3).payload())
        .containsExactly("could be");
    assertThat(trie.longestAt(t, 1, null).payload()).containsExactly("could be sacked");
    assertThat(trie.longestAt(t, 1, m -> false)).isNull();
  }

  @Test
  void payloadsOfOnePhraseAreKeptOnceEach() {
    final PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add(Tokens.words("la Roma"), "roma");
    trie.add(Tokens.words("La ROMA"), "roma");
    trie.add(Tokens.words("la Roma"), "roma-women");
    assertThat(trie.longestAt(Tokens.of("la Roma"), 0, null).payload())
        .containsExactly("roma", "roma-women");
  }

  @Test
  void wordsAddedAfterATextWasTokenizedAreFound() {
    final Tokens t = Tokens.of("Zxqwvtrainer esonerato, arriva Qwzxvcoach.");
    final PhraseTrie<String> trie = trie("esonerato");
    assertThat(scan(trie, t)).containsExactly("esonerato@1-2");
    // words no trie held when the text was first read
    trie.add(Tokens.words("Zxqwvtrainer"), "a");
    final PhraseTrie<String> other = trie("arriva Qwzxvcoach");
    assertThat(scan(trie, t)).containsExactly("a@0-1", "esonerato@1-2");
    assertThat(scan(other, t)).containsExactly("arriva Qwzxvcoach@3-5");
    // and in a text read afterwards, whose words the tokenizer has met before
    assertThat(scan(trie, Tokens.of("Lo Zxqwvtrainer, esonerato.")))
        .containsExactly("a@1-2", "esonerato@3-4");
  }

  @Test
  void manyPhrasesSharingWordsMatchAsAPlainComparisonDoes() {
    final Random rnd = new Random(7);
    final String[] vocabulary = new String[300];
    for (int i = 0; i < vocabulary.length; i++) {
      vocabulary[i] = "w" + Integer.toString(i * 7919, 36);
    }
    final List<String[]> phrases = new ArrayList<>();
    final PhraseTrie<String> trie = new PhraseTrie<>();
    for (int p = 0; p < 2000; p++) {
      final String[] words = new String[1 + rnd.nextInt(4)];
      for (int w = 0; w < words.length; w++) {
        words[w] = vocabulary[rnd.nextInt(words.length == 1 ? vocabulary.length : 40)];
      }
      phrases.add(words);
      trie.add(words, String.join(" ", words));
    }
    final StringBuilder text = new StringBuilder();
    for (int w = 0; w < 3000; w++) {
      text.append(vocabulary[rnd.nextInt(rnd.nextBoolean() ? 40 : vocabulary.length)]);
      text.append(rnd.nextInt(10) == 0 ? ", " : " ");
    }
    final Tokens t = Tokens.of(text.toString());
    for (int k = 0; k < t.size; k++) {
      if (!t.isWord(k)) {
        continue;
      }
      int longest = 0;
      for (String[] p : phrases) {
        if (p.length > longest && matchesAt(t, k, p)) {
          longest = p.length;
        }
      }
      final PhraseTrie.Match<String> m = trie.longestAt(t, k, null);
      if (longest == 0) {
        assertThat(m).isNull();
      } else {
        assertThat(m.to() - m.from()).isEqualTo(longest);
      }
    }
  }

  private static boolean matchesAt(Tokens t, int k, String[] phrase) {
    for (int w = 0; w < phrase.length; w++) {
      if (k + w >= t.size || !t.isWord(k + w) || !t.norm[k + w].equals(phrase[w])) {
        return false;
      }
    }
    return true;
  }
}
