package dev.coachradar.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over folded word tokens: finds, at each position, the longest KB phrase starting there.
 * Scanning is linear in the number of tokens times the longest phrase length (a small constant).
 *
 * @param <T> payload type
 */
final class PhraseTrie<T> {

  private static final class Node<T> {
    final Map<String, Node<T>> next = new HashMap<>(4);
    List<T> payload;
  }

  private final Node<T> root = new Node<>();
  private int maxDepth;

  void add(String[] words, T payload) {
    if (words.length == 0) {
      return;
    }
    Node<T> n = root;
    for (String w : words) {
      n = n.next.computeIfAbsent(w, k -> new Node<>());
    }
    if (n.payload == null) {
      n.payload = new ArrayList<>(1);
    }
    if (!n.payload.contains(payload)) {
      n.payload.add(payload);
    }
    maxDepth = Math.max(maxDepth, words.length);
  }

  /** A match: token range [from, to) over word tokens of the text, and its payloads. */
  record Match<T>(int from, int to, List<T> payload) {}

  /**
   * Longest match starting at word token {@code k}, skipping no words; punctuation tokens end a
   * phrase, except a full stop that ends no sentence ("St. Pauli"). Returns null when nothing
   * starts there.
   */
  Match<T> longestAt(Tokens t, int k, java.util.function.Predicate<Match<T>> accept) {
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
      n = n.next.get(t.norm[j]);
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
