package dev.coachradar.extract;

import dev.coachradar.extract.ArticleContext.Found;
import dev.coachradar.extract.ArticleContext.Mention;
import dev.coachradar.extract.KnowledgeBase.Cue;
import dev.coachradar.model.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Headline grammar: the article's title is written in telegraphic style, without the verbs the body
 * cues need ("Siviglia, fuori Sampaoli: c'è Mendilibar", "Juve, Allegri esonerato. Montero in
 * panchina", "Germany sack Flick, Völler to take charge", "Benfica sack Schmidt; Sahin promoted").
 * Its cue words are the HEAD rows of cues.tsv, read in the title only: a coach named right after a
 * cue flagged {@code right} ("c'è X", "tocca a X"), else right before it ("X in panchina", "X to
 * take charge"); the team is the one named in the cue's clause, else, for a cue flagged {@code
 * club}, the headline's team (the one team it names, or the "Team, …" topic that opens it). A cue
 * flagged {@code arrival} is an appointment only when the headline tells that team's bench vacated
 * by someone else; otherwise a candidacy. A rumour (hedged or asked, "?") appoints nobody: LINKED
 * at most. A headline appointment the body contradicts (he agreed with another club, or coaches
 * another and the body never ties him to this one) is dropped or kept as a candidacy.
 */
final class Headline {

  /**
   * How far after a {@code right} cue its coach may be named, in tokens ("tocca all'esperto X").
   */
  static final int COACH_REACH = 4;

  /** Longest title read, in tokens: a headline is short, and the work stays bounded. */
  static final int MAX_TOKENS = 60;

  /**
   * Words between a coach and the cue after him that keep him its subject ("X is Dortmund's man").
   */
  static final WordSet SUBJECT_GAP = WordSet.of("is", "e", "anche", "ora", "now", "also");

  /** Words between a cue and the coach it names after it ("tocca all'ex X"). */
  static final WordSet OBJECT_GAP =
      WordSet.of(
          "l",
          "il",
          "lo",
          "la",
          "a",
          "ad",
          "al",
          "all",
          "di",
          "anche",
          "ex",
          "esperienza",
          "tecnico",
          "allenatore",
          "mister",
          "the",
          "former");

  /** Words between a cue or its coach and the team named after it ("to take charge of Germany"). */
  static final WordSet TEAM_GAP =
      WordSet.of("of", "at", "the", "with", "il", "la", "lo", "l", "a", "al", "alla", "all", "in");

  /** Words before a team that name a game, not a club's bench ("contro il Milan"). */
  static final WordSet FIXTURE_WORDS = WordSet.of("con", "contro", "against", "vs", "v");

  private final TeamMentions a;
  private final Tokens t;
  private final int end;

  private Headline(TeamMentions a, int end) {
    this.a = a;
    this.t = a.t;
    this.end = end;
  }

  /** One headline statement before the body check. */
  private record Head(String coach, String team, Relation relation, int sentence) {}

  /**
   * The relations the title states in headline grammar, checked against what the body's {@code
   * found} says of the same coaches; an AGREED that binding found in a title sentence asking a
   * question is turned into LINKED in {@code found} itself.
   */
  static List<Found> read(TeamMentions a, PhraseTrie<Cue> trie, List<Found> found) {
    final String title = a.article.title();
    if (trie == null || title.isEmpty() || a.t.size == 0 || a.text.length() < title.length()) {
      return List.of();
    }
    int end = 0;
    while (end < a.t.size && end < MAX_TOKENS && a.t.start[end] < title.length()) {
      end++;
    }
    if (end == 0) {
      return List.of(); // a title of punctuation only
    }
    final Headline h = new Headline(a, end);
    h.askedSentences(found);
    return h.statements(trie, found);
  }

  /**
   * "Lazio, Sarri è il nuovo allenatore?": a title sentence that ends in a question asks about a
   * move, it does not report it made; what binding found there as AGREED is a candidacy (LINKED).
   */
  private void askedSentences(List<Found> found) {
    final int last = t.sentence[end - 1];
    final boolean[] asked = new boolean[last + 1];
    for (int j = 0; j < end; j++) {
      final boolean sentenceEnd = j + 1 == end || t.sentence[j + 1] != t.sentence[j];
      asked[t.sentence[j]] |= sentenceEnd && t.norm[j].equals("?");
    }
    found.replaceAll(
        f ->
            f.sentence() <= last && asked[f.sentence()] && f.relation() == Relation.AGREED
                ? new Found(f.coach(), f.team(), Relation.LINKED, f.strength(), f.sentence())
                : f);
  }

  private List<Found> statements(PhraseTrie<Cue> trie, List<Found> found) {
    final String team = headlineTeam();
    final List<Head> heads = new ArrayList<>();
    final List<Boolean> arrivals = new ArrayList<>();
    int k = 0;
    while (k < end) {
      final PhraseTrie.Match<Cue> m =
          t.kind[k] == Tokens.WORD ? trie.longestAt(t, k, x -> true) : null;
      if (m == null || m.to() > end) {
        k++;
        continue;
      }
      final Cue cue = m.payload().get(0);
      final Head h = statement(cue, m.from(), m.to(), cue.club() ? team : null);
      if (h != null) {
        heads.add(h);
        arrivals.add(cue.arrival());
      }
      k = m.to();
    }
    final String topic = topicTeam();
    for (ArticleContext.CueHit c : a.cues) {
      if (c.from() >= end) {
        break;
      }
      final Head h = topic == null ? null : topicStatement(c, topic, found);
      if (h != null) {
        heads.add(h);
        arrivals.add(h.relation() == Relation.AGREED); // a succession headline only
      }
    }
    final List<Found> out = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      Head h = heads.get(i);
      if (arrivals.get(i) && !vacated(h, heads, found)) {
        h = new Head(h.coach(), h.team(), Relation.LINKED, h.sentence());
      }
      final Relation rel = checked(h, found, end > 0 ? t.sentence[end - 1] : -1);
      if (rel != null) {
        out.add(new Found(h.coach(), h.team(), rel, a.strengthOf(h.sentence()), h.sentence()));
      }
    }
    return out;
  }

  /**
   * The cue's statement: its coach, its team (named in the clause, else {@code headTeam}, which may
   * be null) and its relation, or null when one is missing.
   */
  private Head statement(Cue cue, int from, int to, String headTeam) {
    int cs = from;
    while (cs > 0 && !boundary(cs - 1)) {
      cs--;
    }
    int ce = to;
    while (ce < end && !boundary(ce)) {
      ce++;
    }
    final Mention coach = cue.coachRight() ? coachAfter(to, ce) : coachBefore(from, cs);
    if (coach == null) {
      return null;
    }
    String team = cue.coachRight() ? null : firstTeamIn(coach.to(), from);
    if (team == null) {
      team = teamAfter(cue.coachRight() ? coach.to() : to, ce);
    }
    if (team == null) {
      team = headTeam;
    }
    if (team == null) {
      return null;
    }
    Relation rel = cue.relation();
    final int sent = t.sentence[from];
    if (rel == Relation.AGREED && cue.coachRight() && fixtureBefore(cs, from)) {
      // "Con l'Udinese tocca a Brambilla", "Against Spurs it's X": the bench for one game
      rel = Relation.COACHES;
    }
    if (rel == Relation.AGREED && (a.hedged[sent] || asked(ce) || candidacyIn(cs, ce))) {
      // "Tudor alla Juve?", "Chelsea want X to take over": a rumour or a wish, not a move made
      rel = Relation.LINKED;
    }
    return new Head(coach.id(), team, rel, sent);
  }

  /**
   * A body cue in the title that binding left without a team ("Psg, Galtier esonerato: Luis Enrique
   * è il nuovo allenatore"): an appointment or the end of a spell, told of a coach the title's
   * sentences bind to nothing, is about the topic team that opens the headline. Null otherwise.
   */
  private Head topicStatement(ArticleContext.CueHit c, String topic, List<Found> found) {
    final Cue cue = c.cue();
    if (cue.kind() != KnowledgeBase.CueKind.REL
        || (cue.relation() != Relation.AGREED && !cue.relation().endsSpell())
        || a.negated(c)) {
      return null;
    }
    final Head h = statement(cue, c.from(), c.to(), topic);
    if (h == null || !h.team().equals(topic)) {
      return null;
    }
    final int last = t.sentence[end - 1];
    for (Found f : found) {
      if (f.sentence() <= last && f.coach().equals(h.coach())) {
        return null; // binding placed him: its reading stands
      }
    }
    return h;
  }

  /** The team that opens the headline as its topic, before a comma or a colon ("Psg, …"). */
  private String topicTeam() {
    final Mention first = a.mentionAt[0];
    return first != null
            && first.type() == 'T'
            && first.id() != null
            && first.to() < end
            && !a.isMarket(first.id())
            && (t.norm[first.to()].equals(",") || t.norm[first.to()].equals(":"))
        ? first.id()
        : null;
  }

  /** Clause ends inside a headline: hard punctuation and commas. */
  private boolean boundary(int j) {
    return t.isHardBoundary(j) || (t.kind[j] == Tokens.PUNCT && t.norm[j].equals(","));
  }

  /** A question mark closes the clause at {@code ce}: the headline asks, it does not tell. */
  private boolean asked(int ce) {
    return ce < end && t.norm[ce].equals("?");
  }

  /**
   * The coach named right after a cue, in its clause, past articles, prepositions and role words
   * only ("tocca all'ex X", "si affidano all'esperienza di X"), within {@link #COACH_REACH} tokens.
   */
  private Mention coachAfter(int to, int ce) {
    for (int j = to; j < ce && j < to + COACH_REACH; j++) {
      final Mention m = a.mentionAt[j];
      if (m != null) {
        return m.type() == 'C' && m.id() != null ? m : null;
      }
      if (t.kind[j] != Tokens.WORD || !OBJECT_GAP.has(t, j)) {
        return null; // "ecco perché X": the cue is not about him
      }
    }
    return null;
  }

  /**
   * A game named in the clause before a cue: "con", "contro" or "against" and a team ("Con
   * l'Udinese tocca a X").
   */
  private boolean fixtureBefore(int cs, int from) {
    for (int j = cs; j < from; j++) {
      final Mention m = a.mentionAt[j];
      if (m != null && (m.type() == 'T' || m.type() == 'O') && m.from() == j) {
        int p = j - 1;
        if (p >= cs && Tokens.DEFINITE_ARTICLES.has(t, p)) {
          p--;
        }
        return p >= cs && FIXTURE_WORDS.has(t, p);
      }
    }
    return false;
  }

  /** A team named right after {@code k}, past a preposition or an article ("of Germany"). */
  private String teamAfter(int k, int ce) {
    for (int j = k; j < ce && j < k + 3; j++) {
      final Mention m = a.mentionAt[j];
      if (m != null) {
        return m.type() == 'T' && m.id() != null && !a.isMarket(m.id()) ? m.id() : null;
      }
      if (t.kind[j] != Tokens.WORD || !TEAM_GAP.has(t, j)) {
        return null;
      }
    }
    return null;
  }

  /**
   * A candidacy or a hedge cue of the body's lexicon in the clause ("want", "in pole", "set to").
   */
  private boolean candidacyIn(int cs, int ce) {
    for (int j = cs; j < ce; j++) {
      final ArticleContext.CueHit h = a.cueAt[j];
      if (h != null
          && (h.cue().kind() == KnowledgeBase.CueKind.HEDGE
              || (h.cue().kind() == KnowledgeBase.CueKind.REL
                  && h.cue().relation() == Relation.LINKED))) {
        return true;
      }
    }
    return false;
  }

  /** The coach right before a cue: its subject, past a team and a copula at most. */
  private Mention coachBefore(int from, int cs) {
    for (int j = from - 1; j > cs - 1; j--) {
      final Mention m = a.mentionAt[j];
      if (m != null && m.type() == 'T') {
        j = m.from();
        continue;
      }
      if (m != null) {
        return m.type() == 'C' && m.id() != null ? m : null;
      }
      if (t.kind[j] != Tokens.WORD || !SUBJECT_GAP.has(t, j)) {
        return null;
      }
    }
    return null;
  }

  /** The first team named in the clause [cs, ce), or null. */
  private String firstTeamIn(int cs, int ce) {
    for (int j = cs; j < ce; j++) {
      final Mention m = a.mentionAt[j];
      if (m != null && m.type() == 'T' && m.id() != null && !a.isMarket(m.id())) {
        return m.id();
      }
    }
    return null;
  }

  /**
   * The headline's team: the one team it names, or the team that opens it as its topic ("Juve, …",
   * "Leicester: …"); null otherwise.
   */
  private String headlineTeam() {
    String only = null;
    boolean several = false;
    for (int j = 0; j < end; j++) {
      final Mention m = a.mentionAt[j];
      if (m != null && m.type() == 'T' && m.id() != null && !a.isMarket(m.id())) {
        several |= only != null && !only.equals(m.id());
        only = only == null ? m.id() : only;
        j = m.to() - 1;
      }
    }
    if (!several) {
      return only;
    }
    final int k = end > 1 && Tokens.DEFINITE_ARTICLES.has(t, 0) ? 1 : 0;
    final Mention first = a.mentionAt[k];
    return first != null && first.type() == 'T' && first.from() == k && !a.isMarket(first.id())
        ? first.id()
        : null;
  }

  /**
   * The headline tells the team's bench vacated by another coach ("fuori Sampaoli", "Allegri
   * esonerato"): in its own words, or in what binding found in the title's sentences.
   */
  private boolean vacated(Head h, List<Head> heads, List<Found> found) {
    for (Head o : heads) {
      if (o.team().equals(h.team()) && !o.coach().equals(h.coach()) && departs(o.relation())) {
        return true;
      }
    }
    final int last = end > 0 ? t.sentence[end - 1] : -1;
    for (Found f : found) {
      if (f.sentence() <= last
          && h.team().equals(f.team())
          && !f.coach().equals(h.coach())
          && departs(f.relation())) {
        return true;
      }
    }
    return false;
  }

  private static boolean departs(Relation r) {
    return r.endsSpell() || r == Relation.LEAVING;
  }

  /**
   * The relation a headline statement keeps against the body (the sentences after the title): an
   * appointment is dropped when the body has him agree with another club, and is only a candidacy
   * when the body has him coach another and says nothing of this one; a sacking the body tells as
   * an appointment is dropped.
   */
  private static Relation checked(Head h, List<Found> found, int lastTitleSentence) {
    boolean elsewhere = false;
    boolean here = false;
    for (Found f : found) {
      if (!f.coach().equals(h.coach())) {
        continue;
      }
      if (f.sentence() <= lastTitleSentence) {
        here |= h.team().equals(f.team());
        continue; // the title's own reading is not the body's word
      }
      if (h.team().equals(f.team())) {
        here = true;
        if (h.relation() == Relation.SACKED && f.relation() == Relation.AGREED) {
          return null;
        }
      } else if (h.relation() == Relation.AGREED && f.relation() == Relation.AGREED) {
        return null;
      } else {
        elsewhere |= f.relation().impliesCurrentTeam();
      }
    }
    return h.relation() == Relation.AGREED && elsewhere && !here ? Relation.LINKED : h.relation();
  }
}
