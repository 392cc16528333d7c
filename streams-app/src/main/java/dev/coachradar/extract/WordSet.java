package dev.coachradar.extract;

import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A rule's fixed list of folded words ({@code Set.of} before), asked about a token by its
 * vocabulary number ({@link PhraseTrie#ids}) instead of hashing and comparing its String: the
 * rules' word lists were 9% of the extractor's own time (sixteenth round of BENCHMARKS.md). Its
 * words are numbered in {@link PhraseTrie.Vocabulary} when the list is made, so a word token with
 * no number is in no list; punctuation (numbered -1) is asked by its String. As a {@code Set} it is
 * the {@code Set.of} of the same words.
 */
final class WordSet extends AbstractSet<String> {

  private final Set<String> words;
  private final BitSet ids = new BitSet();

  private WordSet(Set<String> words) {
    this.words = words;
    for (String w : words) {
      ids.set(PhraseTrie.Vocabulary.intern(w));
    }
  }

  static WordSet of(String... words) {
    return new WordSet(Set.of(words));
  }

  /** Whether token {@code k} of {@code t} is one of the words: {@code contains(t.norm[k])}. */
  boolean has(Tokens t, int k) {
    final int id = PhraseTrie.ids(t)[k];
    if (id >= 0) {
      return ids.get(id);
    }
    return t.kind[k] != Tokens.WORD && words.contains(t.norm[k]);
  }

  @Override
  public boolean contains(Object o) {
    return words.contains(o);
  }

  @Override
  public Iterator<String> iterator() {
    return words.iterator();
  }

  @Override
  public int size() {
    return words.size();
  }
}
