package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.model.Employment;
import dev.coachradar.model.Evidence;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aggregation: one relation per (coach, team) pair from what binding found, chosen by {@link
 * dev.coachradar.model.Relation#precedence()}, with market-placeholder teams yielding to clubs, and
 * the signals built from them.
 */
abstract class Aggregation extends Binder {
  Aggregation(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  // ---- output ---------------------------------------------------------------------------

  List<Signal> aggregate(
      List<Found> found, Map<String, Integer> free, Map<String, Integer> employed) {
    final Map<String, Found> best = new LinkedHashMap<>();
    final Map<String, Double> strength = new HashMap<>();
    // the bench the article says he holds: a move to it cannot be turned down ("resta al Napoli"
    // ... "non vuole lasciare Napoli")
    final Map<String, Found> holds = new HashMap<>();
    for (Found f : found) {
      if (f.relation().impliesCurrentTeam()) {
        final String key = f.coach() + '|' + f.team();
        final Found h = holds.get(key);
        if (h == null || f.relation().precedence() > h.relation().precedence()) {
          holds.put(key, f);
        }
      }
    }
    final Set<Integer> returns = returnSentences();
    for (Found f0 : found) {
      final String key = f0.coach() + '|' + f0.team();
      final Found f =
          f0.relation() == Relation.REJECTED && holds.containsKey(key) ? holds.get(key) : f0;
      final Found b = best.get(key);
      if (b == null || outranks(f, b, returns)) {
        best.put(key, f);
        strength.put(key, f.strength());
      } else if (f.relation() == b.relation()) {
        strength.merge(key, f.strength(), Math::max);
      }
    }
    // a market ("the Premier League", Saudi money) has no bench to coach or be sacked from
    best.values().removeIf(f -> isMarket(f.team()) && !marketRelation(f.relation()));
    marketYieldsToClub(best);
    // one move per coach: the agreement told first is the news, later ones are his past;
    // a bench he holds while agreed elsewhere is one he is leaving
    final Map<String, Found> firstAgreed = new HashMap<>();
    for (Found f : best.values()) {
      if (f.relation() == Relation.AGREED) {
        final Found o = firstAgreed.get(f.coach());
        if (o == null || f.sentence() < o.sentence()) {
          firstAgreed.put(f.coach(), f);
        }
      }
    }
    for (Map.Entry<String, Found> e : best.entrySet()) {
      final Found f = e.getValue();
      final Found agreed = firstAgreed.get(f.coach());
      if (agreed == null || agreed == f) {
        continue;
      }
      if (f.relation() == Relation.AGREED) {
        e.setValue(pastSpellEnd(f, found));
      } else if (f.relation() == Relation.COACHES) {
        e.setValue(new Found(f.coach(), f.team(), Relation.LEAVING, f.strength(), f.sentence()));
      }
    }
    closedCandidacies(best);
    final List<Signal> out = new ArrayList<>(best.size() + free.size() + employed.size());
    for (Map.Entry<String, Found> e : best.entrySet()) {
      final Found f = e.getValue();
      out.add(
          signal(f.coach(), f.team(), f.relation(), null, strength.get(e.getKey()), f.sentence()));
    }
    for (Map.Entry<String, Integer> e : free.entrySet()) {
      out.add(signal(e.getKey(), null, null, Employment.FREE, 1.0, e.getValue()));
    }
    for (Map.Entry<String, Integer> e : employed.entrySet()) {
      if (!free.containsKey(e.getKey())) {
        out.add(signal(e.getKey(), null, null, Employment.EMPLOYED, 1.0, e.getValue()));
      }
    }
    return out;
  }

  /**
   * Candidacies the article's present closes (REJECTED, ANNOTATION.md rule 1: the team chose
   * someone else, or the move is off): a candidacy recalled in the past perfect ({@link
   * CandidacyClosure#recalled}: "aveva sondato anche Y", "had held talks with Y") is closed when
   * the team appointed another coach, or when the coach holds or has agreed another bench ("ha
   * rinnovato con il Genoa ... era stato accostato alla Fiorentina"). A candidacy told in the
   * English simple past ({@link CandidacyClosure#episode}: "Brighton interviewed X") is closed when
   * the team appointed another coach. A live candidacy stands even beside an appointment: the
   * appointment may be an interim's ("Völler to take charge for the friendly" while the search goes
   * on), and the articles do not always say so.
   */
  void closedCandidacies(Map<String, Found> best) {
    final Map<String, String> appointedTo = new HashMap<>();
    final Map<String, String> benchOf = new HashMap<>();
    for (Found f : best.values()) {
      if (isMarket(f.team())) {
        continue;
      }
      if (f.relation() == Relation.AGREED) {
        appointedTo.putIfAbsent(f.team(), f.coach());
      }
      if (f.relation() == Relation.AGREED || f.relation().impliesCurrentTeam()) {
        benchOf.putIfAbsent(f.coach(), f.team());
      }
    }
    for (Map.Entry<String, Found> e : best.entrySet()) {
      final Found f = e.getValue();
      if (f.relation() != Relation.LINKED) {
        continue;
      }
      final boolean recalled = closure.recalled(f.sentence());
      final String appointed = appointedTo.get(f.team());
      final String bench = benchOf.get(f.coach());
      final boolean otherAppointed = appointed != null && !appointed.equals(f.coach());
      if ((recalled && (otherAppointed || (bench != null && !bench.equals(f.team()))))
          || (closure.episode(f.sentence()) && otherAppointed)) {
        e.setValue(new Found(f.coach(), f.team(), Relation.REJECTED, f.strength(), f.sentence()));
      }
    }
  }

  /** Words of a coach coming back to a bench, folded. */
  static final WordSet RETURN_WORDS =
      WordSet.of("ritorno", "tornare", "rientro", "return", "comeback", "reunion");

  /** How far after a LINKED cue a return word still names what the cue is about. */
  static final int RETURN_REACH = 3;

  /**
   * Whether {@code f} should replace {@code b} for one pair: by precedence, except that a link told
   * as a return ("un clamoroso ritorno di X", "a possible return for X") is the pair's stance as of
   * the article's date, which the spell it presupposes (LEFT, SACKED) does not outrank.
   */
  boolean outranks(Found f, Found b, Set<Integer> returns) {
    if (f.relation() == Relation.LINKED
        && b.relation().endsSpell()
        && returns.contains(f.sentence())) {
      return true;
    }
    if (b.relation() == Relation.LINKED
        && f.relation().endsSpell()
        && returns.contains(b.sentence())) {
      return false;
    }
    return f.relation().precedence() > b.relation().precedence();
  }

  /**
   * The sentences where a LINKED cue is about a return: a return word inside the cue or right after
   * it ("un ritorno di X", "weighing a return for X"); a negated cue is no link.
   */
  Set<Integer> returnSentences() {
    final Set<Integer> out = new java.util.HashSet<>();
    for (CueHit c : cues) {
      if (c.cue().kind() != CueKind.REL || c.cue().relation() != Relation.LINKED || negated(c)) {
        continue;
      }
      final int sent = t.sentence[c.from()];
      for (int j = c.from(); j < c.to() + RETURN_REACH && j < t.size; j++) {
        if (t.sentence[j] == sent && RETURN_WORDS.has(t, j)) {
          out.add(sent);
          break;
        }
      }
    }
    return out;
  }

  /**
   * A past hiring (an agreement that is not the article's news) ended some way: "Everton hired him
   * ... and he was dismissed" is SACKED by Everton, where the agreement alone would outrank the
   * dismissal; without a dismissal of that pair in the sentence of the hiring it is a spell that
   * ended (LEFT).
   */
  Found pastSpellEnd(Found agreed, List<Found> found) {
    Relation end = Relation.LEFT;
    for (Found f : found) {
      if (f.relation() == Relation.SACKED
          && f.sentence() == agreed.sentence()
          && f.coach().equals(agreed.coach())
          && f.team().equals(agreed.team())) {
        end = Relation.SACKED;
        break;
      }
    }
    return new Found(agreed.coach(), agreed.team(), end, agreed.strength(), agreed.sentence());
  }

  /**
   * "Brighton appoint X: he becomes the Premier League's youngest head coach": an appointment to a
   * club says where he goes; the market named beside it is where that club plays, no move of its
   * own. "X è il nuovo allenatore del Brighton: la Premier come approdo naturale": once he has
   * agreed with a club of a market, a candidacy for that market is the move made, not another one.
   */
  void marketYieldsToClub(Map<String, Found> best) {
    final Set<String> toClub = new java.util.HashSet<>();
    final Set<String> toCountry = new java.util.HashSet<>();
    for (Found f : best.values()) {
      if (f.relation() == Relation.AGREED && !isMarket(f.team())) {
        toClub.add(f.coach());
        final KnowledgeBase.Team club = kb.teams.get(f.team());
        if (club != null && "club".equals(club.kind())) {
          toCountry.add(f.coach() + '|' + club.country());
        }
      }
    }
    best.values()
        .removeIf(
            f ->
                (f.relation() == Relation.AGREED
                        && isMarket(f.team())
                        && toClub.contains(f.coach()))
                    || (f.relation() == Relation.LINKED
                        && isMarket(f.team())
                        && toCountry.contains(f.coach() + '|' + kb.teams.get(f.team()).country())));
  }

  boolean marketRelation(Relation r) {
    return r == Relation.LINKED || r == Relation.REJECTED || r == Relation.AGREED;
  }

  Signal signal(
      String coach, String team, Relation rel, Employment emp, double strength, int sentence) {
    final int first = t.sentenceStart[sentence];
    final int last = Math.max(first, t.sentenceStart[sentence + 1] - 1);
    final int s = t.start[first];
    final int e = t.end[last];
    final Evidence ev = new Evidence(article.id(), article.title(), text.substring(s, e), s, e);
    final String name = names.getOrDefault(coach, coach);
    return new Signal(
        coach,
        name == null ? coach : name,
        team,
        rel,
        emp,
        strength,
        article.id(),
        article.publishedAt(),
        article.source(),
        fingerprint,
        ev);
  }
}
