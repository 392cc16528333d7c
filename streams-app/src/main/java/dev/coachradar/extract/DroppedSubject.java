package dev.coachradar.extract;

import java.util.function.IntPredicate;

/**
 * Whether a cue told in a sentence that names no coach has a subject of its own. Italian drops a
 * subject that goes on from the sentence before ("Motta è libero. In estate era stato accostato al
 * Torino": Motta was linked), so such a cue is about the coach the sentences before are about
 * unless its clause names another subject before it: a team opening the clause ("il Genoa ha
 * esonerato Gilardino"), a pronoun or an active auxiliary of another person than the third singular
 * ("abbiamo detto no", "hanno lasciato", "they turned down"). A plural passive keeps its implied
 * agent ("le offerte sono state rispedite al mittente").
 */
final class DroppedSubject {

  /** Words that open a clause before its subject ("e il Genoa", "intanto il Torino"). */
  private static final WordSet OPENERS =
      WordSet.of("e", "ed", "intanto", "ora", "poi", "and", "now", "meanwhile");

  /** Pronouns and verb forms that are not the third singular. */
  private static final WordSet OTHER_PERSON =
      WordSet.of(
          "io",
          "noi",
          "voi",
          "loro",
          "essi",
          "ho",
          "abbiamo",
          "avete",
          "hanno",
          "avevo",
          "avevamo",
          "avevano",
          "avranno",
          "avrebbero",
          "siamo",
          "siete",
          "we",
          "they",
          "you",
          "have");

  /** Words that open an English noun phrase. */
  private static final WordSet EN_DETERMINERS = WordSet.of("the", "a", "an");

  private DroppedSubject() {}

  /**
   * Whether the clause of the cue starting at {@code cueFrom} names a subject other than a dropped
   * one before the cue: a team opening it, a pronoun or an auxiliary of another person.
   *
   * @param teamStart whether a team mention starts at a token
   */
  static boolean ownSubject(Tokens t, int cueFrom, IntPredicate teamStart) {
    final int start = clauseStart(t, cueFrom);
    if (OTHER_PERSON.has(t, cueFrom)) {
      return true;
    }
    for (int j = start; j < cueFrom; j++) {
      if (t.kind[j] == Tokens.WORD && OTHER_PERSON.has(t, j)) {
        return true;
      }
    }
    int j = start;
    while (j < cueFrom && t.kind[j] == Tokens.WORD && OPENERS.has(t, j)) {
      j++;
    }
    if (j < cueFrom && Tokens.DEFINITE_ARTICLES.has(t, j)) {
      j++;
    }
    return j < cueFrom && teamStart.test(j);
  }

  /**
   * English does not drop a subject: a clause that opens with a noun phrase before the cue has its
   * own ("The board agreed", "A statement confirmed").
   */
  static boolean englishNounSubject(Tokens t, int cueFrom) {
    final int start = clauseStart(t, cueFrom);
    return start + 1 < cueFrom
        && t.kind[start] == Tokens.WORD
        && t.kind[start + 1] == Tokens.WORD
        && EN_DETERMINERS.has(t, start);
  }

  /** The first token of the cue's clause: past the last comma, clause word or boundary. */
  static int clauseStart(Tokens t, int cueFrom) {
    final int sent = t.sentence[cueFrom];
    final int lo = Math.max(t.sentenceStart[sent], cueFrom - ArticleContext.MAX_SCAN);
    for (int j = cueFrom; j > lo; j--) {
      final String w = t.norm[j - 1];
      if (t.isHardBoundary(j - 1)
          || w.equals(",")
          || w.equals(":")
          || ArticleContext.CLAUSE_WORDS.contains(w)) {
        return j;
      }
    }
    return lo;
  }
}
