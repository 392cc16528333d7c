package dev.coachradar.extract;

import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The coach slot of a cue: the nearest coach of its clause, the sentence subject or the salient
 * coach, relative antecedents and appositions, an assistant that is not the coach meant, and the
 * choice a choosing cue records.
 */
abstract class CoachSlots extends TeamSlots {
  static final int COACH_LEFT = 16;

  static final int COACH_RIGHT = 10;

  /** Prepositions that introduce the recipient or goal of a cue ("affidato la panchina a X"). */
  static final WordSet DATIVES = WordSet.of("a", "ad", "su");

  CoachSlots(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  /** The coach a cue is about, or null when it names none; a choice it reports is noted. */
  Mention cueCoach(
      Binding b,
      CueHit c,
      Relation relation,
      List<Mention> teams,
      boolean wished,
      boolean pending,
      double strength) {
    final boolean tight = c.cue().relation() == Relation.AGREED;
    Mention coach = c.cue().coachRight() ? null : appositionSubject(c);
    if (coach != null && predecessorOfAnother(coach, c)) {
      coach = null; // "Y succeeded X as head coach of Bologna": the role is Y's
    }
    if (coach == null && !c.cue().coachRight() && relation.endsSpell()) {
      coach = appositionHead(c);
    }
    if (coach == null) {
      coach =
          c.cue().coachRight()
              // "gli ha preferito X": the pronoun inside a choice is the one passed over
              ? nearestCoach(c, 0, 6, false)
              : nearestCoach(c, tight ? 9 : COACH_LEFT, tight ? 8 : COACH_RIGHT, true);
    }
    if (coach != null && !c.cue().coachRight() && objectOfAnotherCue(c, coach)) {
      coach = null; // "le esperienze al Lilla e alla Roma, dove sostituì X": X is not their subject
    }
    final Mention subjectTeam = c.cue().coachRight() ? null : asideSubjectTeam(c);
    if (subjectTeam != null
        && coach != null
        && coach.from() > subjectTeam.to()
        && coach.to() <= c.from()) {
      // "la Fiorentina, salutato Italiano, ha messo nel mirino X": the team acts, the coach
      // named in its aside is not the cue's; the one named after the cue is
      final Mention object = nearestCoach(c, 0, COACH_RIGHT, false);
      if (object != null && object.type() == 'C') {
        coach = object;
      }
    }
    if (!c.cue().coachRight() && (coach == null || coach.from() >= c.to())) {
      // "X, legato al Bologna fino al 2026, e Y": a cue in the aside of a list's first item is
      // about that item, not the next one ({@link CandidateList})
      final int aside = CandidateList.asideHolding(t, c.from(), this::coachAt, this::coachEndAt);
      if (aside > 0) {
        coach = mentionAt[aside - 1];
      }
    }
    if (coach != null && relation == Relation.LEFT && descriptorOfAnother(c, coach)) {
      return null; // "con Juric l'ex Dortmund ha giocato poco": the descriptor is the subject
    }
    if (coach != null && relation == Relation.LINKED && passiveAgent(coach)) {
      // "X, considerato da Ranieri il profilo giusto": the agent judges, X is the candidate
      final CueHit participle = new CueHit(c.cue(), coach.from() - 2, coach.from() - 1);
      final Mention judged = relativeAntecedent(participle);
      coach = judged != null ? judged : nearestCoach(participle, COACH_LEFT, 0, true);
    }
    final Mention antecedent = c.cue().coachRight() ? null : relativeAntecedent(c);
    if (antecedent != null && (coach == null || coach.to() <= antecedent.from())) {
      coach = antecedent; // "Xabi Alonso, who left after three seasons ... to become ..."
    }
    if (!c.cue().coachRight() && coordinatedVerb(c)) {
      // "Stoke have fired Silva and hired Dyche": the second verb shares the first one's
      // subject, so the coach named after it is its object
      final Mention object = nearestCoach(c, 0, 4, false);
      if (object != null && object.type() == 'C') {
        coach = object;
      }
    }
    if (c.cue().chosen() && c.cue().coachRight() && (coach == null || coach.from() < c.to())) {
      return null; // "chose to stay", "opted for a new contract": no coach chosen
    }
    if (c.cue().chosen() && !pending) {
      final Choice choice = choice(c, teams, coach, strength);
      if (choice != null) {
        b.choices.add(choice);
      }
    }
    if (coach != null
        && coach.type() == 'P'
        && coach.from() < c.from()
        && !ARRIVAL_WORDS.has(t, c.from())) {
      // "Gravina sogna Ranieri", "il presidente ha esonerato X": the person acts, the coach
      // named after the cue is the one it is about ("un difensore arrivato dal Venezia" is not
      // an act: the arrival is the person's own)
      final Mention object = nearestCoach(c, 0, COACH_RIGHT, false);
      coach = object != null && object.type() == 'C' ? object : coach;
    }
    if (coach != null && coach.type() == 'P') {
      return null;
    }
    if (coach == null
        && (relation == Relation.AGREED || relation == Relation.LINKED)
        && genericCoach(t.sentence[c.from()])) {
      return null; // "a caretaker will be named": the appointment is of someone not yet named
    }
    if (coach == null && !wished && !c.cue().coachRight()) {
      // a cue whose coach is named after it ("name X", "preferito a X") names nobody when no
      // coach follows ("another name on the list")
      coach = subjectOrSalient(c);
      coach = coach != null && notDroppedSubject(c, coach) ? null : coach;
    }
    if (coach != null && teams.size() == 1) {
      coach = benchHolder(c, relation, coach, teams.get(0));
    }
    return coach;
  }

  /**
   * Relations that put the coach on the team's bench now (a spell that ended is told of a coach the
   * article rightly ties to his new team).
   */
  static final Set<Relation> BENCH_RELATIONS =
      EnumSet.of(Relation.COACHES, Relation.AT_RISK, Relation.LEAVING);

  /** The article's coach-team ties, built at the first cue that asks ({@link #benchHolder}). */
  private BenchTies benchTies;

  /**
   * "Newcastle's head coach changed it", "il tecnico del Como è soddisfatto": a coach the cue's
   * sentence does not name (a reference, or the coach of the sentences before), put on the bench of
   * the one team the cue names as his now, is one the article ties to that team: when the article
   * names the coach found only with other teams, the coach it names most often with this one
   * ({@link BenchTies#instead}), in the reference's place.
   */
  Mention benchHolder(CueHit c, Relation relation, Mention coach, Mention team) {
    final int sent = t.sentence[c.from()];
    if (!BENCH_RELATIONS.contains(relation)
        || team.id() == null
        || coach.id() == null
        || namedNear(coach.id(), c, sent)) {
      return coach;
    }
    if (benchTies == null) {
      benchTies = new BenchTies(mentions, t);
    }
    final String other = benchTies.instead(coach.id(), team.id(), sent);
    return other == null ? coach : new Mention('I', other, coach.from(), coach.to());
  }

  /** Whether the cue's sentence names {@code coach} by name within the cue's reach. */
  private boolean namedNear(String coach, CueHit c, int sent) {
    final int to = Math.min(t.sentenceStart[sent + 1], c.to() + MAX_SCAN);
    for (int j = Math.max(t.sentenceStart[sent], c.from() - MAX_SCAN); j < to; j++) {
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'C' && coach.equals(m.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A coach carried over from the sentences before is not the dropped subject of a cue whose clause
   * names a subject of its own ({@link DroppedSubject}), nor when the sentence he comes from names
   * him with another coach as a subject ("Motta e Tudor sono liberi. Era stato accostato al Genoa":
   * which one is open).
   */
  boolean notDroppedSubject(CueHit c, Mention coach) {
    if (t.sentence[coach.from()] == t.sentence[c.from()]) {
      return false;
    }
    // a reference carried over ("il tecnico ha detto sì") was resolved already: no rival to weigh
    return DroppedSubject.ownSubject(t, c.from(), this::teamStartsAt)
        || ("en".equals(lang) && DroppedSubject.englishNounSubject(t, c.from()))
        || (coach.type() == 'C' && rivalBeside(coach));
  }

  /**
   * Another coach named beside {@code coach} in his clause, not as an object ("Motta e Tudor"; "X e
   * Y sono liberi, ma X ha detto no" leaves X the subject of the sentences after).
   */
  private boolean rivalBeside(Mention coach) {
    final int sent = t.sentence[coach.from()];
    for (int j = t.sentenceStart[sent]; j < t.sentenceStart[sent + 1]; j++) {
      final Mention m = mentionAt[j];
      if (m != null
          && m.from() == j
          && m.type() == 'C'
          && m.id() != null
          && !m.id().equals(coach.id())
          && !namedAsObject(m)
          && !assistantOf(m)
          && !opponentCoach(m)
          && !benchName(m)
          && !clauseBreakBetween(Math.min(j, coach.from()), Math.max(j, coach.from()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Leeds considered Silva but opted for Dyche", "il Tottenham gli aveva preferito Frank", "the
   * board went with Dyche instead": the team that chose (the subject before the cue, else the team
   * of this or the previous sentence, else the article's topic), the coach chosen, and the people
   * passed over that the sentence names (a pronoun inside the cue, "X over him").
   */
  Choice choice(CueHit c, List<Mention> teams, Mention chosen, double strength) {
    if (chosen == null || chosen.type() != 'C' || chosen.from() < c.to()) {
      return null;
    }
    Mention team = teams.isEmpty() ? teamLeftInSentence(c, true) : teams.get(0);
    if (team == null && !sentenceHasTeam(t.sentence[c.from()])) {
      team = teamInPreviousSentence(c);
    }
    final String teamId = team != null ? team.id() : topicTeam;
    if (teamId == null) {
      return null;
    }
    final List<String> passed = new ArrayList<>(2);
    for (int j = c.from(); j < c.to(); j++) {
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'I' && !m.id().equals(chosen.id())) {
        passed.add(m.id());
      }
    }
    // "chose Dyche over him", "scelto Zanetti anziché Grosso"
    int k = chosen.to();
    if (k < t.size && t.kind[k] == Tokens.WORD && t.norm[k].equals("s")) {
      k++; // "favoured Frank's experience"
    }
    for (int j = k; j < t.size && j < k + 4 && t.kind[j] == Tokens.WORD; j++) {
      if (t.norm[j].equals("over") && j + 1 < t.size) {
        final Mention m = mentionAt[j + 1];
        if (m != null && (m.type() == 'C' || m.type() == 'I') && !m.id().equals(chosen.id())) {
          passed.add(m.id());
        }
        break;
      }
    }
    return new Choice(teamId, chosen.id(), passed, t.sentence[c.from()], strength);
  }

  /**
   * A coach named right after another cue that ends a spell ("sostituisce X", "after replacing X",
   * "l'esonerato X") is that verb's object, the predecessor: a cue of a present role or an
   * appointment whose coach is its subject is not about him.
   */
  boolean predecessorOfAnother(Mention m, CueHit c) {
    final Relation rel = c.cue().relation();
    if (m.type() != 'C' || rel == null || rel.endsSpell() || c.cue().coachRight()) {
      // a cue naming its own coach after it ("ha scelto il successore di X: Y") reads on
      return false;
    }
    final int before = prevWord(m.from());
    final CueHit h = before < 0 ? null : cueEndAt[before];
    if (h == null || h == c || h.cue().arrival() || h.cue().relation() == null) {
      return false; // "primo nella lista per sostituire X": a planned succession, X still holds it
    }
    return h.cue().relation().endsSpell() && (m.from() > c.from() || sameClause(m.to(), c.from()));
  }

  /**
   * No punctuation nor relative pronoun between two tokens: "eredità di X, ora all'Al-Hilal" and
   * "sostituire X che è a rischio" tell of X himself.
   */
  private boolean sameClause(int from, int to) {
    for (int j = from; j < to; j++) {
      if (t.kind[j] != Tokens.WORD || SUBJECT_RELATIVES.has(t, j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The coach a cue is about: the nearest named coach or person in its clause (left preferred),
   * else a generic reference ("il tecnico", "he"). A person (president, player) nearer than any
   * coach takes the cue away.
   */
  Mention nearestCoach(CueHit c, int left, int right, boolean implicitOk) {
    final int sent = t.sentence[c.from()];
    final Mention atCue = coachAtCue(c, right, implicitOk);
    if (atCue != null) {
      return atCue;
    }
    Mention best = null;
    double bestCost = Double.MAX_VALUE;
    int words = 0;
    for (int j = c.from() - 1; j > -1 && t.sentence[j] == sent && words < left; j--) {
      if (softBoundary(j)) {
        break;
      }
      final Mention m = mentionAt[j];
      if (m != null && benchName(m)) {
        words++;
        continue; // "il dopo-X" is not who the cue is about
      }
      if (m != null && m.type() == 'C' && opponentCoach(m)) {
        words++;
        continue; // "contro la Fiorentina di Palladino": the other bench's coach
      }
      if (m != null && m.type() == 'C' && assistantOf(m)) {
        words++;
        continue; // "il secondo di Zanetti": the assistant is who the sentence is about
      }
      if (m != null && predecessorOfAnother(m, c)) {
        words++;
        continue; // "X sostituisce Juric sulla panchina della Roma": Juric left that bench
      }
      if (m != null && isPerson(m) && (implicitOk || m.type() != 'I')) {
        // a name governed by a preposition ("in caso di addio di Conte") is rarely the subject
        final int before = m.from() - 1;
        final boolean governed =
            before >= 0 && t.kind[before] == Tokens.WORD && PREPOSITIONS.has(t, before);
        final double cost = words + (m.type() == 'I' ? 4 : 0) + (governed ? 8 : 0);
        if (cost < bestCost) {
          best = m;
          bestCost = cost;
        }
        if (m.type() != 'I' && !governed) {
          break;
        }
      }
      words++;
    }
    words = 0;
    for (int j = c.to(); j < t.size && t.sentence[j] == sent && words < right; j++) {
      if (softBoundary(j)) {
        break;
      }
      final Mention m = mentionAt[j];
      if (m != null && benchName(m)) {
        break;
      }
      if (m != null && m.type() == 'C' && opponentCoach(m)) {
        words++;
        continue;
      }
      if (m != null && predecessorOfAnother(m, c)) {
        break; // "took Uruguay to Qatar after replacing Tabárez": the object of its own verb
      }
      if (m != null && isPerson(m) && (implicitOk || m.type() != 'I')) {
        final double cost = words * 1.4 + 1 + (m.type() == 'I' ? 4 : 0);
        if (cost < bestCost) {
          best = m;
          bestCost = cost;
        }
        break;
      }
      words++;
    }
    return best;
  }

  /**
   * First step of {@link #nearestCoach}: a person inside the cue, the coach its preposition
   * introduces ("ha affidato la panchina a X"), or the one after an existential verb following it
   * ("per il dopo c'è X"); null if none.
   */
  Mention coachAtCue(CueHit c, int right, boolean implicitOk) {
    final int sent = t.sentence[c.from()];
    for (int j = c.from(); j < c.to(); j++) {
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'P' && m.id() == null && m.to() <= c.to()) {
        continue; // "vestire i panni del direttore tecnico": a role the cue names, nobody's name
      }
      if (m != null && isPerson(m) && (implicitOk || m.type() != 'I')) {
        return m; // "lo ha chiamato", "ha puntato su di lui"
      }
    }
    // "ha affidato la panchina a X", "è vicinissimo a X": the coach the cue's preposition
    // introduces is its object
    final int prep = c.to();
    if (right > 0
        && prep + 1 < t.size
        && t.sentence[prep] == sent
        && t.kind[prep] == Tokens.WORD
        && DATIVES.has(t, prep)
        && mentionAt[prep + 1] != null
        && mentionAt[prep + 1].type() == 'C'
        && !benchName(mentionAt[prep + 1])) {
      return mentionAt[prep + 1];
    }
    // "per il dopo c'è Thiago Motta", "in lista ci sono A e B": the coach after an existential
    // verb following the cue is its subject
    if (right > 0 && prep + 2 < t.size && t.sentence[prep] == sent && existential(prep)) {
      int k = prep + 2;
      if (k < t.size && t.norm[k].equals("anche")) {
        k++;
      }
      if (k < t.size
          && t.sentence[k] == sent
          && mentionAt[k] != null
          && mentionAt[k].type() == 'C'
          && !benchName(mentionAt[k])) {
        return mentionAt[k];
      }
    }
    return null;
  }

  /**
   * When no coach is near the cue: the only coach named earlier in the sentence (the subject of a
   * long list, "Conte ...: tre scudetti con la Juventus, ... l'esperienza al Tottenham"), or, in a
   * sentence naming nobody, the coach of the previous two sentences.
   */
  Mention subjectOrSalient(CueHit c) {
    final int sent = t.sentence[c.from()];
    Mention only = null;
    for (int j = Math.max(t.sentenceStart[sent], c.from() - MAX_SCAN); j < c.from(); j++) {
      final Mention m = mentionAt[j];
      if (m == null || m.from() != j) {
        continue;
      }
      if (m.type() == 'P') {
        return null;
      }
      if (m.type() == 'C' && (opponentCoach(m) || assistantOf(m))) {
        continue;
      }
      if (m.type() == 'C') {
        if (only != null && !only.id().equals(m.id())) {
          return null;
        }
        only = m;
      }
    }
    if (only != null) {
      return only;
    }
    for (int j = c.to(); j < Math.min(t.sentenceStart[sent + 1], c.to() + MAX_SCAN); j++) {
      final Mention m = mentionAt[j];
      if (m != null && (m.type() == 'P' || m.type() == 'C') && !objectOfAnotherCue(c, m)) {
        return null;
      }
    }
    return salientBefore(sent);
  }

  /**
   * "le esperienze al Lilla e alla Roma, dove aveva sostituito X": a coach named after cue {@code
   * c} as the object of another cue that names its coach after it (a predecessor replaced) is that
   * cue's, not the subject of {@code c}.
   */
  boolean objectOfAnotherCue(CueHit c, Mention m) {
    final int before = prevWord(m.from());
    if (m.type() != 'C' || before < c.to()) {
      return false;
    }
    final CueHit h = cueEndAt[before];
    return h != null
        && h != c
        && h.cue().kind() == KnowledgeBase.CueKind.REL
        && h.cue().coachRight();
  }

  /**
   * The coach the two sentences before {@code sent} are about: the latest one named as a subject,
   * else the latest one named. A coach named as an object ("al posto di Sottil", "dove ha
   * sostituito Xavi") is who a clause is about, not who the next sentences go on with.
   */
  Mention salientBefore(int sent) {
    final int from =
        Math.max(sent >= 2 ? t.sentenceStart[sent - 2] : 0, t.sentenceStart[sent] - MAX_SCAN);
    Mention latest = null;
    for (int j = t.sentenceStart[sent] - 1; j > from - 1; j--) {
      final Mention m = mentionAt[j];
      if (m == null || m.from() != j || m.id() == null || namedAsObject(m)) {
        if (latest == null && m != null && m.type() == 'C' && !benchName(m)) {
          latest = m;
        }
        continue;
      }
      if (m.type() == 'I') {
        // "ne diventa l'allenatore": a reference to him; his name, if given before, else it
        final Mention named = namedBefore(m, from);
        return named != null ? named : m;
      }
      if (m.type() == 'C' && !benchName(m)) {
        return m;
      }
    }
    return latest;
  }

  /** The latest mention by name, from {@code from} on, of the coach a reference stands for. */
  Mention namedBefore(Mention ref, int from) {
    for (int j = ref.from() - 1; j > from - 1; j--) {
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'C' && ref.id().equals(m.id())) {
        return m;
      }
    }
    return null;
  }

  /**
   * Who takes the bench of the predecessor a cue names ("prende il posto di X"): the coach named
   * before the cue in its sentence, else, in a sentence naming no other coach, the one the
   * sentences before are about.
   */
  Mention successor(CueHit c) {
    final Mention near = nearestCoach(c, COACH_LEFT, 0, true);
    final int sent = t.sentence[c.from()];
    if (near != null && namedAsObject(near)) {
      // "X raccoglie l'eredità di Y, esonerato ..., e arriva dopo i no di Z": Y is an object;
      // the successor is the sentence's subject
      final Mention subject = subjectCoach(sent, near.from());
      return subject != null ? subject : near;
    }
    if (near != null) {
      return near;
    }
    Mention predecessor = null;
    for (int j = t.sentenceStart[sent]; j < t.sentenceStart[sent + 1]; j++) {
      if (mentionAt[j] != null && isPerson(mentionAt[j]) && (j < c.from() || j >= c.to())) {
        final Mention m = mentionAt[j];
        if (m.from() >= c.to() && m.from() <= c.to() + 1) {
          predecessor = m;
          continue; // the predecessor itself
        }
        if (!frontedArrival(c, m)) {
          return null;
        }
        // "il tecnico" read as the predecessor just named stands for the one who arrived: the
        // coach the passage, else the article, is about
        final boolean same =
            m.type() == 'I' && predecessor != null && Objects.equals(predecessor.id(), m.id());
        if (!same) {
          return m;
        }
        final Mention salient = salientBefore(sent);
        final Mention about = salient != null ? salient : portraitCoach();
        return about != null && !about.id().equals(m.id()) ? about : null;
      }
    }
    return salientBefore(sent);
  }

  /**
   * "Arrivato nel 2019 per prendere il posto di X, Italiano conquistò la promozione": a sentence
   * that opens with the arrival's participle names the one who arrived after it, as the subject of
   * the clause past the comma.
   */
  private boolean frontedArrival(CueHit c, Mention m) {
    final int sent = t.sentence[c.from()];
    final int first = t.sentenceStart[sent];
    if (m.from() < c.to()
        || (m.type() != 'C' && m.type() != 'I')
        || !ARRIVAL_WORDS.has(t, first)
        || namedAsObject(m)) {
      return false;
    }
    for (int j = c.to(); j < m.from(); j++) {
      if (t.kind[j] == Tokens.PUNCT && t.norm[j].equals(",")) {
        return true;
      }
    }
    return false;
  }

  /** The first coach of a sentence, before {@code before}, not named as an object. */
  Mention subjectCoach(int sent, int before) {
    for (int j = t.sentenceStart[sent]; j < before; j++) {
      final Mention m = mentionAt[j];
      if (m != null && m.from() == j && (m.type() == 'C' || m.type() == 'I')) {
        return namedAsObject(m) || assistantOf(m) || opponentCoach(m) ? null : m;
      }
      if (m != null && m.type() == 'P') {
        return null;
      }
    }
    return null;
  }

  /**
   * "Ten Hag took over from Xabi Alonso, who left ... to become head coach of Real Madrid": a cue
   * in the relative clause that a coach opens ("X, who", "X, che") is about him, however long the
   * clause, when no other person is named in between.
   */
  Mention relativeAntecedent(CueHit c) {
    final int sent = t.sentence[c.from()];
    for (int j = c.from() - 1; j > 1 && j > c.from() - MAX_SCAN - 1 && t.sentence[j] == sent; j--) {
      if (t.isHardBoundary(j)) {
        return null;
      }
      if (mentionAt[j] != null && isPerson(mentionAt[j])) {
        return null;
      }
      if (t.kind[j] == Tokens.WORD
          && SUBJECT_RELATIVES.has(t, j)
          && t.norm[j - 1].equals(",")
          && mentionAt[j - 2] != null
          && mentionAt[j - 2].type() == 'C') {
        return mentionAt[j - 2];
      }
      if (t.kind[j] == Tokens.WORD
          && SUBJECT_RELATIVES.has(t, j)
          && j + 1 < t.size
          && t.norm[j + 1].equals(",")
          && mentionAt[j - 1] != null
          && mentionAt[j - 1].type() == 'C') {
        return mentionAt[j - 1]; // "X che, dopo ..., è pronto a": an incidental opens the clause
      }
    }
    return null;
  }

  /** The mention opens its clause: the sentence's start, after a boundary or a conjunction. */
  private boolean opensClause(Mention m, int sent) {
    final int p = m.from() - 1;
    return m.from() == t.sentenceStart[sent]
        || (p >= 0 && t.isHardBoundary(p))
        || (p >= 0 && t.kind[p] == Tokens.WORD && CONJUNCTIONS.has(t, p));
  }

  /**
   * "Allegri, individuato come alternativa in caso di addio di Conte, ha trovato l'accordo": a cue
   * right after an incidental clause between commas belongs to the coach that opens the clause
   * before it (the subject), not to a name inside the incidental.
   */
  Mention appositionSubject(CueHit c) {
    int j = c.from() - 1;
    int words = 0;
    while (j > -1 && words <= 4 && t.kind[j] == Tokens.WORD && mentionAt[j] == null) {
      j--;
      words++;
    }
    if (j < 1 || t.kind[j] != Tokens.PUNCT || !t.norm[j].equals(",")) {
      return null;
    }
    final int sent = t.sentence[c.from()];
    for (int k = j - 2; k > 0 && k > j - 30 - 1 && t.sentence[k] == sent; k--) {
      if (t.isHardBoundary(k)) {
        return null;
      }
      if (t.kind[k] == Tokens.PUNCT && t.norm[k].equals(",")) {
        final Mention m = mentionAt[k - 1];
        if (m == null || m.type() != 'C' || m.to() != k) {
          return null;
        }
        // "West Brom's Carlos Corberán, ..., is on the list": his club's possessive opens it
        final Mention owner = m.from() >= 2 ? mentionAt[m.from() - 2] : null;
        final boolean possessed = owner != null && owner.type() == 'T' && possessiveOfCoach(owner);
        return opensClause(possessed ? owner : m, sent) ? m : null;
      }
    }
    return null;
  }

  /**
   * "al posto di Sottil, mandato via dopo tre giornate", "l'eredità di Renard, che aveva lasciato
   * la nazionale": a cue inside an apposition or relative clause opened by a comma right after a
   * named coach is about that coach, even where a preposition governs the name. Only for a spell
   * that ends (a clause opening with "per il dopo" is no apposition). The cue follows the comma at
   * once (a participle, an adverb and a participle) or after a relative word.
   */
  Mention appositionHead(CueHit c) {
    int j = c.from() - 1;
    int words = 0;
    boolean relative = false;
    while (j > 0 && words < 6 && t.kind[j] == Tokens.WORD && mentionAt[j] == null) {
      relative = NAME_RELATIVES.has(t, j);
      j--;
      words++;
    }
    if (j < 1 || t.kind[j] != Tokens.PUNCT || !t.norm[j].equals(",") || (words > 2 && !relative)) {
      return null;
    }
    final Mention m = mentionAt[j - 1];
    return m != null
            && m.type() == 'C'
            && m.to() == j
            && t.sentence[m.from()] == t.sentence[c.from()]
            && !assistantOf(m)
            && !opponentCoach(m)
        ? m
        : null;
  }
}
