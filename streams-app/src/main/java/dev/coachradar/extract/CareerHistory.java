package dev.coachradar.extract;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Grammar of a coach's past benches as news recalls them: which team a past-spell cue is about when
 * it sits in a relative clause ("Bayer Leverkusen, where he was sacked in 2017, and Red Bull
 * Salzburg"; "al Manchester City, che lo esonerò nel 2013, e allo Zenit"). Past spells are told in
 * asides attached to the team, and the team named after the aside is the next item of a career
 * list, not the bench the cue ends. A spell told in another role ("as technical director", "come
 * vice", "da calciatore") is no bench at all.
 *
 * <p>Plain token arithmetic over {@link Tokens}, no state; every scan has a fixed bound, so the
 * cost is linear in the text.
 */
final class CareerHistory {

  /** Relative words whose antecedent, before a comma, can be a team (the place or the agent). */
  private static final WordSet RELATIVE_WORDS =
      WordSet.of("where", "dove", "which", "who", "whom", "che", "cui");

  /** Prepositions before "cui"/"whom"/"which" ("con cui", "with whom", "in which"). */
  private static final WordSet RELATIVE_PREPOSITIONS =
      WordSet.of("in", "con", "da", "a", "per", "with", "at", "under", "by", "for");

  /** Prepositions that make a team the complement of a noun ("l'ex ct della Polonia, che"). */
  private static final WordSet GENITIVES =
      WordSet.of("di", "del", "della", "dello", "dell", "dei", "degli", "delle", "of");

  /**
   * Prepositions that open an item of a career list ("con il Celta", "all'Al Sadd", "at Wigan").
   */
  private static final WordSet ITEM_PREPOSITIONS =
      WordSet.of("con", "al", "alla", "all", "allo", "ai", "a", "at", "with");

  /** Adverbs that may stand before an item of a list ("e soprattutto con il Barcellona"). */
  private static final WordSet ITEM_ADVERBS =
      WordSet.of(
          "soprattutto", "poi", "infine", "quindi", "anche", "then", "finally", "later", "also");

  /**
   * Demonstratives standing for the list's noun before an item ("le esperienze all'Empoli e quella
   * al Torino").
   */
  private static final WordSet ITEM_PRONOUNS = WordSet.of("quella", "quello", "quelle", "quelli");

  /** Words that open a contrasting clause, folded: a list does not run across them. */
  private static final WordSet CONTRAST_WORDS =
      WordSet.of("ma", "pero", "mentre", "but", "while", "whereas", "however", "although");

  /** Words before a team that make it someone's past role, not the first item of a list. */
  private static final WordSet FORMER_WORDS = WordSet.of("ex", "former", "formerly");

  /** Words that join the items of a list. */
  private static final WordSet ITEM_JOINS = WordSet.of(",", "e", "ed", "and");

  /** Prepositions that give someone a role ("as assistant", "come vice", "da calciatore"). */
  private static final WordSet ROLE_PREPOSITIONS = WordSet.of("as", "come", "da");

  /** Words that may stand between such a preposition and the role ("as a technical director"). */
  private static final WordSet ROLE_FILLERS =
      WordSet.of("a", "an", "the", "il", "lo", "l", "technical", "sporting", "tecnico", "sportivo");

  /** Roles at a team that are not a head coach's bench: playing, assisting, directing. */
  private static final WordSet OTHER_ROLES =
      WordSet.of(
          "player",
          "assistant",
          "captain",
          "director",
          "midfielder",
          "striker",
          "defender",
          "winger",
          "goalkeeper",
          "forward",
          "scout",
          "analyst",
          "calciatore",
          "giocatore",
          "vice",
          "secondo",
          "assistente",
          "collaboratore",
          "direttore",
          "capitano",
          "centrocampista",
          "attaccante",
          "difensore",
          "portiere",
          "osservatore",
          "dirigente");

  /** Reach, in tokens, of a role before a career cue and after its last team. */
  private static final int ROLE_BACK = 4;

  private static final int ROLE_REACH = 12;

  /** Longest scan, in tokens, for the further items of a career list. */
  private static final int LIST_REACH = 48;

  /** Longest distance, in words, from a relative word to the cue it governs. */
  private static final int RELATIVE_REACH = 12;

  private CareerHistory() {}

  /**
   * For a cue spanning {@code [cueFrom, cueTo)}: the index of the last token before ", where/dove/
   * che/cui…" that opens the clause holding the cue, where the antecedent ends; -1 when the cue is
   * not inside such a relative clause (a comma or a sentence boundary comes first, or the relative
   * is too far), or when the cue has its own object team right after it ("where he previously
   * coached the Columbus Crew"), as told by {@code teamStartsAt}. The caller decides whether a team
   * ends there.
   */
  static int relativeAntecedent(Tokens t, int cueFrom, int cueTo, IntPredicate teamStartsAt) {
    int k = cueTo;
    while (k < t.size && t.kind[k] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.has(t, k)) {
      k++;
    }
    if (k < t.size && teamStartsAt.test(k)) {
      return -1;
    }
    int words = 0;
    for (int j = cueFrom - 1; j > 0 && words <= RELATIVE_REACH; j--) {
      if (t.kind[j] == Tokens.PUNCT) {
        return -1; // the clause holding the cue starts after a comma or a boundary: not relative
      }
      if (RELATIVE_WORDS.has(t, j)) {
        int open = j - 1;
        if (t.kind[open] == Tokens.WORD && RELATIVE_PREPOSITIONS.has(t, open)) {
          open--; // "con cui", "with whom"
        }
        if (open < 1 || t.kind[open] != Tokens.PUNCT || !t.norm[open].equals(",")) {
          return -1;
        }
        return open - 1;
      }
      words++;
    }
    return -1;
  }

  /**
   * The further items of a career list whose first team ends at {@code firstEnd}, past the asides
   * that describe each item ("le esperienze con la Roma, una stagione complicata, con il Celta e
   * soprattutto con il Barcellona"; "Poi l'Estudiantes, con cui vince, il River Plate, campione nel
   * 2008, il San Lorenzo"): each team that opens after a comma or a conjunction (and an optional
   * adverb, preposition and article). The scan stops at a sentence or clause boundary (";", ":")
   * and where {@code stopAt} says so (another person named, another relation's cue).
   *
   * @param teamEndAt for a token index, the end (exclusive) of a team mention starting there, or -1
   * @return start indices of the further items, in order
   */
  static int[] listTail(
      Tokens t, int firstFrom, int firstEnd, IntUnaryOperator teamEndAt, IntPredicate stopAt) {
    int[] out = new int[0];
    final int shape = leadShape(t, firstFrom);
    if (shape < 0 || firstEnd >= t.size) {
      return out;
    }
    final int sent = t.sentence[firstEnd];
    for (int k = firstEnd; k < t.size && k < firstEnd + LIST_REACH; k++) {
      if (t.sentence[k] != sent
          || t.isHardBoundary(k)
          || CONTRAST_WORDS.has(t, k)
          || stopAt.test(k)) {
        break;
      }
      final int end = teamEndAt.applyAsInt(k);
      if (end < 0) {
        continue;
      }
      if (leadShape(t, k) == shape && joined(t, k)) {
        out = java.util.Arrays.copyOf(out, out.length + 1);
        out[out.length - 1] = k;
      }
      k = end - 1;
    }
    return out;
  }

  /**
   * How the team at {@code k} is introduced: 2 after a list preposition ("con il", "all'"), 1 after
   * an article only, 0 bare, -1 after "ex"/"former" (a past role, not a list). Items of one list
   * share the first item's shape.
   */
  private static int leadShape(Tokens t, int k) {
    int p = k - 1;
    boolean article = false;
    if (p >= 0 && t.kind[p] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.has(t, p)) {
      article = true;
      p--;
    }
    if (p >= 0 && t.kind[p] == Tokens.WORD && ITEM_PREPOSITIONS.has(t, p)) {
      return 2;
    }
    if (p >= 0 && t.kind[p] == Tokens.WORD && FORMER_WORDS.has(t, p)) {
      return -1;
    }
    return article ? 1 : 0;
  }

  /**
   * A team at {@code k} follows a join: comma or conjunction, then optional adverb, preposition,
   * article.
   */
  private static boolean joined(Tokens t, int k) {
    int p = k - 1;
    if (p >= 0 && t.kind[p] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.has(t, p)) {
      p--;
    }
    if (p >= 0 && t.kind[p] == Tokens.WORD && ITEM_PREPOSITIONS.has(t, p)) {
      p--;
    }
    if (p >= 0 && t.kind[p] == Tokens.WORD && ITEM_PRONOUNS.has(t, p)) {
      p--;
    }
    if (p >= 0 && t.kind[p] == Tokens.WORD && ITEM_ADVERBS.has(t, p)) {
      p--;
    }
    return p >= 0 && ITEM_JOINS.has(t, p);
  }

  /**
   * A spell told with another role than head coach ("a decade at the FAW, most of it as technical
   * director", "ha cominciato come vice all'Al Ahli", "as a player he made his name at Burnley"): a
   * role preposition and a role noun a few words before the cue at {@code cueFrom} or after its
   * last team, ending at {@code teamsTo}, in the cue's sentence. The teams are no benches of his.
   */
  static boolean otherRole(Tokens t, int cueFrom, int teamsTo) {
    final int sent = t.sentence[cueFrom];
    for (int k = Math.max(0, cueFrom - ROLE_BACK); k < t.size && k < teamsTo + ROLE_REACH; k++) {
      if (t.sentence[k] != sent || (k >= teamsTo && t.isHardBoundary(k))) {
        if (k < cueFrom) {
          continue;
        }
        break;
      }
      if (t.kind[k] != Tokens.WORD || !ROLE_PREPOSITIONS.has(t, k)) {
        continue;
      }
      int r = k + 1;
      while (r < t.size && r < k + 3 && ROLE_FILLERS.has(t, r)) {
        r++;
      }
      if (r < t.size && OTHER_ROLES.has(t, r)) {
        return true;
      }
    }
    return false;
  }

  /** ",", "e", "ed", "and": a word that joins the items of a list (of stages, of coaches). */
  static boolean isItemJoin(String norm) {
    return ITEM_JOINS.contains(norm);
  }

  /** "di", "del", "della", "of": a preposition that makes what follows a noun's complement. */
  static boolean isGenitive(String norm) {
    return GENITIVES.contains(norm);
  }

  /**
   * A team starting at {@code teamFrom} is the complement of a noun ("l'ex ct della Polonia"), so a
   * relative after it is about that noun (a person), not the team.
   */
  static boolean complementOfNoun(Tokens t, int teamFrom) {
    int p = teamFrom - 1;
    while (p > -1 && t.kind[p] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.has(t, p)) {
      p--;
    }
    return p >= 0 && t.kind[p] == Tokens.WORD && GENITIVES.has(t, p);
  }
}
