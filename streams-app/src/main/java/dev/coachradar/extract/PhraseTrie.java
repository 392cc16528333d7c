package dev.coachradar.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trie over folded word tokens: finds, at each position, the longest KB phrase starting there.
 * Scanning is linear in the number of tokens times the longest phrase length (a small constant).
 *
 * <p>The words of every trie are numbered in one {@link Vocabulary}; a text's word tokens are
 * numbered as they are read ({@link Tokens#wordIds}) and each trie level is an int-keyed table. A
 * {@code HashMap<String, Node>} per node cost a String hash and comparison per token and trie
 * level: its lookups were 11.4% of a 100k bench's stream-thread samples (fourteenth round).
 *
 * @param <T> payload type
 */
final class PhraseTrie<T> {

  /**
   * A trie level: its children's word ids plus one (0 marks a free slot) in an open-addressing
   * table with linear probing, at most half full, so a probe ends at a free slot.
   */
  private static final class Node<T> {

    private static final int[] NO_KEYS = new int[1];

    int[] keys = NO_KEYS;
    Node<T>[] kids;
    int children;
    List<T> payload;

    private static int slot(int key, int mask) {
      final int h = key * 0x9E3779B9;
      return (h ^ (h >>> 16)) & mask;
    }

    /** The child for word id {@code id} (not negative), or null. */
    Node<T> child(int id) {
      final int key = id + 1;
      final int[] ks = keys;
      final int mask = ks.length - 1;
      int i = slot(key, mask);
      while (true) {
        final int k = ks[i];
        if (k == key) {
          return kids[i];
        }
        if (k == 0) {
          return null;
        }
        i = (i + 1) & mask;
      }
    }

    Node<T> childOrNew(int id) {
      final Node<T> known = child(id);
      if (known != null) {
        return known;
      }
      if ((children + 1) * 2 > keys.length) {
        grow();
      }
      final Node<T> made = new Node<>();
      put(id + 1, made);
      children++;
      return made;
    }

    @SuppressWarnings("unchecked")
    private void grow() {
      final int[] oldKeys = keys;
      final Node<T>[] oldKids = kids;
      final int size = keys == NO_KEYS ? 4 : keys.length * 2;
      keys = new int[size];
      kids = (Node<T>[]) new Node<?>[size];
      for (int i = 0; oldKids != null && i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          put(oldKeys[i], oldKids[i]);
        }
      }
    }

    private void put(int key, Node<T> kid) {
      final int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != 0) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      kids[i] = kid;
    }
  }

  /**
   * The words of all tries, numbered from 0 in the order they were first added. Shared, so that a
   * text's tokens are numbered once for every trie; numbers never change, the vocabulary only grows
   * (with the KBs' words: it is as large as the distinct words of the KBs loaded).
   */
  static final class Vocabulary {

    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

    /** How many words are numbered; written after the word's number is visible in {@link #IDS}. */
    private static volatile int size;

    private Vocabulary() {}

    static synchronized int intern(String word) {
      final Integer known = IDS.get(word);
      if (known != null) {
        return known;
      }
      final int id = size;
      IDS.put(word, id);
      size = id + 1;
      return id;
    }

    /** The word's number, or -1 when no trie has it. */
    static int idOf(String word) {
      final Integer id = IDS.get(word);
      return id == null ? -1 : id;
    }

    static int size() {
      return size;
    }
  }

  private final Node<T> root = new Node<>();
  private int maxDepth;

  void add(String[] words, T payload) {
    if (words.length == 0) {
      return;
    }
    Node<T> n = root;
    for (String w : words) {
      n = n.childOrNew(Vocabulary.intern(w));
    }
    if (n.payload == null) {
      n.payload = new ArrayList<>(1);
    }
    if (!n.payload.contains(payload)) {
      n.payload.add(payload);
    }
    maxDepth = Math.max(maxDepth, words.length);
  }

  /**
   * The vocabulary number of each of {@code t}'s tokens (-1 for punctuation and for words no trie
   * has): those {@link Tokens#of} read with the words, read again only if the vocabulary has grown
   * since (a trie built after the text was read).
   */
  static int[] ids(Tokens t) {
    final int known = Vocabulary.size();
    if (t.wordIdsVocabulary == known) {
      return t.wordIds;
    }
    final int[] ids = new int[t.size];
    for (int k = 0; k < t.size; k++) {
      ids[k] = t.kind[k] == Tokens.WORD ? Vocabulary.idOf(t.norm[k]) : -1;
    }
    t.wordIds = ids;
    t.wordIdsVocabulary = known;
    return ids;
  }

  /** A match: token range [from, to) over word tokens of the text, and its payloads. */
  record Match<T>(int from, int to, List<T> payload) {}

  /**
   * Longest match starting at word token {@code k}, skipping no words; punctuation tokens end a
   * phrase, except a full stop that ends no sentence ("St. Pauli"). Returns null when nothing
   * starts there.
   */
  Match<T> longestAt(Tokens t, int k, java.util.function.Predicate<Match<T>> accept) {
    final int[] ids = ids(t);
    Node<T> n = root;
    Match<T> best = null;
    int j = k;
    int depth = 0;
    while (j < t.size && depth < maxDepth) {
      if (t.kind[j] != Tokens.WORD) {
        if (depth == 0 || !innerFullStop(t, j)) {
          break;
        }
        j++; // "St. Pauli": the full stop of an abbreviation inside a name
        continue;
      }
      final int id = ids[j];
      n = id < 0 ? null : n.child(id);
      if (n == null) {
        break;
      }
      j++;
      depth++;
      if (n.payload != null) {
        final Match<T> m = new Match<>(k, j, n.payload);
        if (accept == null || accept.test(m)) {
          best = m;
        }
      }
    }
    return best;
  }

  /** A full stop between two words of one sentence: it abbreviates ("St. Pauli"), ends nothing. */
  private static boolean innerFullStop(Tokens t, int j) {
    return t.norm[j].equals(".")
        && j + 1 < t.size
        && t.kind[j + 1] == Tokens.WORD
        && t.sentence[j + 1] == t.sentence[j - 1];
  }
}
