package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binding: every relation cue to its coach and teams ({@link #bind} and its steps), with teamless
 * cues, choices and passed-over candidates, career stages, companions and possessives ("his side")
 * placed once the whole article is read.
 */
abstract class Binder extends Succession {
  /** A club named by a common noun ("il club", "la società", "the club"). */
  static final WordSet CLUB_NOUNS = WordSet.of("club", "societa");

  /** Longest distance, in tokens, from a free coach's cue to the team his idleness dates from. */
  static final int FREE_SINCE_REACH = 10;

  /** How far after a companion cue ("affiancato ... da X") its coach is looked for, in tokens. */
  static final int COMPANION_REACH = 8;

  /** Words allowed between a companion cue and its coach ("insieme anche a", "only by"). */
  static final WordSet COMPANION_GAP =
      WordSet.of(
          "da",
          "a",
          "ad",
          "di",
          "solo",
          "soltanto",
          "anche",
          "nella",
          "nel",
          "in",
          "sulla",
          "by",
          "only",
          "also",
          "just",
          "the",
          "on");

  static final WordSet NOW_WORDS = WordSet.of("ora", "oggi", "now", "currently");

  /**
   * Relative adverbs of place and time ({@link #RELATIVE_PLACE} and "quando", "when"): a companion
   * cue's lead is not looked for beyond them, they open a clause about something else.
   */
  static final WordSet PLACE_AND_TIME_RELATIVES = WordSet.of("dove", "where", "quando", "when");

  /** Nouns after "whose" and a team that name the team he leads ("whose Fulham side"). */
  static final WordSet SIDE_WORDS = WordSet.of("side", "team", "squad", "players");

  Binder(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  // ---- binding --------------------------------------------------------------------------

  /**
   * Binds every cue to its coach and teams. What a cue cannot place on its own (a refusal, a
   * predecessor, an appointment naming no team) waits in {@link Binding} until every cue has been
   * read. Kept in small steps: one large method here was recompiled over and over by the JIT.
   */
  void bind(
      List<Found> found,
      Map<String, Integer> free,
      Map<String, Integer> employed,
      List<Found> careerFound) {
    final Binding b = new Binding(found, free, employed, careerFound);
    for (CueHit c0 : cues) {
      bindCue(b, refusedMove(arrivalOnly(c0)));
    }
    careerPaths(careerFound);
    benchInPlay(found, b.inPlay);
    passedOver(found, b.choices);
    possessives(found);
    resolveDeferred(b);
    for (CueHit c : compoundHits) {
      bindSuccessionCompound(b, c);
    }
    compoundPredecessors(b);
    companions(found);
    rolesInContext(found);
  }

  /**
   * "Allegri è il candidato ideale, affiancato nella lista solo da Klopp", "Chelsea want Tuchel
   * ahead of Klopp": the coach a companion cue ({@link CueKind#COMPANION}) introduces is a
   * candidate for the teams the same sentence links the coach named before the cue to. The
   * companion follows the cue across prepositions, adverbs and a candidacy cue only; the coach
   * before it must be in the same clause (no contrast or relative word between).
   */
  void companions(List<Found> found) {
    for (CueHit c : cues) {
      if (c.cue().kind() != CueKind.COMPANION) {
        continue;
      }
      final Mention companion = companionAfter(c);
      final Mention lead = companion == null ? null : leadBefore(c);
      if (lead == null || lead.id().equals(companion.id())) {
        continue;
      }
      final int sent = t.sentence[c.from()];
      final List<Found> shared = new ArrayList<>();
      for (Found f : found) {
        if (f.sentence() == sent
            && f.relation() == Relation.LINKED
            && f.coach().equals(lead.id())) {
          shared.add(new Found(companion.id(), f.team(), Relation.LINKED, f.strength(), sent));
        }
      }
      found.addAll(shared);
    }
  }

  /** The coach right after a companion cue, past prepositions, adverbs and a candidacy cue. */
  Mention companionAfter(CueHit c) {
    final int sent = t.sentence[c.from()];
    for (int j = c.to(); j < t.size && j < c.to() + COMPANION_REACH && t.sentence[j] == sent; ) {
      final Mention m = mentionAt[j];
      if (m != null) {
        return m.type() == 'C' ? m : null;
      }
      final CueHit h = cueAt[j];
      if (h != null && h.cue().kind() == CueKind.REL && h.cue().relation() == Relation.LINKED) {
        j = h.to(); // "affiancato nella lista dei desideri da X"
        continue;
      }
      if (t.kind[j] != Tokens.WORD || !COMPANION_GAP.has(t, j)) {
        return null;
      }
      j++;
    }
    return null;
  }

  /** The last coach named before a companion cue in its clause, or null. */
  Mention leadBefore(CueHit c) {
    final int sent = t.sentence[c.from()];
    for (int j = c.from() - 1; j > -1 && t.sentence[j] == sent; j--) {
      if (t.isHardBoundary(j)
          || (t.kind[j] == Tokens.WORD
              && (CLAUSE_WORDS.has(t, j)
                  || NAME_RELATIVES.has(t, j)
                  || PLACE_AND_TIME_RELATIVES.has(t, j)))) {
        return null;
      }
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'C') {
        return m;
      }
    }
    return null;
  }

  void bindCue(Binding b, CueHit c) {
    final CueKind kind = c.cue().kind();
    if (kind == CueKind.FREE || kind == CueKind.EMPLOYED) {
      // "fermo", "svincolato" / "è il nuovo allenatore", "ha firmato": his employment, stated
      final Mention coach = nearestCoach(c, 8, 4, false);
      if (coach != null && coach.type() != 'P' && !negated(c)) {
        (kind == CueKind.FREE ? b.free : b.employed).putIfAbsent(coach.id(), t.sentence[c.from()]);
      }
      if (kind == CueKind.FREE && !negated(c)) {
        // "Il tecnico, fermo dopo la retrocessione con l'Empoli": a generic reference will do
        final Mention free = coach != null ? coach : nearestCoach(c, 8, 4, true);
        if (free != null && free.type() != 'P' && free.id() != null) {
          freeSince(b, c, free);
        }
      }
      return;
    }
    if (kind != CueKind.REL) {
      return;
    }
    if (c.cue().career()) {
      careerStage(c, b.careerFound);
      return;
    }
    if (c.cue().listed()) {
      bindListed(b, c);
      return;
    }
    final Relation rel = c.cue().relation();
    if (rel == Relation.LINKED && !negated(c)) {
      closure.linked(c.from(), c.to());
    } else if (rel == Relation.REJECTED && !negated(c)) {
      closure.rejected(c.from(), c.cue().closing(), personOpens(c));
    } else if ((rel == Relation.COACHES || rel == Relation.AGREED) && !negated(c)) {
      closure.settled(c.from());
    }
    if (!c.cue().closing()) {
      bindRelation(b, c); // a closing cue only closes a candidacy told before it
    }
  }

  /**
   * A person is named in the cue's sentence before it, among the words a closing cue may have
   * before it ({@link CandidacyClosure#OPENING_REACH}).
   */
  boolean personOpens(CueHit c) {
    final int first = t.sentenceStart[t.sentence[c.from()]];
    for (int j = Math.max(first, c.from() - CandidacyClosure.OPENING_REACH - 1);
        j < c.from();
        j++) {
      if (mentionAt[j] != null && isPerson(mentionAt[j])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "fermo dopo la retrocessione con l'Empoli", "libero dopo il Mondiale con la Spagna", "fermo
   * dall'esonero di Genova", "out of work since the relegation with Burnley": a free coach's
   * idleness dated from an event at a team names his last bench, which he has left (SACKED when the
   * event is a sacking). The team is the first one named in the cue's clause, after the word that
   * dates the idleness, before any comma, other person or other relation's cue.
   */
  void freeSince(Binding b, CueHit c, Mention coach) {
    boolean since = SINCE_WORDS.has(t, c.to() - 1);
    Relation rel = Relation.LEFT;
    final int sent = t.sentence[c.from()];
    for (int j = c.to(); j < t.size && j < c.to() + FREE_SINCE_REACH; j++) {
      if (t.sentence[j] != sent
          || t.kind[j] == Tokens.PUNCT
          || CLAUSE_WORDS.has(t, j)
          || CONJUNCTIONS.has(t, j)) {
        return; // "fermo da giugno e la Lazio ci pensa": the clause is over
      }
      final CueHit h = cueAt[j];
      if (h != null && h.cue().kind() == CueKind.REL) {
        final Relation r = h.cue().relation();
        if (r != Relation.SACKED && r != Relation.LEFT) {
          return; // "libero di trattare con la Roma": another statement
        }
        if (r == Relation.SACKED) {
          rel = Relation.SACKED;
        }
        since = true;
      }
      final Mention m = mentionAt[j];
      if (m != null && m.type() != 'T') {
        return; // another person, or an opponent ("dopo la sconfitta contro il Milan")
      }
      if (m != null) {
        if (since && !youthSide(m)) {
          b.found.add(new Found(coach.id(), m.id(), rel, strengthOf(sent), sent));
        }
        return;
      }
      since |= SINCE_WORDS.has(t, j);
    }
  }

  /**
   * A cue that picks one name out of a list told just before ("le alternative sono già sul tavolo.
   * La prima è X"): the coach named right after it is a candidate for the bench the sentence before
   * links its candidates to; without such a candidacy it says nothing.
   */
  void bindListed(Binding b, CueHit c) {
    final Mention coach = nearestCoach(c, 0, 3, false);
    if (coach == null || coach.type() != 'C' || coach.from() < c.to()) {
      return;
    }
    final int sent = t.sentence[c.from()];
    final Set<String> teams = new java.util.LinkedHashSet<>();
    // found grows in text order: look back only over the sentence before
    for (int i = b.found.size() - 1; i > -1 && b.found.get(i).sentence() >= sent - 1; i--) {
      final Found f = b.found.get(i);
      if (f.relation() == Relation.LINKED && f.sentence() == sent - 1) {
        teams.add(f.team());
      }
    }
    for (String team : teams) {
      b.found.add(new Found(coach.id(), team, Relation.LINKED, strengthOf(sent), sent));
    }
  }

  void bindRelation(Binding b, CueHit c) {
    Relation rel = c.cue().relation();
    if (negated(c)) {
      // "nessuna trattativa con la Juve": a denied move is off; other denied cues say nothing
      if (rel != Relation.LINKED || !teamRightAfter(c, 4)) {
        return;
      }
      rel = Relation.REJECTED;
    }
    // "vorrebbe avere il nuovo allenatore in panchina", "want the new manager in place": an
    // appointment wished or searched for is not made; it names a candidate, if anyone
    final boolean wished = rel == Relation.AGREED && wished(c);
    if (wished) {
      rel = Relation.LINKED;
    }
    if (rel == Relation.AGREED && !c.cue().chosen() && (modal(c) || conditional(c))) {
      // "potrebbe essere il nuovo allenatore", "se X diventasse il nuovo tecnico": a move
      // possible, not made (LINKED)
      rel = Relation.LINKED;
    }
    if ((rel == Relation.LEAVING || rel == Relation.LEFT) && conditional(c)) {
      // "should Guardiola decide to step down", "se X dovesse lasciare": a hypothetical
      // departure; he holds the bench now
      rel = Relation.COACHES;
    }
    if (rel == Relation.COACHES && pastCoordinated(c)) {
      rel = Relation.LEFT; // "he previously coached A and B, and took C to the World Cup"
    }
    if (rel == Relation.COACHES && !c.cue().coachRight() && pastRole(c)) {
      rel = Relation.LEFT; // "era alla guida del Verona", "was manager of Swansea": a past spell
    }
    if ((rel == Relation.AT_RISK || rel == Relation.LEAVING) && pastTimeNear(c)) {
      return; // "finito sulla graticola un anno fa": a danger past, no current bench
    }
    if (rel.endsSpell() && attributive(c)) {
      return; // "l'esonerato Tudor potrebbe andare al Besiktas": his last club is not named
    }
    final boolean pending = c.cue().chosen() && (modal(c) || wished(c));
    if (pending) {
      rel = Relation.LINKED; // "Leeds could opt for X": a candidate, not a choice made
    }
    if ((c.cue().chosen() || rel == Relation.AGREED) && respectively(c)) {
      // "hanno scelto rispettivamente A e B": each team named has chosen, so the candidates
      // linked to it are passed over, and its coach is the one in the same place of the list
      choicesOfEach(b, c);
      return;
    }
    final Relation relation = rel;
    final int sent = t.sentence[c.from()];
    final double strength = strengthOf(sent);
    if (c.cue().chosen() && coachChoosesTeam(b, c, relation, strength)) {
      return;
    }
    final List<Mention> slotTeams =
        relation == Relation.COACHES && nationalRole(c)
            ? nationalTeamOfRole(c, cueTeams(c, relation))
            : cueTeams(c, relation);
    if (slotTeams == null
        || (relation == Relation.LEFT
            && !c.cue().coachRight()
            && !slotTeams.isEmpty()
            && otherRoleSpell(c, slotTeams))) {
      return; // "he had spells at Watford as assistant manager": no bench of his
    }
    final List<Mention> teams =
        relation.endsSpell() && !c.cue().coachRight() && !c.cue().staff()
            ? pastAsideTeams(c, slotTeams)
            : slotTeams;
    if (teams == null) {
      return; // "Everton are considering Potter, who was sacked in April": not Everton's sacking
    }
    final Mention coach = cueCoach(b, c, relation, teams, wished, pending, strength);
    if (coach == null) {
      return;
    }
    if (relation == Relation.AGREED && c.cue().official() && !hedged[sent]) {
      // the appointment is reported as made: he holds the job from this article on
      b.employed.putIfAbsent(coach.id(), sent);
    }
    final List<Mention> listed = relation == Relation.LINKED ? colonList(c) : null;
    final List<Mention> coaches = listed != null ? listed : chain(coach, c);
    final int before = b.found.size();
    if (!teams.isEmpty()) {
      bindToTeams(b, c, relation, coaches, benchAfterPredecessor(c, coach, teams), strength, sent);
    } else if ((relation == Relation.LEFT || relation == Relation.REJECTED)
        && c.cue().coachRight()) {
      bindSuccession(b, c, relation, coach, coaches, strength, sent);
    } else if (relation == Relation.AGREED) {
      bindUnplacedAppointment(b, c, coach, coaches, strength, sent);
    } else if (relation == Relation.LEFT) {
      bindLeftToSubject(b, c, relation, coaches, strength, sent);
    } else {
      bindTeamless(b, c, relation, coaches, strength, sent);
    }
    if (relation == Relation.AGREED) {
      replacedInSequence(b.found, before, coaches);
    }
  }

  /**
   * The teams of a cue ending a spell inside a coach's {@link PastAside}: "Il Torino pensa a
   * Mazzarri, esonerato a febbraio", "Everton are considering Potter, who was sacked in April".
   * When the clause the aside interrupts moves the same coach (a candidacy, an appointment or a
   * refusal, with no other person between), only the teams named inside the aside are his past;
   * null when none is. Otherwise (no aside, or "per sostituire Juric, esonerato ieri", where the
   * clause moves another coach) the teams found.
   */
  List<Mention> pastAsideTeams(CueHit c, List<Mention> teams) {
    final int open =
        PastAside.opening(
            t,
            c.from(),
            k -> mentionAt[k] != null && mentionAt[k].type() != 'I', // "since he was sacked"
            k -> mentionAt[k] != null && mentionAt[k].type() == 'C');
    if (open < 0) {
      return teams;
    }
    final Mention coach = mentionAt[open - 1];
    final int close = PastAside.closing(t, c.to());
    if (!movedOutside(coach, close)) {
      return teams;
    }
    final List<Mention> inside = new ArrayList<>(teams.size());
    for (Mention m : teams) {
      if (m.from() > open && m.from() < close) {
        inside.add(m);
      }
    }
    return inside.isEmpty() ? null : inside;
  }

  /**
   * Whether a candidacy, appointment or refusal cue (not negated) in the clause around a coach's
   * aside is about him: before his name, with no other person and no succession cue naming him ("al
   * posto di X") between, or as the first cue a few words after the aside's closing comma, with him
   * as its subject ("e arriva dopo i no di X" is about others).
   */
  private boolean movedOutside(Mention coach, int close) {
    final int sent = t.sentence[coach.from()];
    for (int j = coach.from() - 1;
        j > -1 && j > coach.from() - MAX_SCAN - 1 && t.sentence[j] == sent;
        j--) {
      if (t.isHardBoundary(j) || otherPerson(j, coach)) {
        break;
      }
      final CueHit h = cueAt[j];
      if (h != null
          && h.cue().kind() == CueKind.REL
          && h.cue().coachRight()
          && h.cue().relation().endsSpell()) {
        // "al posto di X, esonerato ieri": he is the predecessor, whatever the clause told
        // before; his successor's bench is the one he lost
        return false;
      }
      if (moves(h)) {
        return true;
      }
    }
    if (close >= t.size || t.sentence[close] != sent || !t.norm[close].equals(",")) {
      return false;
    }
    // after the aside, only as his own verb: "Mazzarri, esonerato a febbraio, piace al Torino"
    for (int j = close + 1; j < t.size && j < close + 1 + VERB_WORDS; j++) {
      if (t.kind[j] != Tokens.WORD || mentionAt[j] != null) {
        return false;
      }
      if (cueAt[j] != null && cueAt[j].cue().kind() == CueKind.REL) {
        return moves(cueAt[j]) && !cueAt[j].cue().coachRight();
      }
    }
    return false;
  }

  /** Words between an aside's closing comma and its coach's verb ("ora piace al Torino"). */
  private static final int VERB_WORDS = 3;

  private boolean otherPerson(int j, Mention coach) {
    final Mention m = mentionAt[j];
    return m != null && isPerson(m) && !(m.type() != 'P' && coach.id().equals(m.id()));
  }

  private boolean moves(CueHit h) {
    if (h == null || h.cue().kind() != CueKind.REL || negated(h)) {
      return false;
    }
    final Relation r = h.cue().relation();
    return r == Relation.LINKED || r == Relation.AGREED || r == Relation.REJECTED;
  }

  /**
   * "l'esonerato Tudor potrebbe andare al Besiktas", "the sacked Postecoglou could head to
   * Besiktas": a departure word right after a definite article (in the cue, "l'esonerato", or
   * before it) and right before the coach's name is an attribute recalling his last spell, not a
   * predicate about the team the sentence names after him (his next move). With no team after him
   * ("to replace the dismissed X") the usual binding stands.
   */
  boolean attributive(CueHit c) {
    int article = c.to() - 2; // the word before the cue's last, past the apostrophe of "l'"
    if (article > 0 && t.kind[article] != Tokens.WORD) {
      article--;
    }
    final Mention next = c.to() < t.size ? mentionAt[c.to()] : null;
    return article > c.from() - 2 // the article opens the cue ("l'esonerato") or stands before it
        && article < c.from() + 1
        && article > -1
        && t.kind[article] == Tokens.WORD
        && Tokens.DEFINITE_ARTICLES.has(t, article)
        && next != null
        && next.from() == c.to()
        && next.type() == 'C'
        && t.sentence[next.from()] == t.sentence[c.to() - 1]
        && teamIn(
            next.to(),
            Math.min(t.sentenceStart[t.sentence[next.to() - 1] + 1], next.to() + MAX_SCAN));
  }

  /**
   * "He previously coached A and B, winning the cup with both, and took C to the World Cup": a
   * current-bench cue joined by "and"/"e" to a past-spell cue earlier in its sentence, with no
   * other person, contrast or clause break between, tells the same past.
   */
  boolean pastCoordinated(CueHit c) {
    final int j = conjunctionBefore(c);
    if (j < 0) {
      return false;
    }
    final int first = Math.max(t.sentenceStart[t.sentence[c.from()]], c.from() - MAX_SCAN);
    for (int k = j - 1; k > first - 1; k--) {
      final Mention m = mentionAt[k];
      if (CLAUSE_WORDS.has(t, k) || t.isHardBoundary(k) || (m != null && m.type() != 'T')) {
        return false;
      }
      final CueHit h = cueAt[k];
      if (h != null && h.cue().kind() == CueKind.REL) {
        return h.cue().relation() == Relation.LEFT && !h.cue().coachRight();
      }
    }
    return false;
  }

  /**
   * Step of {@link #bindRelation}: "Brentford have agreed compensation for the Dane, who leaves
   * after seven years": a departure naming no team ends the spell at the team the sentence is about
   * (its subject).
   */
  void bindLeftToSubject(
      Binding b, CueHit c, Relation relation, List<Mention> coaches, double strength, int sent) {
    Mention subject = sentenceSubjectTeam(c, true);
    if (subject == null && c.cue().club() && topicTeam != null) {
      // "torna al settore giovanile X": the first team he leaves is the article's club
      subject = new Mention('T', topicTeam, c.from(), c.to());
    }
    if (subject == null && !c.cue().club()) {
      subject = sceneBefore(sent); // "Tutt'altro scenario a Leeds. X ha già salutato."
    }
    if (subject != null) {
      addAll(b.found, coaches, subject.id(), relation, strength, sent);
    }
  }

  /**
   * "Different story at Leeds. X has already gone": a departure in a sentence that names no team is
   * from the one team the sentence before sets the scene at, when that sentence names one team only
   * (a market aside) and nobody; else null.
   */
  Mention sceneBefore(int sent) {
    if (sent == 0 || sentenceHasTeam(sent)) {
      return null;
    }
    Mention scene = null;
    final int from = Math.max(t.sentenceStart[sent - 1], t.sentenceStart[sent] - 4 * MAX_SCAN);
    for (int j = from; j < t.sentenceStart[sent]; j++) {
      final Mention m = mentionAt[j];
      if (m == null || m.from() != j || (m.type() == 'T' && isMarket(m.id()))) {
        continue;
      }
      if (m.type() != 'T' || (scene != null && !scene.id().equals(m.id()))) {
        return null;
      }
      scene = m;
    }
    return scene;
  }

  /**
   * "ha affidato la panchina prima a X e poi a Y": of appointments told in sequence, all but the
   * last were replaced by the next one, so their spells at the bench have ended (LEFT).
   */
  void replacedInSequence(List<Found> found, int from, List<Mention> coaches) {
    if (coaches.size() < 2 || !sequenceOpens(coaches.get(0))) {
      return;
    }
    final Mention last = coaches.get(coaches.size() - 1);
    final int p = prevWord(last.from()); // "e poi Y", "e poi a Y"
    if (!thenWord(p) && !(p >= 0 && thenWord(prevWord(p)))) {
      return;
    }
    for (int i = from; i < found.size(); i++) {
      final Found f = found.get(i);
      if (f.relation() == Relation.AGREED && !f.coach().equals(last.id())) {
        found.set(i, new Found(f.coach(), f.team(), Relation.LEFT, f.strength(), f.sentence()));
      }
    }
  }

  /** "prima X", "prima a X": the first item of a sequence. */
  boolean sequenceOpens(Mention first) {
    final int p = prevWord(first.from());
    if (p >= 0 && CHAIN_PREPOSITIONS.has(t, p)) {
      final int q = prevWord(p);
      return q >= 0 && t.norm[q].equals("prima");
    }
    return p >= 0 && t.norm[p].equals("prima");
  }

  void bindToTeams(
      Binding b,
      CueHit c,
      Relation relation,
      List<Mention> coaches,
      List<Mention> teams,
      double strength,
      int sent) {
    for (Mention co : coaches) {
      if (relation == Relation.COACHES && prefersToStay(c)) {
        // "X ha preferito restare alla guida dell'Atalanta": staying turns down the move the
        // article is about (the one linked to him just before, else the topic team's bench)
        final String linked = lastLinked(b.found, co.id(), sent);
        final String move = linked != null ? linked : topicTeam;
        if (move != null && teams.stream().noneMatch(tm -> tm.id().equals(move))) {
          b.teamless.add(new Found(co.id(), move, Relation.REJECTED, strength, sent));
        }
      }
      final Mention own =
          co != coaches.get(0) && (relation.endsSpell() || relation.impliesCurrentTeam())
              ? ownClub(co)
              : null;
      if (own != null) {
        // "esonerato prima X e poi Y fino ad arrivare a Z del Genoa": Z's spell at his own club
        b.found.add(new Found(co.id(), own.id(), relation, strength, sent));
        continue;
      }
      for (Mention tm : teams) {
        if (relation == Relation.REJECTED
            && tm.from() < c.from()
            && endedHere(b, co.id(), tm.id(), sent)) {
          continue; // "since his departure from Chelsea, he has turned down offers": not Chelsea's
        }
        b.found.add(new Found(co.id(), tm.id(), relation, strength, sent));
      }
    }
  }

  /**
   * "Pirlo ha scelto la Sampdoria": a choice cue whose subject is a named coach and whose object is
   * a team reports the coach's move (AGREED; LINKED when only possible), not a team's choice.
   */
  boolean coachChoosesTeam(Binding b, CueHit c, Relation relation, double strength) {
    int k = c.to();
    while (k < t.size && t.kind[k] == Tokens.WORD && Tokens.DEFINITE_ARTICLES.has(t, k)) {
      k++;
    }
    final Mention team = k < t.size && teamStartsAt(k) ? mentionAt[k] : null;
    if (team == null || isMarket(team.id())) {
      return false;
    }
    final Mention coach = nearestCoach(c, 8, 0, false);
    if (coach == null || coach.type() != 'C' || namedAsObject(coach) || opponentCoach(coach)) {
      return false;
    }
    b.found.add(new Found(coach.id(), team.id(), relation, strength, t.sentence[c.from()]));
    return true;
  }

  /** Every team a choice cue names has chosen someone: its linked candidates are passed over. */
  void choicesOfEach(Binding b, CueHit c) {
    final int sent = t.sentence[c.from()];
    final double strength = strengthOf(sent);
    final List<Mention> teams = teamsFor(c);
    if (!teams.isEmpty()) {
      chainTeamsLeft(teams.get(0), teams); // "al Leverkusen e al Fenerbahçe, che hanno scelto"
    }
    for (Mention tm : teams) {
      if (tm.type() == 'T') {
        b.choices.add(new Choice(tm.id(), "", List.of(), sent, strength));
      }
    }
    // the respective choices are told as settled benches: each coach holds his team's now
    if (!modal(c) && !wished(c)) {
      for (Mention[] pair : respectivePairs(c, teams)) {
        b.found.add(new Found(pair[1].id(), pair[0].id(), Relation.COACHES, strength, sent));
      }
    }
  }

  /**
   * The sentence opens with a club named by a common noun as its subject ("Il club, in attesa del
   * closing, ha ...", "The club have ..."), not a club of someone ("il club di Saputo").
   */
  private boolean clubSubject(int sent) {
    final int from = t.sentenceStart[sent];
    if (from + 2 >= t.size
        || !ARTICLES_BEFORE_SUBJECT.has(t, from)
        || !CLUB_NOUNS.has(t, from + 1)) {
      return false;
    }
    return !OWN_CLUB_PREPOSITIONS.has(t, from + 2) && !t.norm[from + 2].equals("di");
  }

  /** A cue naming no team, neither a departure nor an appointment: placed now or after the loop. */
  void bindTeamless(
      Binding b, CueHit c, Relation r, List<Mention> coaches, double strength, int sent) {
    Mention left = teamLeftInSentence(c, false);
    if (left == null && r == Relation.COACHES && c.cue().club() && topicTeam != null) {
      // "X, who leads the under-21s, will take charge of the first team": the club's own first
      // team, the club the article is about
      left = new Mention('T', topicTeam, c.from(), c.to());
    }
    final List<String> both = left == null ? bothTeams(sent) : List.of();
    if (!both.isEmpty()) {
      // "Both clubs had considered X": the two clubs the sentence before named
      for (String team : both) {
        addAll(b.found, coaches, team, r, strength, sent);
      }
      return;
    }
    if (left == null && r == Relation.LINKED && clubSubject(sent) && recentTeam.get(sent) != null) {
      // "Tutt'altro scenario a Leeds. Il club ha messo nel mirino X": the club is the one the
      // passage has just named, not the article's most named one
      left = new Mention('T', recentTeam.get(sent), c.from(), c.to());
    }
    if (left == null && r == Relation.LINKED && topicTeam != null && !genericTeams(sent)) {
      // "in cima alla lista ci sono due nomi: X ...": the list is the topic team's
      left = new Mention('T', topicTeam, c.from(), c.to());
    }
    if (left == null && r == Relation.REJECTED && !sentenceHasTeam(sent) && !genericTeams(sent)) {
      left = teamInPreviousSentence(c);
      if (left == null && topicTeam != null) {
        left = new Mention('T', topicTeam, c.from(), c.to());
      }
    }
    for (Mention co : coaches) {
      final String hired = left == null && r.endsSpell() ? hiredEarlier(b, co.id(), sent) : null;
      if (left != null && r == Relation.REJECTED && endedHere(b, co.id(), left.id(), sent)) {
        // "since his departure from Chelsea, he has turned down several offers": the bench he
        // left is not the offer he refuses; the offers are not named
        continue;
      }
      if (left != null || hired != null) {
        b.found.add(new Found(co.id(), left != null ? left.id() : hired, r, strength, sent));
      } else if (r == Relation.REJECTED) {
        // "X è una suggestione, ma ha già detto no": the move linked to him just before, in this
        // sentence or the previous one (a refusal told later may be about other offers)
        final String linked = lastLinked(b.found, co.id(), sent);
        if (linked != null) {
          b.teamless.add(new Found(co.id(), linked, r, strength, sent));
        }
      } else {
        b.teamless.add(new Found(co.id(), null, r, strength, sent));
      }
    }
  }

  /** Whether this sentence ended the coach's spell at the team (LEFT, SACKED), as found so far. */
  private static boolean endedHere(Binding b, String coach, String team, int sent) {
    for (int i = b.found.size() - 1; i > -1 && b.found.get(i).sentence() == sent; i--) {
      final Found f = b.found.get(i);
      if (f.relation().endsSpell() && f.coach().equals(coach) && f.team().equals(team)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Everton hired him that summer ..., but he was dismissed in 2016": an ending that names no team
   * ends the spell the same sentence told him starting, or null when it told none (or more than
   * one).
   */
  String hiredEarlier(Binding b, String coach, int sent) {
    String team = null;
    for (Found f : b.found) {
      if (f.sentence() == sent && f.relation() == Relation.AGREED && f.coach().equals(coach)) {
        if (team != null && !team.equals(f.team())) {
          return null;
        }
        team = f.team();
      }
    }
    return team;
  }

  /**
   * "Poi il Trapani, portato in B", "Wigan came next": a stage of a career told as a sequence is a
   * past bench of the coach the passage is about (named in the sentence, else just before).
   */
  void careerStage(CueHit c, List<Found> careerFound) {
    final List<Mention> teams = teamsFor(c);
    if (teams.isEmpty()) {
      return;
    }
    careerListTail(teams);
    if (otherRoleSpell(c, teams)) {
      return; // "as technical director", "come vice", "as a player": no bench of his
    }
    // the passage's subject, named before the stage: a person named after it is another story
    // ("Poi il Milan, che segue Grosso")
    Mention coach = nearestCoach(c, COACH_LEFT, 0, true);
    if (coach == null) {
      coach = subjectOrSalient(c);
    }
    final int sent = t.sentence[c.from()];
    if (coach == null && !namesPerson(sent)) {
      coach = portraitCoach();
    }
    if (coach != null && coach.type() == 'I' && coach.id() != null) {
      // "lo", "il tecnico": him; the teams in the reference's own words ("the former Dortmund
      // midfielder") are its description, not the stage
      final int ref = coach.from();
      teams.removeIf(tm -> tm.to() <= ref);
      coach = new Mention('C', coach.id(), coach.from(), coach.to());
    }
    if (coach == null || coach.type() != 'C' || assistantOf(coach)) {
      return;
    }
    for (Mention tm : teams) {
      if (tm.type() == 'T' && !isMarket(tm.id())) {
        careerFound.add(new Found(coach.id(), tm.id(), c.cue().relation(), strengthOf(sent), sent));
      }
    }
  }

  /**
   * A spell at {@code teams} told in another role than head coach ({@link
   * CareerHistory#otherRole}): "he had spells at Watford as assistant manager", "as a player he
   * left Watford".
   */
  boolean otherRoleSpell(CueHit c, List<Mention> teams) {
    int teamsTo = c.to();
    for (Mention tm : teams) {
      teamsTo = Math.max(teamsTo, tm.to());
    }
    return CareerHistory.otherRole(t, c.from(), teamsTo);
  }

  /**
   * "dal Foggia al Brighton, la lunga strada di De Zerbi", "in carriera, dal Milan al Bologna, dove
   * fu esonerato": the team a path starts from ({@link CareerPath}) is a past bench of the coach
   * its sentence names, the only person it names; in a sentence that names nobody but tells a past
   * spell, of the coach the passage is about.
   */
  void careerPaths(List<Found> careerFound) {
    for (Mention m : mentions) {
      if (m.type() != 'T'
          || isMarket(m.id())
          || !CareerPath.startsPath(t, m.from(), m.to(), this::clubEndAt)) {
        continue;
      }
      final int sent = t.sentence[m.from()];
      final Mention coach = pathCoach(m, sent);
      if (coach != null && !assistantOf(coach)) {
        careerFound.add(new Found(coach.id(), m.id(), Relation.LEFT, strengthOf(sent), sent));
      }
    }
  }

  /** The end of a club (not a market) starting at {@code k}, or -1. */
  private int clubEndAt(int k) {
    return teamStartsAt(k) && !isMarket(mentionAt[k].id()) ? mentionAt[k].to() : -1;
  }

  /** The coach of a career path starting at {@code team}, in sentence {@code sent}, or null. */
  private Mention pathCoach(Mention team, int sent) {
    final int from = Math.max(t.sentenceStart[sent], team.from() - MAX_SCAN);
    final int to = Math.min(t.sentenceStart[sent + 1], team.to() + MAX_SCAN);
    Mention only = null;
    boolean pastSpell = false;
    for (int j = from; j < to; j++) {
      final CueHit h = cueAt[j];
      pastSpell |= h != null && h.cue().kind() == CueKind.REL && h.cue().relation().endsSpell();
      final Mention m = mentionAt[j];
      if (m == null || m.from() != j || m.type() == 'T') {
        continue;
      }
      if (m.type() == 'P' || m.id() == null || (only != null && !only.id().equals(m.id()))) {
        return null;
      }
      only = m;
    }
    if (only != null || !pastSpell) {
      return only;
    }
    final Mention about = salientBefore(sent);
    return about != null ? about : portraitCoach();
  }

  /**
   * A team's choice turns down the others: the people it names as passed over, and every coach
   * linked to that team up to the choice's sentence.
   */
  void passedOver(List<Found> found, List<Choice> choices) {
    // a coach the article also ties to the bench in another way (holds it, left it) is not a
    // passed-over candidate
    final Set<String> otherTies = new java.util.HashSet<>();
    for (Found f : found) {
      if (f.relation() != Relation.LINKED) {
        otherTies.add(f.coach() + '|' + f.team());
      }
    }
    for (Choice ch : choices) {
      final Set<String> done = new java.util.HashSet<>();
      done.add(ch.chosen());
      for (String p : ch.passed()) {
        if (done.add(p)) {
          found.add(new Found(p, ch.team(), Relation.REJECTED, ch.strength(), ch.sentence()));
        }
      }
      final int n = found.size();
      for (int i = 0; i < n; i++) {
        final Found f = found.get(i);
        if (f.relation() == Relation.LINKED
            && f.team().equals(ch.team())
            && f.sentence() <= ch.sentence()
            && !otherTies.contains(f.coach() + '|' + f.team())
            && done.add(f.coach())) {
          found.add(
              new Found(f.coach(), ch.team(), Relation.REJECTED, ch.strength(), ch.sentence()));
        }
      }
    }
  }

  /**
   * The team of the latest LINKED signal found so far for the coach, in this sentence or the
   * previous one, or null.
   */
  String lastLinked(List<Found> found, String coach, int sent) {
    for (int i = found.size() - 1; i > -1; i--) {
      final Found g = found.get(i);
      if (g.sentence() < sent - 1) {
        return null;
      }
      if (g.relation() == Relation.LINKED && g.coach().equals(coach)) {
        return g.team();
      }
    }
    return null;
  }

  /**
   * "Simone Inzaghi, ora all'Al-Hilal", "Thiago Motta, now at Juventus": an apposition placing the
   * coach at a team today names his current team.
   */
  void nowAt(Mention coach, List<Found> found) {
    final int k = coach.to();
    if (k + 3 >= t.size
        || !t.norm[k].equals(",")
        || !NOW_WORDS.has(t, k + 1)
        || !AT_WORDS.has(t, k + 2)) {
      return;
    }
    final Mention team = mentionAt[k + 3];
    if (team != null && team.type() == 'T' && team.from() == k + 3) {
      final int sent = t.sentence[coach.from()];
      found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
    }
  }

  /** "la Dea di Gasperini", "Sporting's Rúben Amorim": the team's current coach. */
  void possessives(List<Found> found) {
    for (Mention m : mentions) {
      if (m.type() == 'C') {
        nowAt(m, found);
      }
      if (m.type() != 'T') {
        continue;
      }
      // "Brighton manager Fabian Hürzeler", "Sporting head coach Rúben Amorim"
      int r = m.to();
      int roles = 0;
      while (r < t.size && roles < 3 && t.kind[r] == Tokens.WORD && ROLE_WORDS.has(t, r)) {
        r++;
        roles++;
      }
      if (roles > 0
          && r < t.size
          && mentionAt[r] != null
          && mentionAt[r].type() == 'C'
          && !formerTeam(m)) { // "the former Everton manager Sean Dyche": not his bench now
        final int sent = t.sentence[m.from()];
        found.add(new Found(mentionAt[r].id(), m.id(), Relation.COACHES, strengthOf(sent), sent));
      }
      whoseSide(m, found);
      teamCoachReference(m, found);
      final int j = m.to();
      if (j + 1 < t.size && t.kind[j] == Tokens.WORD) {
        final String w = t.norm[j];
        if ((w.equals("di") || w.equals("s")) && mentionAt[j + 1] != null) {
          final Mention c = mentionAt[j + 1];
          if (c.type() == 'C') {
            final int sent = t.sentence[m.from()];
            found.add(new Found(c.id(), m.id(), Relation.COACHES, strengthOf(sent), sent));
          }
        }
      }
    }
  }

  /**
   * "… but the Athletic Club coach made clear he will stay": a reference to a coach named by his
   * club ("the" + team + role word) gives the bench he holds.
   */
  void teamCoachReference(Mention team, List<Found> found) {
    final int p = prevWord(team.from());
    final int r = team.to();
    if (p < 0 || !t.norm[p].equals("the") || r >= t.size || !ROLE_WORDS.has(t, r)) {
      return;
    }
    final Mention ref = mentionAt[r];
    if (ref != null && ref.type() == 'I' && ref.id() != null && !isMarket(team.id())) {
      final int sent = t.sentence[team.from()];
      found.add(new Found(ref.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
    }
  }

  /**
   * "Marco Silva, whose Fulham side travel to Leeds", "X, whose contract at Fulham runs out": the
   * team a relative possessive gives the coach before it is his bench.
   */
  void whoseSide(Mention team, List<Found> found) {
    final int p = prevWord(team.from());
    final int n = team.to();
    int whose = -1;
    if (p >= 0 && t.norm[p].equals("whose") && n < t.size && SIDE_WORDS.has(t, n)) {
      whose = p; // "whose Fulham side"
    } else if (p >= 2
        && (t.norm[p].equals("at") || t.norm[p].equals("with"))
        && t.norm[p - 1].equals("contract")
        && t.norm[p - 2].equals("whose")) {
      whose = p - 2; // "whose contract at Fulham"
    }
    if (whose < 2 || !t.norm[whose - 1].equals(",")) {
      return;
    }
    final Mention coach = mentionAt[whose - 2];
    if (coach != null && coach.type() == 'C' && coach.to() == whose - 1) {
      final int sent = t.sentence[team.from()];
      found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
    }
  }

  /** Role words that, right before a coach's name, give him a bench ("il ct Gattuso"). */
  static final WordSet ROLE_BEFORE_NAME =
      WordSet.of(
          "ct", "tecnico", "allenatore", "mister", "manager", "boss", "coach", "selezionatore");

  /** Words before a role that make it not his bench now ("l'ex tecnico", "il vice allenatore"). */
  static final WordSet NOT_NOW_ROLE =
      WordSet.of(
          "ex",
          "former",
          "vice",
          "assistant",
          "assistente",
          "nuovo",
          "new",
          "next",
          "prossimo",
          "futuro",
          "future",
          "secondo",
          "deputy",
          "youth",
          "primavera");

  /**
   * "Il Bologna ha vinto ancora: il tecnico Italiano è soddisfatto", "England are in camp. The
   * manager Thomas Tuchel named his squad": a coach named right after a bare role word, in a
   * sentence with no relation cue of its own and nothing bound to him, coaches the one team of the
   * context: the one the sentence names, else (when it names none) the one the sentence before
   * names; a sentence that names an opponent or another coach is no such context. After "ct" the
   * team is a national one.
   */
  void rolesInContext(List<Found> found) {
    final Set<Integer> cueSentences = new java.util.HashSet<>();
    for (CueHit c : cues) {
      if (c.cue().kind() == CueKind.REL && !ROLE_BEFORE_NAME.has(t, c.to() - 1)) {
        cueSentences.add(t.sentence[c.from()]);
      }
    }
    final Set<String> bound = new java.util.HashSet<>();
    for (Found f : found) {
      bound.add(f.coach() + "|" + f.sentence());
    }
    for (Mention m : mentions) {
      final int role = m.from() - 1;
      if (m.type() != 'C'
          || role < 0
          || !t.cap[m.from()] // a descriptor ("il tecnico salentino") is not his name
          || !ROLE_BEFORE_NAME.has(t, role)) {
        continue;
      }
      final int sent = t.sentence[m.from()];
      final int before = prevWord(role);
      if ((before >= 0 && NOT_NOW_ROLE.has(t, before))
          || cueSentences.contains(sent)
          || bound.contains(m.id() + "|" + sent)) {
        continue;
      }
      String team = contextTeam(sent, m.id());
      if (team == null && sent > 0 && !sentenceHasTeam(sent)) {
        team = contextTeam(sent - 1, m.id());
      }
      final KnowledgeBase.Team info = team == null ? null : kb.teams.get(team);
      if (info != null && (!t.norm[role].equals("ct") || "national".equals(info.kind()))) {
        found.add(new Found(m.id(), team, Relation.COACHES, strengthOf(sent), sent));
      }
    }
  }

  /**
   * The one team sentence {@code sent} names as a bench, or null when it names none, more than one,
   * an opponent, or a coach other than {@code coach}.
   */
  String contextTeam(int sent, String coach) {
    String team = null;
    final int end = Math.min(t.sentenceStart[sent + 1], t.sentenceStart[sent] + 4 * MAX_SCAN);
    for (int j = t.sentenceStart[sent]; j < end; j++) {
      final Mention m = mentionAt[j];
      if (m == null || m.from() != j) {
        continue;
      }
      if (m.type() == 'O' || (m.type() == 'C' && !coach.equals(m.id()))) {
        return null;
      }
      if (m.type() == 'T' && m.id() != null) {
        if (team != null && !team.equals(m.id())) {
          return null;
        }
        team = m.id();
      }
    }
    return team;
  }
}
