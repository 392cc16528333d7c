package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.model.NewsArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lists and chains of teams a cue reaches through ("Everton, Watford and Hull", "allenatore di Roma
 * e poi Lazio", a colon list): where they start, run and end, and which club is an item's own.
 */
abstract class ListReading extends CoachMentions {
  /**
   * Most teams one cue binds through a list ("Everton, Watford and Hull"): no real career list is
   * longer, and it bounds the work on a run of team names.
   */
  static final int MAX_LIST = 16;

  /** Pronouns standing for earlier events of a cue's kind ("dopo quelli con la Roma"). */
  static final WordSet EARLIER_PRONOUNS =
      WordSet.of("quello", "quella", "quelli", "quelle", "those", "ones");

  /** Prepositions between a coach and his own club ("Gilardino del Genoa", "X of Genoa"). */
  static final WordSet OWN_CLUB_PREPOSITIONS = WordSet.of("del", "della", "dell", "dello", "of");

  static final WordSet LEFT_CHAIN_WORDS =
      WordSet.of("e", "ed", "and", "o", "or", "a", "al", "alla", "all", "to", "che");

  static final WordSet CHAIN_PREPOSITIONS =
      WordSet.of("a", "ad", "su", "per", "di", "to", "for", "on");

  static final WordSet CHAIN_WORDS =
      WordSet.of(
          "e",
          "ed",
          "and",
          "o",
          "or",
          "poi",
          "prima",
          "infine",
          "che",
          "con",
          "sia",
          "both",
          "successivamente",
          "quindi");

  /** Articulated prepositions repeated before each item of a list ("al Milan e al Napoli"). */
  static final WordSet ARTICULATED =
      WordSet.of(
          "al", "alla", "all", "allo", "ai", "agli", "alle", "del", "della", "dell", "dello", "dei",
          "degli", "delle", "dal", "dalla", "dall", "dallo", "dai");

  ListReading(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  /**
   * Adds to a past spell's teams the further items of the career list it opens, past their asides
   * ({@link CareerHistory#listTail}); the list stops at another person or at a cue of a relation
   * that does not end a spell.
   */
  void careerListTail(List<Mention> teams) {
    final Mention last = teams.get(teams.size() - 1);
    final int[] items =
        CareerHistory.listTail(
            t,
            last.from(),
            last.to(),
            k -> teamStartsAt(k) ? mentionAt[k].to() : -1,
            k ->
                // a pronoun in an item's aside ("where he was sacked") is the list's coach, and
                // so is a name governed there ("dove raccolse l'eredità di Lippi", "owned by X",
                // "dove ha sostituito Xavi"): the aside's owner or object, not a new subject
                (mentionAt[k] != null
                        && isPerson(mentionAt[k])
                        && mentionAt[k].type() != 'I'
                        && !namedAsObject(mentionAt[k]))
                    || (cueAt[k] != null
                        && cueAt[k].cue().kind() == CueKind.REL
                        && !cueAt[k].cue().relation().endsSpell()));
    for (int k : items) {
      final Mention m = mentionAt[k];
      if (teams.stream().noneMatch(x -> x.id().equals(m.id()))) {
        teams.add(m);
      }
    }
  }

  /**
   * "le candidature: A, appena separatosi dal Genoa; B, esonerato in aprile; e C": a cue that
   * announces a list after a colon is about every item, each item opening with a coach and ending
   * with a semicolon. Null unless at least two items open with a named coach.
   */
  List<Mention> colonList(CueHit c) {
    final int sent = t.sentence[c.from()];
    final int end = Math.min(t.sentenceStart[sent + 1], c.to() + 2 * MAX_SCAN);
    int j = c.to();
    while (j < end && j < c.to() + 8 && !t.isHardBoundary(j)) {
      if (mentionAt[j] != null && isPerson(mentionAt[j])) {
        return null;
      }
      j++;
    }
    if (j >= end || !t.norm[j].equals(":")) {
      return null;
    }
    final List<Mention> out = new ArrayList<>(3);
    int head = j + 1;
    while (head < end) {
      if (head < end && t.kind[head] == Tokens.WORD && CONJUNCTIONS.has(t, head)) {
        head++;
      }
      if (head >= end || mentionAt[head] == null || mentionAt[head].type() != 'C') {
        return out.size() >= 2 ? out : null;
      }
      out.add(mentionAt[head]);
      int k = mentionAt[head].to();
      while (k < end && !t.norm[k].equals(";")) {
        if (t.isHardBoundary(k)) {
          return out.size() >= 2 ? out : null;
        }
        k++;
      }
      head = k + 1;
    }
    return out.size() >= 2 ? out : null;
  }

  /**
   * "dopo quelli", "after the one", "following those" at {@code j}: earlier events of the kind a
   * cue names, told by a pronoun; the index after the pronoun, else {@code j}.
   */
  int earlierOnes(int j) {
    if (j + 1 >= t.size
        || t.kind[j] != Tokens.WORD
        || !SINCE_WORDS.has(t, j)
        || t.sentence[j + 1] != t.sentence[j]) {
      return j;
    }
    int k = j + 1;
    if (t.norm[k].equals("the") && k + 1 < t.size && t.norm[k + 1].equals("one")) {
      return k + 2;
    }
    return EARLIER_PRONOUNS.has(t, k) ? k + 1 : j;
  }

  /** A comma followed by a conjunction at {@code j}: the next item of a coordination opens. */
  boolean coordinateItem(int j) {
    return t.kind[j] == Tokens.PUNCT
        && t.norm[j].equals(",")
        && j + 1 < t.size
        && t.kind[j + 1] == Tokens.WORD
        && CONJUNCTIONS.has(t, j + 1);
  }

  void chainTeamsLeft(Mention first, List<Mention> out) {
    int j = first.from() - 1;
    Mention last = first;
    while (j > -1
        && last.from() - j <= (repeatedArticle(last.from()) ? 3 : 2)
        && out.size() < MAX_LIST) {
      final Mention m = mentionAt[j];
      if (m != null && m != last) {
        if (m.type() != 'T') {
          return;
        }
        if (!out.contains(m)) {
          out.add(m);
        }
        last = m;
        j = m.from() - 1;
        continue;
      }
      final boolean article = j == last.from() - 1 && repeatedArticle(last.from());
      if (t.kind[j] == Tokens.WORD && !LEFT_CHAIN_WORDS.has(t, j) && !article
          || t.kind[j] == Tokens.PUNCT && !t.norm[j].equals(",")) {
        return;
      }
      j--;
    }
  }

  /**
   * "il Torino e il Genoa", "al Torino e al Genoa": the article before the item at {@code from}
   * follows a conjunction, so the list's previous item may sit one token further left.
   */
  boolean repeatedArticle(int from) {
    final int a = from - 1;
    return a > 0
        && t.kind[a] == Tokens.WORD
        && (Tokens.DEFINITE_ARTICLES.has(t, a) || ARTICULATED.has(t, a))
        && CONJUNCTIONS.has(t, a - 1);
  }

  void chainTeams(Mention first, List<Mention> out) {
    int j = first.to();
    Mention last = first;
    // "il Venezia e l'Empoli", "Everton, Watford and Hull": up to a conjunction and an article
    while (j < t.size && j - last.to() <= 3 && out.size() < MAX_LIST) {
      final Mention m = mentionAt[j];
      if (m != null && m != last) {
        if (m.type() != 'T') {
          return;
        }
        if (!out.contains(m)) {
          out.add(m);
        }
        last = m;
        j = m.to();
        continue;
      }
      // an article only after a conjunction ("e l'Empoli"; ", il Milan" opens a new clause)
      final boolean article =
          t.kind[j] == Tokens.WORD
              && (Tokens.DEFINITE_ARTICLES.has(t, j) || ARTICULATED.has(t, j))
              && j > 0
              && CONJUNCTIONS.has(t, j - 1);
      if (t.kind[j] == Tokens.WORD && !CHAIN_WORDS.has(t, j) && !article
          || t.kind[j] == Tokens.PUNCT && !t.norm[j].equals(",")) {
        return;
      }
      j++;
    }
  }

  /** The coach plus coaches listed with him ("prima Rudi Garcia e poi Walter Mazzarri"). */
  List<Mention> chain(Mention first, CueHit cue) {
    final List<Mention> out = new ArrayList<>(2);
    out.add(first);
    if (first.type() != 'C') {
      return out;
    }
    if (cue.from() >= first.to()) {
      coordinatedBefore(first, out);
    }
    int j = first.to();
    Mention last = first;
    int slack = 0; // tokens of a list run ("fino ad arrivare a") since the last item
    // at most MAX_LIST items, as for teams: an unbounded run of names made this loop's contains
    // check quadratic (RobustnessProperties: "niet" then "Allegri" 20,000 times, 80 ms warm)
    while (j < t.size && j - last.to() - slack <= 3 && out.size() < MAX_LIST) {
      final Mention m = mentionAt[j];
      if (m != null && m != last) {
        if (m.type() != 'C') {
          break;
        }
        if (!out.contains(m)) {
          out.add(m);
        }
        last = m;
        j = m.to();
        slack = 0;
        continue;
      }
      final int run = listRunAt(j);
      if (run > 0) {
        j += run; // "prima X e poi Y fino ad arrivare a Z": the list goes on
        slack += run;
        continue;
      }
      // "porta a X e a Y", "punta su X e su Y": the preposition repeated after the conjunction
      final boolean repeatedPreposition =
          t.kind[j] == Tokens.WORD
              && CHAIN_PREPOSITIONS.has(t, j)
              && j > last.to()
              && (CONJUNCTIONS.has(t, j - 1) || THEN_WORDS.has(t, j - 1));
      if (t.kind[j] == Tokens.WORD && !CHAIN_WORDS.has(t, j) && !repeatedPreposition
          || t.kind[j] == Tokens.PUNCT && !t.norm[j].equals(",")) {
        break;
      }
      j++;
    }
    // "Igor Tudor, libero dopo l'esperienza alla Lazio, e Roberto Mancini, ...": a list whose
    // items carry asides ({@link CandidateList})
    if (out.size() == 1) {
      final int item = CandidateList.nextItem(t, first.to(), this::coachAt, this::coachEndAt);
      // a cue inside the first item's aside is about that item only
      if (item >= 0 && (cue.from() < first.to() || cue.from() > item)) {
        out.add(mentionAt[item]);
      }
    }
    return out;
  }

  /**
   * "il Torino e il Genoa, che hanno scelto rispettivamente A e B", "Leeds and Stoke appointed A
   * and B respectively": the coaches a respective cue names after it, each paired in order with one
   * of the teams given (item {@code i} of the result is {team, coach}); empty unless the two lists
   * have the same length, at least two, and no team repeats.
   */
  List<Mention[]> respectivePairs(CueHit c, List<Mention> teams) {
    final int sent = t.sentence[c.from()];
    Mention first = null;
    for (int j = c.to(); j < t.size && j < c.to() + 4 && t.sentence[j] == sent; j++) {
      if (mentionAt[j] != null) {
        first = mentionAt[j].type() == 'C' ? mentionAt[j] : null;
        break;
      }
    }
    if (first == null) {
      return List.of();
    }
    final List<Mention> coaches = chain(first, c);
    final List<Mention> ordered = new ArrayList<>(teams);
    ordered.removeIf(m -> m.type() != 'T');
    ordered.sort(Comparator.comparingInt(Mention::from));
    if (coaches.size() < 2
        || coaches.size() != ordered.size()
        || ordered.stream().map(Mention::id).distinct().count() != ordered.size()) {
      return List.of();
    }
    final List<Mention[]> out = new ArrayList<>(coaches.size());
    for (int i = 0; i < coaches.size(); i++) {
      out.add(new Mention[] {ordered.get(i), coaches.get(i)});
    }
    return out;
  }

  boolean coachAt(int k) {
    return mentionAt[k] != null && mentionAt[k].type() == 'C';
  }

  int coachEndAt(int k) {
    final Mention m = mentionAt[k];
    return m != null && m.type() == 'C' && m.from() == k ? m.to() : -1;
  }

  /**
   * The length of "fino a(d) arrivare a(d)" ("all the way to") at token {@code j}, which carries a
   * list on to its last item, or 0.
   */
  int listRunAt(int j) {
    if (j + 3 >= t.size
        || !t.norm[j].equals("fino")
        || !(t.norm[j + 1].equals("a") || t.norm[j + 1].equals("ad"))
        || !t.norm[j + 2].equals("arrivare")
        || !(t.norm[j + 3].equals("a") || t.norm[j + 3].equals("ad"))) {
      return 0;
    }
    return 4;
  }

  /**
   * "ha esonerato prima X e poi Y fino ad arrivare a Z del Genoa": a later item of a list named
   * with its own club ("del Genoa", "of Genoa") is that club's coach, so the spell the list shares
   * is the one at that club; null when the item names no club of its own.
   */
  Mention ownClub(Mention item) {
    final int p = item.to();
    if (p + 1 >= t.size
        || t.kind[p] != Tokens.WORD
        || !OWN_CLUB_PREPOSITIONS.has(t, p)
        || t.sentence[p] != t.sentence[item.from()]) {
      return null;
    }
    final Mention m = mentionAt[p + 1];
    return m != null && m.type() == 'T' && m.from() == p + 1 ? m : null;
  }

  /**
   * "Marco Silva and Gary O'Neil are under consideration": the coaches joined to {@code first}
   * before it ("A and B", "A, B and C") share the cue that follows them; a coach named as an object
   * is not one of them ("Tudor e Fonseca sono in corsa" alike; "or"/"o" offers a choice, not a
   * pair).
   */
  void coordinatedBefore(Mention first, List<Mention> out) {
    Mention item = first;
    for (int n = 0; n < 3; n++) {
      final int p = item.from() - 1;
      if (p < 1 || !CareerHistory.isItemJoin(t.norm[p])) {
        return;
      }
      final Mention m = mentionAt[p - 1];
      if (m == null || m.type() != 'C' || out.contains(m) || namedAsObject(m)) {
        return;
      }
      out.add(0, m);
      item = m;
    }
  }
}
