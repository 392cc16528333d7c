package dev.coachradar.producer.io;

import java.util.Locale;
import java.util.Set;

/**
 * Guesses whether a text is Italian or English by counting frequent function words of each language
 * in its first few thousand characters. Cheap and good enough for sports prose; it answers null
 * when the evidence is thin or even, rather than guessing.
 */
final class LanguageGuess {

  private static final int SCAN_CHARS = 5000;
  private static final int MIN_HITS = 3;

  private static final Set<String> ITALIAN =
      Set.of(
          "il", "lo", "la", "gli", "le", "di", "del", "della", "dello", "dei", "delle", "che",
          "per", "con", "non", "una", "uno", "un", "sono", "nel", "nella", "alla", "al", "ai",
          "dal", "dalla", "è", "ha", "ma", "anche", "più", "questo", "questa", "si", "ci", "come",
          "suo", "sua", "e", "stato", "dopo", "sarebbe");
  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "is", "that", "for", "with", "was", "on", "he", "his", "has",
          "have", "as", "by", "at", "but", "be", "will", "from", "this", "are", "who", "which",
          "an", "not", "after", "would", "been");

  private LanguageGuess() {}

  /** "it", "en", or null when undecided. */
  static String guess(final String text) {
    final String sample = text.length() > SCAN_CHARS ? text.substring(0, SCAN_CHARS) : text;
    int italian = 0;
    int english = 0;
    for (final String word : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (ITALIAN.contains(word)) {
        italian++;
      } else if (ENGLISH.contains(word)) {
        english++;
      }
    }
    if (italian + english < MIN_HITS || italian == english) {
      return null;
    }
    return italian > english ? "it" : "en";
  }
}
