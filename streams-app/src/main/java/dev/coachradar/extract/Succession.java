package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.Cue;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Succession and inheritance: "al posto di X", "il dopo-X", a successor's bench taken from his
 * predecessor, and appointments that name no team but a bench the article says is being vacated.
 * These wait for every cue of the article to be read.
 */
abstract class Succession extends CoachSlots {
  Succession(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  /**
   * "il dopo-Gasperini", "il post-Ancelotti": the coach joined to the cue is the one whose
   * succession the sentence is about; placed after the loop ({@link #compoundPredecessors}).
   */
  void bindSuccessionCompound(Binding b, CueHit c) {
    final Mention coach = c.to() < t.size ? mentionAt[c.to()] : null;
    if (coach != null && coach.type() == 'C' && coach.from() == c.to()) {
      final int sent = t.sentence[c.from()];
      b.compounds.add(new Found(coach.id(), null, c.cue().relation(), strengthOf(sent), sent));
      b.compoundAt.add(c.from());
    }
  }

  /**
   * "per il dopo-Gasperini la Dea aveva puntato su Juric": when the same sentence tells a successor
   * chosen or appointed, the coach of the compound has left that bench. A succession only planned
   * ("prima scelta per il dopo-Tudor") says nothing: he may still hold it.
   */
  void compoundPredecessors(Binding b) {
    for (int i = 0; i < b.compounds.size(); i++) {
      final Found f = b.compounds.get(i);
      final String team = successorsBench(b, f.coach(), f.sentence(), b.compoundAt.get(i));
      if (team != null) {
        b.found.add(new Found(f.coach(), team, f.relation(), f.strength(), f.sentence()));
      }
    }
  }

  /**
   * The one bench a sentence tells another coach chosen for or appointed to, or null. Of several,
   * the one named in the compound's clause ("sul taccuino dell'Atalanta per il dopo-Gasperini, ma
   * la Dea ha puntato su Juric; il Tottenham gli ha preferito Frank").
   */
  String successorsBench(Binding b, String predecessor, int sent, int at) {
    final Set<String> teams = new java.util.LinkedHashSet<>();
    for (Choice ch : b.choices) {
      if (ch.sentence() == sent && !ch.chosen().isEmpty() && !ch.chosen().equals(predecessor)) {
        teams.add(ch.team());
      }
    }
    for (Found g : b.found) {
      if (g.sentence() == sent
          && g.relation() == Relation.AGREED
          && !g.coach().equals(predecessor)) {
        teams.add(g.team());
      }
    }
    if (teams.size() > 1) {
      teams.retainAll(teamsInClause(at));
    }
    return teams.size() == 1 ? teams.iterator().next() : null;
  }

  /**
   * "il tecnico croato è stato preferito a X": X is turned down by the bench the preferred coach
   * (named before the cue) takes, as for a predecessor. "raccoglie l'eredità di X", "al posto di
   * X", "he replaces X": X left the bench the successor (named before the cue) now holds, else the
   * bench the article is about.
   */
  void bindSuccession(
      Binding b,
      CueHit c,
      Relation relation,
      Mention coach,
      List<Mention> coaches,
      double strength,
      int sent) {
    final Mention successor = successor(c);
    final boolean arrival = arrivalBefore(c);
    final Mention at = teamAfterObject(coach);
    if (at != null && relation == Relation.LEFT) {
      // "Dyche replaces Silva at Everton", "prende il posto di Zanetti al Sassuolo"
      addAll(b.found, coaches, at.id(), relation, strength, sent);
      return;
    }
    for (Mention co : coaches) {
      final boolean self =
          successor == null || successor.id() == null || successor.id().equals(co.id());
      b.inherited.add(new Found(co.id(), self ? null : successor.id(), relation, strength, sent));
      b.arrivals.add(arrival);
    }
  }

  /**
   * "Lazio have appointed X, who took over from Y at Al Nassr", "che era subentrato a Y al Lilla":
   * the bench named right after a predecessor is the one he left, not the team before the cue (the
   * successor's new club); otherwise {@code teams}.
   */
  List<Mention> benchAfterPredecessor(CueHit c, Mention coach, List<Mention> teams) {
    if (c.cue().relation() != Relation.LEFT || !c.cue().coachRight() || coach.from() < c.to()) {
      return teams;
    }
    final Mention at = teamAfterObject(coach);
    return at != null && !isMarket(at.id()) ? List.of(at) : teams;
  }

  /**
   * "la Juventus ha esonerato X e ha affidato la guida a Y": the appointment is made by the team
   * that is the subject of the sentence, when the coach is the cue's object.
   */
  void bindUnplacedAppointment(
      Binding b, CueHit c, Mention coach, List<Mention> coaches, double strength, int sent) {
    Mention subject = coach.from() > c.from() ? sentenceSubjectTeam(c, false) : returnedTo(c);
    if (subject == null && coach.from() > c.from() && successionIn(t.sentence[c.from()])) {
      // "per il post-Ancelotti, affidando la panchina prima a X e poi a Y": a sentence about a
      // succession that names no team is about the club the sentence before named
      subject = teamInPreviousSentence(c);
    }
    if (subject != null) {
      addAll(b.found, coaches, subject.id(), Relation.AGREED, strength, sent);
    } else if (coach.type() == 'C' && !sentenceHasTeam(sent) && !genericTeams(sent)) {
      // "Leeds sacked Silva. Dyche has agreed a two-year deal": an appointment that names no
      // team is to the bench in play, resolved after the loop
      addAll(b.inPlay, coaches, null, Relation.AGREED, strength, sent);
    }
  }

  /**
   * Whether sentence {@code sent} names no team and tells a succession with a compound joined to a
   * coach ("il post-Ancelotti", "il dopo-Gasperini").
   */
  boolean successionIn(int sent) {
    if (sentenceHasTeam(sent)) {
      return false;
    }
    for (CueHit h : compoundHits) {
      if (t.sentence[h.from()] == sent
          && h.to() < t.size
          && mentionAt[h.to()] != null
          && mentionAt[h.to()].type() == 'C'
          && mentionAt[h.to()].from() == h.to()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "X, who won the title with Benfica in 2019, has agreed to return": a comeback cue ({@link
   * Cue#back()}) naming no team goes back to the one team the sentence names before it, or null.
   */
  Mention returnedTo(CueHit c) {
    if (!c.cue().back()) {
      return null;
    }
    Mention team = null;
    for (int j = t.sentenceStart[t.sentence[c.from()]]; j < c.from(); j++) {
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'T' && !isMarket(m.id())) {
        if (team != null && !team.id().equals(m.id())) {
          return null;
        }
        team = m;
      }
    }
    return team;
  }

  static void addAll(
      List<Found> out,
      List<Mention> coaches,
      String team,
      Relation relation,
      double strength,
      int sent) {
    for (Mention co : coaches) {
      out.add(new Found(co.id(), team, relation, strength, sent));
    }
  }

  /** Places what waited for the whole article: predecessors and cues that named no team. */
  void resolveDeferred(Binding b) {
    final List<Found> found = b.found;
    // "in bilico", "was sacked" without a team: the team he coaches according to this article
    final Map<String, String> currentTeam = new HashMap<>();
    for (Found g : found) {
      if (g.relation().impliesCurrentTeam()) {
        currentTeam.putIfAbsent(g.coach(), g.team());
      }
    }
    resolveInherited(b, currentTeam);
    // benches each coach holds or held according to this article
    final Set<String> benches = new HashSet<>();
    for (Found g : found) {
      if (g.relation().impliesCurrentTeam() || g.relation().endsSpell()) {
        benches.add(g.coach() + '|' + g.team());
      }
    }
    for (Found f : b.teamless) {
      if (f.relation() == Relation.REJECTED) {
        // never a bench he holds or held according to the article
        if (!benches.contains(f.coach() + '|' + f.team())) {
          found.add(f);
        }
        continue;
      }
      // "raccoglie l'eredità di X, esonerato dopo il ko": the bench X's successor took, even when
      // X coaches elsewhere now ("X, esonerato a ottobre, oggi allena i Wolves")
      String team = f.relation().endsSpell() ? b.predecessorTeam.get(f.coach()) : null;
      if (team == null) {
        team = currentTeam.get(f.coach());
      }
      if (team == null
          && (f.relation() == Relation.AT_RISK
              || f.relation() == Relation.LEAVING
              || f.relation() == Relation.SACKED)) {
        team = recentTeam.getOrDefault(f.sentence(), topicTeam);
      }
      if (team != null) {
        found.add(new Found(f.coach(), team, f.relation(), f.strength(), f.sentence()));
      }
    }
  }

  /** A predecessor left the bench his successor holds, takes, or took ("arrivato al posto di"). */
  void resolveInherited(Binding b, Map<String, String> currentTeam) {
    final List<Found> found = b.found;
    final Map<String, String> nextTeam = new HashMap<>(currentTeam);
    final Set<String> ended = endedSpells(found);
    for (Found g : found) {
      if (g.relation() == Relation.AGREED && !ended.contains(g.coach() + '|' + g.team())) {
        nextTeam.put(g.coach(), g.team());
      }
    }
    // the bench he holds or, failing that, the one the article says he lost
    final Map<String, String> heldTeam = new HashMap<>(currentTeam);
    for (Found g : found) {
      if (g.relation().endsSpell()) {
        heldTeam.putIfAbsent(g.coach(), g.team());
      }
    }
    for (int i = 0; i < b.inherited.size(); i++) {
      final Found f = b.inherited.get(i);
      String team = null;
      if (f.team() != null) {
        // "X, arrivato al posto di Y": the bench X took then, not the one he is moving to
        team =
            b.arrivals.get(i)
                ? arrivalBench(b, currentTeam, heldTeam, nextTeam, f.team(), f.sentence())
                : nextTeam.getOrDefault(f.team(), heldTeam.get(f.team()));
      }
      team = team == null ? topicTeam : team;
      if (team != null) {
        found.add(new Found(f.coach(), team, f.relation(), f.strength(), f.sentence()));
        b.predecessorTeam.putIfAbsent(f.coach(), team);
      }
    }
  }

  /**
   * The bench a successor took on his arrival ("X, arrivato a ottobre per sostituire Y"): the one
   * the arrival's sentence gives him, else the one the sentence before does, else the one he holds
   * or, failing that, lost, else the one he is moving to.
   */
  private String arrivalBench(
      Binding b,
      Map<String, String> currentTeam,
      Map<String, String> heldTeam,
      Map<String, String> nextTeam,
      String successor,
      int sent) {
    String team = benchInSentence(b.found, successor, sent);
    if (team == null
        && b.teamless.stream()
            .anyMatch(
                g ->
                    g.sentence() == sent
                        && g.coach().equals(successor)
                        && (g.relation() == Relation.SACKED
                            || g.relation() == Relation.AT_RISK
                            || g.relation() == Relation.LEAVING))) {
      // "il club ha esonerato X, arrivato per sostituire Y": the bench his dismissal names
      team = currentTeam.getOrDefault(successor, recentTeam.getOrDefault(sent, topicTeam));
    }
    if (team == null && sent > 0) {
      // "Lo Spezia fu la consacrazione. Arrivato nel 2019 per prendere il posto di X, ...": the
      // arrival goes on with the spell the sentence before told
      team = benchInSentence(b.found, successor, sent - 1);
      team = team != null ? team : benchInSentence(b.careerFound, successor, sent - 1);
    }
    return team != null ? team : heldTeam.getOrDefault(successor, nextTeam.get(successor));
  }

  /**
   * "il club ha esonerato X, arrivato a ottobre per sostituire Y": the bench the sentence of an
   * arrival gives the successor (held, lost or taken there) is the one he took from Y; among
   * several ("l'ex tecnico di A e B, arrivato per sostituire Y") only the one he holds, else null.
   */
  private static String benchInSentence(List<Found> found, String successor, int sent) {
    String held = null;
    final Set<String> benches = new HashSet<>();
    for (Found g : found) {
      if (g.sentence() != sent || !g.coach().equals(successor)) {
        continue;
      }
      if (g.relation().impliesCurrentTeam()) {
        held = held == null ? g.team() : held;
      }
      if (g.relation().impliesCurrentTeam()
          || g.relation().endsSpell()
          || g.relation() == Relation.AGREED) {
        benches.add(g.team());
      }
    }
    return held != null ? held : benches.size() == 1 ? benches.iterator().next() : null;
  }

  /**
   * Pairs whose spell the article ends (LEFT, SACKED): an appointment to such a bench ("l'ex
   * centrocampista del Milan ha firmato") is not the bench the coach moves to.
   */
  Set<String> endedSpells(List<Found> found) {
    final Set<String> ended = new HashSet<>();
    for (Found g : found) {
      if (g.relation().endsSpell()) {
        ended.add(g.coach() + '|' + g.team());
      }
    }
    return ended;
  }

  /**
   * The bench in play for an appointment that names no team: the article's topic team when another
   * coach left, lost or is losing its bench, else the team whose bench that happens in this or the
   * previous sentence; never a team the appointed coach has another tie to.
   */
  void benchInPlay(List<Found> found, List<Found> inPlay) {
    for (Found f : inPlay) {
      String team = null;
      int at = -1;
      boolean topicVacated = false;
      final Set<String> own = new HashSet<>();
      for (Found g : found) {
        if (g.coach().equals(f.coach())) {
          own.add(g.team());
        }
      }
      for (Found g : found) {
        final Relation r = g.relation();
        if (!g.coach().equals(f.coach())
            && (r == Relation.SACKED
                || r == Relation.LEFT
                || r == Relation.LEAVING
                || r == Relation.AT_RISK)
            && g.sentence() <= f.sentence()) {
          topicVacated |= g.team().equals(topicTeam);
          if (f.sentence() - g.sentence() <= 1 && g.sentence() >= at) {
            team = g.team();
            at = g.sentence();
          }
        }
      }
      // the article's topic when its bench is the one vacated, else a vacancy told just before
      team = topicVacated ? topicTeam : team;
      if (team != null && !own.contains(team)) {
        found.add(new Found(f.coach(), team, f.relation(), f.strength(), f.sentence()));
      }
    }
  }
}
