package dev.coachradar.extract;

/**
 * Finds the sentences where a candidacy is told and then closed: "X was considered for the role but
 * the board decided against him", "il sondaggio per X si è arenato", "Palace preferred the
 * Austrian". The news reports the move as off, so the pairs linked in that sentence are REJECTED
 * (ANNOTATION.md, rule 1: a move talked about and then turned down), and a refusal the cue alone
 * would bind to the nearest other name ("Martinez's assistant") is that same closure.
 *
 * <p>Two shapes close a candidacy: a closing cue (a phrase that only makes sense about a move told
 * before it, flagged {@code closing} in cues.tsv) after a LINKED cue of the same sentence, or any
 * other REJECTED cue after a LINKED cue with a contrast word between them ("ma", "but"), so that a
 * sentence listing a candidate and, separately, someone else's refusal is left alone.
 *
 * <p>A candidacy conceded to a settled fact of the same sentence is closed too: "ha preferito
 * restare al Genoa nonostante l'interesse della Fiorentina", "despite interest from Spurs, he
 * signed a new deal at Brentford" (a concession word right before the LINKED cue, and a COACHES or
 * AGREED cue anywhere in the sentence).
 *
 * <p>A candidacy told in the past perfect ("era stato accostato alla Fiorentina", "aveva sondato
 * anche X", "had been linked with Spurs", "had held talks with X") is recalled, not reported: it is
 * closed when the article's present says otherwise (see {@link Aggregation}).
 *
 * <p>A closing cue that opens the next sentence closes the candidacy told just before: "Il Napoli
 * ha sondato X. Ma la pista si è raffreddata", "Spurs held talks with X. The idea died within
 * days". The closing cue must stand among the sentence's first words with no person named before
 * it, so that it is about the move just told (a bare candidacy noun may stand before it: "la
 * trattativa", "the talks").
 *
 * <p>Cues are fed in text order; the result is one flag per sentence.
 */
final class CandidacyClosure {

  /** Words that turn a clause against the one before it (folded: "però" is "pero"). */
  private static final WordSet CONTRAST =
      WordSet.of("ma", "pero", "tuttavia", "but", "although", "though", "yet", "however");

  /** Concession words (folded) that put a candidacy against the fact told beside it. */
  private static final WordSet CONCESSION =
      WordSet.of("nonostante", "malgrado", "despite", "notwithstanding");

  /** How many words a concession may stand before its LINKED cue ("despite strong interest"). */
  static final int CONCESSION_REACH = 3;

  /** How many words may open a sentence before a closing cue that is about the sentence before. */
  static final int OPENING_REACH = 6;

  /** Auxiliaries of the past perfect (folded), a few words before a LINKED cue or inside it. */
  private static final WordSet PAST_PERFECT = WordSet.of("aveva", "avevano", "era", "erano", "had");

  /**
   * English simple pasts (folded) that open a LINKED cue and tell the candidacy as an episode over
   * ("considered", "interviewed", "held talks"): closed when the team appointed another coach.
   */
  private static final WordSet SIMPLE_PAST =
      WordSet.of(
          "considered",
          "interviewed",
          "approached",
          "sounded",
          "held",
          "contacted",
          "targeted",
          "eyed",
          "spoke");

  /** How many words before a LINKED cue its auxiliary may stand ("era stato accostato"). */
  static final int AUXILIARY_REACH = 3;

  private final Tokens t;
  private final int[] lastLinked;
  private final boolean[] closed;
  private final boolean[] recalled;
  private final boolean[] episode;
  private final boolean[] conceded;
  private final boolean[] settled;

  CandidacyClosure(Tokens t) {
    this.t = t;
    final int n = Math.max(1, t.sentences);
    this.lastLinked = new int[n];
    java.util.Arrays.fill(lastLinked, -1);
    this.closed = new boolean[n];
    this.recalled = new boolean[n];
    this.episode = new boolean[n];
    this.conceded = new boolean[n];
    this.settled = new boolean[n];
  }

  /** A (not negated) LINKED cue from token {@code from} to {@code to} (exclusive). */
  void linked(int from, int to) {
    final int sent = t.sentence[from];
    lastLinked[sent] = from;
    episode[sent] |= SIMPLE_PAST.has(t, from) && (from == 0 || !isAuxiliary(from - 1));
    for (int j = Math.max(0, from - AUXILIARY_REACH); j < to && !recalled[sent]; j++) {
      recalled[sent] = t.sentence[j] == sent && PAST_PERFECT.has(t, j);
    }
    for (int j = Math.max(0, from - CONCESSION_REACH); j < from && !conceded[sent]; j++) {
      conceded[sent] = t.sentence[j] == sent && CONCESSION.has(t, j);
    }
  }

  /** A (not negated) COACHES or AGREED cue starting at token {@code from}: a settled fact. */
  void settled(int from) {
    settled[t.sentence[from]] = true;
  }

  /**
   * A (not negated) REJECTED cue starting at token {@code from}; {@code personBefore}: a person is
   * named before it in its sentence.
   */
  void rejected(int from, boolean closing, boolean personBefore) {
    final int sent = t.sentence[from];
    if (closing
        && !personBefore
        && sent > 0
        && lastLinked[sent - 1] >= 0
        && from - t.sentenceStart[sent] <= OPENING_REACH) {
      closed[sent - 1] = true; // "… ha sondato X. Ma la trattativa si è arenata."
    }
    final int linked = lastLinked[sent];
    if (linked < 0) {
      return;
    }
    if (closing || contrastBetween(linked, from)) {
      closed[sent] = true;
    }
  }

  /** The sentence tells a candidacy and then closes it. */
  boolean closed(int sentence) {
    return sentence >= 0
        && sentence < closed.length
        && (closed[sentence] || (conceded[sentence] && settled[sentence]));
  }

  /** The sentence tells a candidacy in the past perfect. */
  boolean recalled(int sentence) {
    return sentence >= 0 && sentence < recalled.length && recalled[sentence];
  }

  /**
   * The sentence tells a candidacy in the English simple past ("Spurs interviewed X"): an episode,
   * over once the team has appointed someone else.
   */
  boolean episode(int sentence) {
    return sentence >= 0 && sentence < episode.length && episode[sentence];
  }

  /**
   * "has approached", "have held talks", "had considered", "being considered": not a simple past.
   */
  private boolean isAuxiliary(int j) {
    final String w = t.norm[j];
    return w.equals("has")
        || w.equals("have")
        || w.equals("had")
        || w.equals("be")
        || w.equals("being")
        || w.equals("been")
        || w.equals("is")
        || w.equals("are");
  }

  private boolean contrastBetween(int from, int to) {
    for (int j = from + 1; j < to; j++) {
      if (t.kind[j] == Tokens.WORD && CONTRAST.has(t, j)) {
        return true;
      }
    }
    return false;
  }
}
