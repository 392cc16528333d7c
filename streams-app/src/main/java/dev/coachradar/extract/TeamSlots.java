package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The team slot of a cue: which teams a cue speaks of in its clause, and which nearby teams are
 * only a coach's past, a closed apposition or parenthetical, or another coach's club.
 */
abstract class TeamSlots extends ListReading {
  static final int TEAM_RIGHT = 7;

  static final int TEAM_LEFT = 8;

  /**
   * Words after a comma that continue the clause before it with a non-finite verb ("..., prima di
   * essere esonerato", "..., before being sacked"): the comma closes nothing.
   */
  static final WordSet CLAUSE_CONTINUATIONS = WordSet.of("prima", "before");

  /** Subject relative pronouns: they open a clause about the name before the comma. */
  static final WordSet SUBJECT_RELATIVES = WordSet.of("who", "che");

  /** Role words between a team and its coach's name ("Brighton manager X"). */
  static final WordSet ROLE_WORDS =
      WordSet.of("manager", "boss", "head", "coach", "s", "tecnico", "allenatore", "mister", "ct");

  static final WordSet AT_WORDS =
      WordSet.of("al", "alla", "all", "allo", "ai", "agli", "alle", "a", "at", "with", "in");

  /**
   * Relative words that open a clause about the name just before the comma (SUBJECT_RELATIVES and
   * "whose").
   */
  static final WordSet NAME_RELATIVES = WordSet.of("che", "who", "whose");

  /** Finite verbs that make the team before them a clause's subject ({@code subjectAfterComma}). */
  static final WordSet SUBJECT_VERBS =
      WordSet.of("have", "has", "had", "is", "are", "was", "were", "will", "ha", "hanno", "sono");

  /** Articles that may open a clause's subject team ("..., il Milan ha ..."). */
  static final WordSet ARTICLES_BEFORE_SUBJECT = WordSet.of("il", "la", "lo", "l", "the");

  /** Words opening a relative clause ("X, whose ...", "X, il cui ...", "X, che ..."). */
  static final WordSet RELATIVES = WordSet.of("whose", "who", "which", "cui", "che", "quale");

  TeamSlots(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  /**
   * A team named right before a youth or reserve side ({@link CueKind#YOUTH}: "Leeds Under-23s",
   * "the Chelsea academy"): its first team is not the one meant.
   */
  boolean youthSide(Mention team) {
    final CueHit h = team.to() < t.size ? cueAt[team.to()] : null;
    return h != null && h.cue().kind() == CueKind.YOUTH;
  }

  /** Teams named in the clause around token {@code at}, between hard boundaries. */
  Set<String> teamsInClause(int at) {
    final int sent = t.sentence[at];
    int from = at;
    while (from > t.sentenceStart[sent] && !t.isHardBoundary(from - 1)) {
      from--;
    }
    final Set<String> teams = new java.util.HashSet<>();
    for (int j = from; j < t.sentenceStart[sent + 1] && !t.isHardBoundary(j); j++) {
      if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
        teams.add(mentionAt[j].id());
      }
    }
    return teams;
  }

  /** The teams a cue binds, or null when the cue binds nothing. */
  List<Mention> cueTeams(CueHit c, Relation relation) {
    slotUnresolved = false;
    if (c.cue().staff()) {
      final List<Mention> benches = staffBenches(c);
      return benches.isEmpty() ? null : benches; // "è stato il vice di X al Chelsea"
    }
    final List<Mention> teams = c.cue().coachRight() ? teamsLeftOnly(c) : teamsFor(c);
    if (teams.isEmpty() && slotUnresolved) {
      return null;
    }
    if (!teams.isEmpty()
        && teams.removeIf(tm -> playingPastList(tm, kb.refs.get(lang)))
        && teams.isEmpty()) {
      return null; // "l'ex centrocampista di Arsenal e Chelsea guiderà il Como": a playing past
    }
    if (!teams.isEmpty() && teams.removeIf(this::youthSide) && teams.isEmpty()) {
      // "a former Leeds Under-23s coach": a youth side, not the first team's bench; a candidacy
      // ("a former Leeds Under-23s coach, is another name on the list") names no team then
      return relation == Relation.LINKED ? teams : null;
    }
    if (relation == Relation.LEFT
        && !teams.isEmpty()
        && teams.removeIf(tm -> formerTeam(tm) && playingPast(tm, kb.refs.get(lang)))
        && teams.isEmpty()) {
      return null; // "the former United midfielder": a playing past, no bench
    }
    if (relation == Relation.LEFT && !c.cue().coachRight() && !teams.isEmpty()) {
      careerListTail(teams); // "le esperienze con la Roma, ..., con il Celta e con il Barça"
    } else if (relation == Relation.SACKED
        && !c.cue().coachRight()
        && teams.size() == 1
        && teams.get(0).from() > c.to()) {
      careerListTail(teams); // "esoneri con la Roma e con il Southampton", not "dal Milan e"
    }
    return teams;
  }

  /**
   * The benches of a coach recalled through his former assistant ({@link StaffHistory}): the teams
   * named right after the coach who follows the cue; none when no coach follows it.
   */
  List<Mention> staffBenches(CueHit c) {
    final List<Mention> out = new ArrayList<>(2);
    final Mention coach = c.to() < t.size ? mentionAt[c.to()] : null;
    if (coach == null || coach.type() != 'C' || coach.from() != c.to()) {
      return out;
    }
    for (int k :
        StaffHistory.benchesAfter(t, coach.to(), j -> teamStartsAt(j) ? mentionAt[j].to() : -1)) {
      out.add(mentionAt[k]);
    }
    return out;
  }

  /**
   * "Dyche replaces Silva at Everton", "prende il posto di Zanetti al Sassuolo", "succeeds Silva as
   * Everton manager": the bench named right after a successor cue's object.
   */
  Mention teamAfterObject(Mention object) {
    if (object == null || object.type() != 'C') {
      return null;
    }
    final int sent = t.sentence[object.from()];
    for (int j = object.to(); j < t.size && j < object.to() + 4 && t.sentence[j] == sent; j++) {
      if (t.kind[j] != Tokens.WORD) {
        return null;
      }
      final Mention m = mentionAt[j];
      if (m != null) {
        return m.type() == 'T' && j > object.to() && AT_WORDS.has(t, m.from() - 1)
                || m.type() == 'T' && j > object.to() && t.norm[m.from() - 1].equals("as")
            ? m
            : null;
      }
    }
    return null;
  }

  /**
   * A cue that is a national team's coach's title after a preposition ("chiamati dal ct X", "i
   * convocati del commissario tecnico X"): the ct acting now.
   */
  boolean nationalRole(CueHit c) {
    final String last = t.norm[c.to() - 1];
    final boolean title =
        last.equals("ct")
            || last.equals("tecnico")
                && c.to() - c.from() > 1
                && t.norm[c.to() - 2].equals("commissario");
    return title && ROLE_PREPOSITIONS.has(t, c.from());
  }

  private static final WordSet ROLE_PREPOSITIONS = WordSet.of("dal", "al", "del");

  /**
   * The teams of a ct's title: the national ones among those the cue found ("dal ct della
   * Croazia"), never a club ("la Juventus perde i giocatori chiamati dal ct X"); else the
   * article's.
   */
  List<Mention> nationalTeamOfRole(CueHit c, List<Mention> teams) {
    final List<Mention> nat = teams.stream().filter(m -> national(m.id())).toList();
    if (!nat.isEmpty()) {
      return nat;
    }
    final String team = articleNationalTeam();
    return team == null ? List.of() : List.of(new Mention('T', team, c.from(), c.to()));
  }

  /**
   * The national team the article names most (the first of a tie); with none named, an Italian
   * article's bare "ct" is Italy's.
   */
  String articleNationalTeam() {
    final java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == 'T' && national(m.id())) {
        counts.merge(m.id(), 1, Integer::sum);
      }
    }
    String best = null;
    for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best != null ? best : "it".equals(lang) ? ITALY : null;
  }

  /** Whether the team is a national one. */
  boolean national(String team) {
    final KnowledgeBase.Team info = kb.teams.get(team);
    return info != null && "national".equals(info.kind());
  }

  /** Italy's national team, whose coach the Italian press calls just "il ct". */
  static final String ITALY = "nazionale-italia";

  /**
   * A team earlier in the cue's sentence, across colons ("Juve, fuori: la panchina di Motta
   * traballa").
   */
  Mention teamLeftInSentence(CueHit c, boolean acrossBut) {
    final int sent = t.sentence[c.from()];
    final int stop = Math.max(0, c.from() - MAX_SCAN);
    for (int j = c.from() - 1; j > stop - 1 && t.sentence[j] == sent; j--) {
      if (!acrossBut && CLAUSE_WORDS.has(t, j) || t.norm[j].equals(";")) {
        return null; // a semicolon separates list items and independent clauses
      }
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'T' && pastOnly(m, c)) {
        return null; // "X, the former Everton boss, whose position is under scrutiny"
      }
      if (m != null
          && m.type() == 'T'
          && ((formerTeam(m) && !c.cue().relation().endsSpell())
              || possessiveOfCoach(m)
              || closedRelative(m, c)
              || youthSide(m))) {
        // "l'ex Borussia Dortmund": someone's past, not the bench the cue is about, unless the
        // cue ends that very spell ("the former Southampton manager ... since being dismissed")
        continue;
      }
      if (m != null && m.type() == 'T') {
        return m;
      }
      if (m != null && m.type() == 'C' && j < c.from() - 1 && mentionAt[j + 1] != m) {
        // another coach's clause
        continue;
      }
    }
    return null;
  }

  /**
   * The team that opens the cue's sentence as its subject ("La Juventus ha ...", "Juventus, ..."),
   * or null: the first mention of the sentence must be that team, within its first four tokens;
   * when {@code alone}, no other team may be named between it and the cue.
   */
  Mention sentenceSubjectTeam(CueHit c, boolean alone) {
    final int sent = t.sentence[c.from()];
    final int end = Math.min(c.from(), t.sentenceStart[sent] + 4);
    for (int j = t.sentenceStart[sent]; j < end; j++) {
      final Mention m = mentionAt[j];
      if (m != null) {
        return m.type() == 'T' && !(alone && teamBetween(m.to(), c.from())) ? m : null;
      }
    }
    return null;
  }

  /**
   * "l'ex Lazio", "the former Tottenham manager": a team named as someone's past takes only a cue
   * that ends a spell; "in bilico", "under scrutiny", "nel mirino" are about another bench.
   */
  boolean pastOnly(Mention team, CueHit c) {
    return formerTeam(team) && !c.cue().relation().endsSpell();
  }

  /**
   * "Oliver Glasner, whose contract at Crystal Palace runs out, is admired by United", "Baroni, il
   * cui futuro alla Lazio è appeso a un filo, piace alla Fiorentina": a team inside a relative
   * clause set off by commas after a person belongs to that clause; a cue after the clause has
   * closed does not reach into it. A move cue does not reach into any such apposition either
   * ("Xavi, out of work since leaving Barcelona, has been mentioned"): it names his own club.
   */
  boolean closedRelative(Mention team, CueHit c) {
    return closedApposition(team, c, true) || (moveCue(c) && closedApposition(team, c, false));
  }

  /**
   * The team lies in an apposition set off by commas after a person that has closed before the cue;
   * with {@code relative}, only a relative clause ("X, whose ...", "X, che ...").
   */
  boolean closedApposition(Mention team, CueHit c, boolean relative) {
    final int sent = t.sentence[team.from()];
    int open = -1;
    for (int j = team.from() - 1;
        j > -1 && j > team.from() - 14 - 1 && t.sentence[j] == sent;
        j--) {
      if (t.isHardBoundary(j)) {
        return false;
      }
      if (t.kind[j] == Tokens.PUNCT && t.norm[j].equals(",")) {
        open = j;
        break;
      }
    }
    if (open < 1 || open + 1 >= t.size) {
      return false;
    }
    final Mention antecedent = mentionAt[open - 1];
    if (antecedent == null || !isPerson(antecedent)) {
      return false;
    }
    final String w1 = t.norm[open + 1];
    final String w2 = open + 2 < t.size ? t.norm[open + 2] : "";
    if (relative
        && !RELATIVES.contains(w1)
        && !(Tokens.DEFINITE_ARTICLES.contains(w1) && RELATIVES.contains(w2))) {
      return false;
    }
    for (int j = team.to(); j < c.from(); j++) {
      if (t.kind[j] == Tokens.PUNCT
          && t.norm[j].equals(",")
          && !(j + 1 < t.size && CLAUSE_CONTINUATIONS.has(t, j + 1))) {
        return true; // not "..., prima di essere esonerato": that clause goes on
      }
    }
    return false;
  }

  /** "Como's Cesc Fàbregas": the team names whose coach he is, not where a cue points. */
  boolean possessiveOfCoach(Mention team) {
    final int j = team.to();
    return j + 1 < t.size
        && t.kind[j] == Tokens.WORD
        && t.norm[j].equals("s")
        && mentionAt[j + 1] != null
        && mentionAt[j + 1].type() == 'C';
  }

  boolean teamRightAfter(CueHit c, int max) {
    for (int j = c.to(); j < t.size && j < c.to() + max; j++) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
        return true;
      }
    }
    return false;
  }

  /** The last team named in the sentence before the cue's, if any. */
  Mention teamInPreviousSentence(CueHit c) {
    final int sent = t.sentence[c.from()];
    if (sent == 0) {
      return null;
    }
    final int from =
        Math.max(t.sentenceStart[Math.max(0, sent - 2)], t.sentenceStart[sent] - MAX_SCAN);
    for (int j = t.sentenceStart[sent] - 1; j > from - 1; j--) {
      if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
        return mentionAt[j];
      }
    }
    return null;
  }

  /** The team a cue told after that team's aside is about ({@link AsideSubject}), or null. */
  Mention asideSubjectTeam(CueHit c) {
    final int from =
        AsideSubject.teamBefore(t, c.from(), k -> mentionAt[k] != null, this::teamStartBefore);
    return from >= 0 ? mentionAt[from] : null;
  }

  private int teamStartBefore(int end) {
    final Mention m = end > 0 ? mentionAt[end - 1] : null;
    return m != null && m.type() == 'T' && m.to() == end ? m.from() : -1;
  }

  List<Mention> teamsFor(CueHit c) {
    final List<Mention> out = new ArrayList<>(2);
    final Mention antecedent = spellAntecedent(c);
    if (antecedent != null) {
      out.add(antecedent);
      return out;
    }
    // right of the cue first ("tecnico del Milan", "nel mirino della Roma")
    slotUnresolved = false;
    if (teamsRightOfCue(c, out)) {
      return out;
    }
    final Mention subject = asideSubjectTeam(c);
    if (subject != null) {
      out.add(subject); // "la Fiorentina, salutato Italiano, ha messo nel mirino X"
      return out;
    }
    return teamsLeftOfCue(c, out);
  }

  /**
   * Step of {@link #teamsFor}: the team right of the cue, with the teams chained to it, into {@code
   * out}; true when the slot is decided (a team found, or an alias left unresolved).
   */
  boolean teamsRightOfCue(CueHit c, List<Mention> out) {
    final int sent = t.sentence[c.from()];
    int words = 0;
    boolean object = false;
    for (int j = c.to(); j < t.size && t.sentence[j] == sent && words < TEAM_RIGHT; j++) {
      if (t.isHardBoundary(j) || CLAUSE_WORDS.has(t, j)) {
        break;
      }
      if (j <= c.to() + 1 && unresolvedTeam[j]) {
        // "l'esonero di Genova": the slot holds a team context cannot resolve; another team in
        // the sentence is not the one meant
        slotUnresolved = true;
        return true;
      }
      if (object && t.kind[j] == Tokens.PUNCT && t.norm[j].equals(",")) {
        break; // "la Juve attende Motta, il Bologna ...": past the object a comma opens a clause
      }
      if (c.cue().relation().endsSpell() && coordinateItem(j)) {
        break; // "al Milan, chiusa con un esonero, e quella al Torino": the next item's team
      }
      final int afterPronoun = c.cue().relation().endsSpell() ? earlierOnes(j) : j;
      if (afterPronoun > j) {
        // "il terzo esonero in un anno, dopo quelli con la Roma e con il Southampton": the
        // earlier ones of the same kind are told at their teams, a little further on
        words = 0;
        j = afterPronoun - 1;
        continue;
      }
      if (subjectAfterComma(j)) {
        break; // "as X's successor on a deal until 2027, Fenerbahce have ...": a new clause
      }
      final Mention m = mentionAt[j];
      object |= m != null && m.type() == 'C';
      if (m != null && m.type() == 'T' && pastOnly(m, c)) {
        break; // "the former Tottenham manager, whose position is under scrutiny"
      }
      if (m != null && m.type() == 'T' && !possessiveOfCoach(m)) {
        out.add(m);
        chainTeams(m, out);
        return true;
      }
      if (m != null && m.type() == 'C' && j > c.to() + 1) {
        break;
      }
      if (j > c.to() && cueAt[j] != null && cueAt[j].cue().kind() == CueKind.REL) {
        break;
      }
      words++;
    }
    return false;
  }

  /** Step of {@link #teamsFor}: the team left of the cue in its clause, with its chain. */
  List<Mention> teamsLeftOfCue(CueHit c, List<Mention> out) {
    final int sent = t.sentence[c.from()];
    int words = 0;
    boolean relative = false;
    for (int j = c.from() - 1; j > -1 && t.sentence[j] == sent && words < TEAM_LEFT; j--) {
      if (t.isHardBoundary(j) || CLAUSE_WORDS.has(t, j)) {
        break;
      }
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'T' && possessiveOfCoach(m)) {
        break; // "Bournemouth's Iraola was high on the list": his bench, not the list's team
      }
      if (m != null && m.type() == 'T' && pastOnly(m, c)) {
        break; // someone's past: the cue's bench is not named beyond it either
      }
      if (m != null && m.type() == 'T' && pastOfAnotherCoach(m, c)) {
        break;
      }
      if (m != null && m.type() == 'T' && closedRelative(m, c)) {
        j = m.from();
        words++;
        continue;
      }
      if (m != null && m.type() == 'T') {
        out.add(m);
        if (!relative) {
          chainTeamsLeft(m, out);
        }
        return out;
      }
      // "dal Milan al Bologna, dove fu esonerato": a relative "dove"/"where" is about the one
      // team named just before it, not the whole list
      relative |= t.kind[j] == Tokens.WORD && RELATIVE_PLACE.has(t, j);
      words++;
    }
    return out;
  }

  /**
   * "appointed former Denmark coach Kasper Hjulmand as Erik ten Hag's successor": a former team
   * that introduces a coach, with another coach named between him and the cue, is the first coach's
   * past; the cue about the second does not reach it.
   */
  boolean pastOfAnotherCoach(Mention team, CueHit c) {
    if (!formerTeam(team)) {
      return false;
    }
    int k = team.to();
    for (int n = 0; n < 2 && k < c.from() && ROLE_WORDS.has(t, k); n++) {
      k++;
    }
    final Mention introduced = k < c.from() ? mentionAt[k] : null;
    if (introduced == null || introduced.type() != 'C' || introduced.from() != k) {
      return false;
    }
    for (int j = introduced.to(); j < c.from(); j++) {
      final Mention m = mentionAt[j];
      if (m != null && m.type() == 'C' && !m.id().equals(introduced.id())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A comma at {@code j} followed by a team and its verb ("..., Fenerbahce have confirmed", "...,
   * il Milan ha scelto"): the team is the subject of the next clause, not the object of a cue
   * before the comma.
   */
  boolean subjectAfterComma(int j) {
    if (t.kind[j] != Tokens.PUNCT || !t.norm[j].equals(",") || j + 1 >= t.size) {
      return false;
    }
    int k = j + 1;
    if (t.kind[k] == Tokens.WORD && ARTICLES_BEFORE_SUBJECT.has(t, k)) {
      k++;
    }
    final Mention m = k < t.size ? mentionAt[k] : null;
    return m != null
        && m.type() == 'T'
        && m.from() == k
        && m.to() < t.size
        && t.sentence[m.to()] == t.sentence[j]
        && t.kind[m.to()] == Tokens.WORD
        && SUBJECT_VERBS.has(t, m.to());
  }

  /**
   * "Bayer Leverkusen, where he was sacked", "al City, che lo esonerò": a cue ending a spell inside
   * a relative clause is about the team the clause hangs on ({@link CareerHistory}).
   */
  Mention spellAntecedent(CueHit c) {
    if (!c.cue().relation().endsSpell() || c.cue().coachRight()) {
      return null;
    }
    final int a = CareerHistory.relativeAntecedent(t, c.from(), c.to(), this::teamStartsAt);
    final Mention m = a >= 0 ? mentionAt[a] : null;
    return m != null
            && m.type() == 'T'
            && m.to() == a + 1
            && !CareerHistory.complementOfNoun(t, m.from())
        ? m
        : null;
  }

  List<Mention> teamsLeftOnly(CueHit c) {
    final int sent = t.sentence[c.from()];
    final List<Mention> out = new ArrayList<>(2);
    int words = 0;
    for (int j = c.from() - 1; j > -1 && t.sentence[j] == sent && words < TEAM_LEFT; j--) {
      if (t.isHardBoundary(j) || CLAUSE_WORDS.has(t, j)) {
        break;
      }
      final Mention m = mentionAt[j];
      if (m != null
          && m.type() == 'T'
          && (formerRole(m)
              || closedParenthetical(m, c)
              || placeOfTeam(m)
              || (isMarket(m.id())
                  && c.cue().relation() != null
                  && c.cue().relation().endsSpell()))) {
        // "l'ex tecnico del Leicester raccoglie l'eredità di X": the successor's past bench;
        // "all'Al Sadd in Qatar, dove ha sostituito X": the club's country, not a bench; "took
        // Uruguay to Qatar after replacing X": a market is no bench a predecessor left
        j = m.from();
        words++;
        continue;
      }
      if (m != null && m.type() == 'T') {
        out.add(m);
        return out;
      }
      words++;
    }
    return out;
  }

  /**
   * "l'Al Sadd in Qatar", "Pachuca in Mexico": a market named after "in" right after a club is
   * where the club plays, not a team of its own.
   */
  boolean placeOfTeam(Mention m) {
    final int in = m.from() - 1;
    if (!isMarket(m.id()) || in < 1 || t.kind[in] != Tokens.WORD || !t.norm[in].equals("in")) {
      return false;
    }
    final Mention club = mentionAt[in - 1];
    return club != null && club.type() == 'T' && !isMarket(club.id());
  }

  /**
   * "X, esonerato ad aprile con le Foxes, raccoglie l'eredità di Y": a team inside an aside set off
   * by commas that has closed before the cue, the cue's clause being the main one (no relative word
   * between the closing comma and the cue: "all'Al Sadd, dove ha sostituito Y" keeps its team).
   */
  boolean closedParenthetical(Mention team, CueHit c) {
    int close = -1;
    for (int j = team.to(); j < c.from(); j++) {
      if (t.kind[j] == Tokens.PUNCT) {
        if (!t.norm[j].equals(",") || close >= 0) {
          return false;
        }
        close = j;
      } else if (close >= 0 && (NAME_RELATIVES.has(t, j) || RELATIVE_PLACE.has(t, j))) {
        return false;
      }
    }
    if (close < 0) {
      return false;
    }
    for (int j = team.from() - 1; j > -1 && j > team.from() - 10 - 1; j--) {
      if (t.kind[j] == Tokens.PUNCT) {
        return t.norm[j].equals(",");
      }
    }
    return false;
  }

  /**
   * "l'ex tecnico del Leicester", "the former Everton manager", "l'ex Lazio": a team named as the
   * complement of someone's former role.
   */
  boolean formerRole(Mention team) {
    int p = prevWord(team.from());
    if (p >= 0 && CareerHistory.isGenitive(t.norm[p])) {
      p = prevWord(p);
    }
    for (int n = 0; p >= 0 && n < 2 && ROLE_WORDS.has(t, p); n++) {
      p = prevWord(p);
    }
    return formerWordAt(p);
  }
}
