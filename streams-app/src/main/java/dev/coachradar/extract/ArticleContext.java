package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.Cue;
import dev.coachradar.extract.KnowledgeBase.EntityRef;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * State of one extraction call over one article: its tokens, the mentions and cues found in it, the
 * per-sentence facts the rules share, and the clause geometry over {@link Tokens} every concern
 * reads. The concerns of an extraction run are layered on it, each a subclass of the one it builds
 * on (cue reading, team and coach mentions, lists, team and coach slots of a cue, succession,
 * binding, aggregation), so that each concern sits in one file while they all share this state
 * without copying it. Not thread-safe: one instance per call.
 */
abstract class ArticleContext {
  /** Longest backward or forward scan for a subject or context team, in tokens. */
  static final int MAX_SCAN = 80;

  /** Words that open a new clause: a cue does not reach a team across them. */
  static final WordSet CLAUSE_WORDS =
      WordSet.of(
          "ma", "mentre", "but", "while", "whereas", "pero", "tuttavia", "although", "though");

  static final WordSet CONJUNCTIONS = WordSet.of("e", "ed", "and", "o", "or");

  /** A resolved mention: C coach, I implicit coach (pronoun, "il tecnico"), P person, T team. */
  record Mention(char type, String id, int from, int to) {}

  /** A cue occurrence over tokens [from, to). */
  record CueHit(Cue cue, int from, int to) {}

  /** A team's choice: the team, the coach chosen, the passed-over people named with it. */
  record Choice(String team, String chosen, List<String> passed, int sentence, double strength) {}

  /** One candidate relation found in one sentence. */
  record Found(String coach, String team, Relation relation, double strength, int sentence) {}

  /** What binding collects over one article's cues; the deferred lists wait for the last cue. */
  static final class Binding {
    final List<Found> found;
    final Map<String, Integer> free;
    final Map<String, Integer> employed;
    final List<Found> careerFound;

    /** Cues that named no team, placed once every cue is read. */
    final List<Found> teamless = new ArrayList<>();

    /** Inheritance cues: (predecessor, successor-or-null in the team slot). */
    final List<Found> inherited = new ArrayList<>();

    /** Per inherited entry: the successor's arrival is told as past ("arrivato al posto di X"). */
    final List<Boolean> arrivals = new ArrayList<>();

    final List<Choice> choices = new ArrayList<>();

    /** Appointments naming no team: to the bench the article says is being vacated. */
    final List<Found> inPlay = new ArrayList<>();

    /** Coaches joined to a succession compound ("il dopo-X"), per sentence. */
    final List<Found> compounds = new ArrayList<>();

    /** Per compound: the token it starts at. */
    final List<Integer> compoundAt = new ArrayList<>();

    /** Predecessor -> the bench his successor took from him, once resolved. */
    final Map<String, String> predecessorTeam = new HashMap<>();

    Binding(
        List<Found> found,
        Map<String, Integer> free,
        Map<String, Integer> employed,
        List<Found> careerFound) {
      this.found = found;
      this.free = free;
      this.employed = employed;
      this.careerFound = careerFound;
    }
  }

  final KnowledgeBase kb;

  final NewsArticle article;
  final String text;
  final Tokens t;
  Mention[] mentionAt;

  /** Tokens of a team alias that context could not resolve ("Genova": Genoa or Sampdoria). */
  boolean[] unresolvedTeam;

  /** Set by teamsFor: the cue's team slot holds a team alias left unresolved. */
  boolean slotUnresolved;

  /** The cue starting at a token, and the cue ending at it (cues never overlap). */
  CueHit[] cueAt;

  CueHit[] cueEndAt;
  final List<Mention> mentions = new ArrayList<>();
  final List<CueHit> cues = new ArrayList<>();

  /** Succession compounds ("il dopo-X"), apart from {@link #cues}: they may overlap one. */
  final List<CueHit> compoundHits = new ArrayList<>();

  final Map<String, String> names = new HashMap<>();

  /** People and coaches named in full anywhere in the article, with their first position. */
  final Map<String, Integer> fullNamed = new HashMap<>();

  /**
   * Coaches named in full, or by an alias inside a sentence, and teams named inside a sentence or
   * by a longer name, somewhere in the article.
   */
  final Set<String> confirmed = new java.util.HashSet<>();

  /** First name -> the person named in full with it ("Lorenzo" after "Lorenzo Pellegrini"). */
  final Map<String, EntityRef> firstNames = new HashMap<>();

  String topicTeam;

  /** Per sentence: the latest team named up to its end, within two sentences. */
  final Map<Integer, String> recentTeam = new HashMap<>();

  final long fingerprint;
  boolean[] hedged;

  /** Per sentence: it speaks of a coach not yet named ("a caretaker", "un nuovo tecnico"). */
  boolean[] genericCoach;

  String lang;

  /** Sentences where a candidacy is told and then closed. */
  CandidacyClosure closure;

  /** Per sentence: the two clubs a "both clubs" in it stands for (empty: none). */
  final Map<Integer, List<String>> bothTeams = new HashMap<>();

  /** "sentence|team" for each team named as the object of a refusal cue. */
  Set<String> refusedObjects;

  /** The coach the article is a portrait of, computed once ({@link #portraitCoach}). */
  Optional<Mention> portrait;

  ArticleContext(KnowledgeBase kb, NewsArticle article) {
    this.kb = kb;
    this.article = article;
    this.text = article.text();
    this.t =
        Tokens.of(
            text.length() > RuleExtractor.MAX_CHARS
                ? text.substring(0, RuleExtractor.MAX_CHARS)
                : text);
    this.fingerprint = Fingerprint.simhash(article.body());
  }

  /** The first word of its sentence (past opening quotes and dashes). */
  boolean sentenceInitial(int k) {
    for (int j = t.sentenceStart[t.sentence[k]]; j < k; j++) {
      if (t.kind[j] == Tokens.WORD) {
        return false;
      }
    }
    return true;
  }

  /** Whether a comma or a clause-opening word lies between tokens {@code from} and {@code to}. */
  boolean clauseBreakBetween(int from, int to) {
    for (int j = Math.max(from + 1, to - MAX_SCAN); j < to; j++) {
      if (t.norm[j].equals(",") || CLAUSE_WORDS.has(t, j)) {
        return true;
      }
    }
    return false;
  }

  void add(Mention m) {
    mentions.add(m);
    for (int j = m.from(); j < m.to() && j < t.size; j++) {
      mentionAt[j] = m;
    }
  }

  int nextWord(int k) {
    return k < t.size && t.kind[k] == Tokens.WORD ? k : -1;
  }

  int prevWord(int k) {
    return k - 1 >= 0 && t.kind[k - 1] == Tokens.WORD ? k - 1 : -1;
  }

  boolean clauseEndBetween(int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.isHardBoundary(j) || t.norm[j].equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** Whether another team is named in [from, to): the subject's reach ends there. */
  boolean teamBetween(int from, int to) {
    for (int j = Math.max(from, to - MAX_SCAN); j < to; j++) {
      if (mentionAt[j] != null && (mentionAt[j].type() == 'T' || mentionAt[j].type() == 'O')) {
        return true;
      }
    }
    return false;
  }

  /** "c'è", "ci sono", "c'era", "ci sarebbe" at token k (two words). */
  boolean existential(int k) {
    final String a = t.norm[k];
    final String b = t.norm[k + 1];
    return t.kind[k] == Tokens.WORD
        && t.kind[k + 1] == Tokens.WORD
        && ((a.equals("c") && (b.equals("e") || b.equals("era")))
            || (a.equals("ci")
                && (b.equals("sono")
                    || b.equals("sarebbe")
                    || b.equals("sarebbero")
                    || b.equals("erano"))));
  }

  /** A token that links teams in a list: a team, a comma, "e"/"and". */
  boolean listLink(int j) {
    return (mentionAt[j] != null && mentionAt[j].type() == 'T')
        || (t.kind[j] == Tokens.PUNCT && t.norm[j].equals(","))
        || (t.kind[j] == Tokens.WORD && CONJUNCTIONS.has(t, j));
  }

  boolean sentenceHasTeam(int sent) {
    return teamIn(
        t.sentenceStart[sent],
        Math.min(t.sentenceStart[sent + 1], t.sentenceStart[sent] + 4 * MAX_SCAN));
  }

  /** Whether a team mention lies on a token in {@code [from, to)}. */
  boolean teamIn(int from, int to) {
    for (int j = from; j < to; j++) {
      if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
        return true;
      }
    }
    return false;
  }

  /** A team mention starts at token {@code k}. */
  boolean teamStartsAt(int k) {
    return mentionAt[k] != null && mentionAt[k].type() == 'T' && mentionAt[k].from() == k;
  }

  boolean isDigits(int j) {
    final String w = t.norm[j];
    return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.length() <= 2;
  }

  boolean isPerson(Mention m) {
    return m.type() == 'C' || m.type() == 'I' || m.type() == 'P';
  }

  /** Clause ends for the coach search: a colon or a dash does not end it (titles use both). */
  boolean softBoundary(int j) {
    if (!t.isHardBoundary(j)) {
      return t.kind[j] == Tokens.WORD && (t.norm[j].equals("mentre") || t.norm[j].equals("while"));
    }
    final String p = t.norm[j];
    return !(p.equals(":") || p.equals("-") || p.equals("–") || p.equals("—"));
  }
}
