package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.Cue;
import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.extract.KnowledgeBase.EntityKind;
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
 * Coach mentions and references: finds coaches and people by name, first name, descriptor, pronoun
 * or "il tecnico", unknown coaches by their capitalised names, and the coach an article is a
 * portrait of; turns each into a {@link ArticleContext.Mention}.
 */
abstract class CoachMentions extends TeamMentions {
  /** Words just before a team that make it an opponent in a match, not a bench. */
  static final WordSet OPPONENT_WORDS =
      WordSet.of(
          "contro",
          "against",
          "vs",
          "versus",
          "sfida",
          "derby",
          "battuta",
          "battuto",
          "travolta",
          "travolto",
          "sconfitta",
          "beat",
          "beating",
          "avversario",
          "trasferta",
          "ospita",
          "visit",
          "trip",
          "meeting",
          "tie",
          "semifinale",
          "finale",
          "final",
          "battendo",
          "battere",
          // results and fixtures: "knocked out by", "defeat to", "match at", "la gara con"
          "knocked",
          "eliminated",
          "eliminato",
          "eliminata",
          "eliminazione",
          "defeat",
          "loss",
          "draw",
          "game",
          "match",
          "fixture",
          "clash",
          "partita",
          "gara",
          "pareggio",
          "vittoria",
          "ko",
          // "sul campo del Getafe", "la sconfitta interna con il Bologna": where a match was played
          "campo",
          "interno",
          "interna");

  /**
   * English result nouns that, before "over", make the next team the beaten side ("a 2-0 win over
   * Burnley", "victory over Leeds"); "won over" (persuaded) is not one of them.
   */
  static final WordSet RESULT_BEFORE_OVER = WordSet.of("win", "wins", "victory", "triumph");

  /**
   * English match nouns that, right after a team, make it the opponent ("the Arsenal friendly",
   * "after Japan humiliation"); nouns that are also verbs of the team ("Chelsea win", "Leeds draw",
   * "Arsenal tie") are left out.
   */
  static final WordSet FIXTURE_AFTER_TEAM =
      WordSet.of(
          "friendly",
          "clash",
          "fixture",
          "showdown",
          "game",
          "derby",
          "humiliation",
          "humbling",
          "thrashing",
          "rout",
          "loss");

  /** Nouns that, in apposition after a team, make it an opponent. */
  static final WordSet OPPONENT_APPOSITION =
      WordSet.of("avversario", "avversaria", "rivale", "opponent", "opponents", "rivals");

  /** Aliases that name a national team, never its country ("in Nazionale", "azzurri"). */
  static final WordSet NATIONAL_TEAM_WORDS =
      WordSet.of("nazionale", "azzurri", "azzurra", "selezione", "seleccion", "nationalmannschaft");

  /** Words before a country name that make it a place ("in Italia"), not a national team. */
  static final WordSet PLACE_WORDS =
      WordSet.of(
          "in", "dall", "dalla", "da", "from", "lontano", "nel", "negli", "per", "verso", "to");

  static final WordSet PREPOSITIONS =
      WordSet.of(
          "di", "del", "della", "dello", "dell", "a", "al", "alla", "all", "per", "con", "da",
          "dal", "dalla", "dall", "su", "sul", "of", "to", "for", "with", "by", "from", "than");

  /** Prepositions that make a descriptor a possessor ("il percorso del tecnico"). */
  static final WordSet POSSESSIVES = WordSet.of("di", "del", "della", "dello", "dell", "of");

  /** Words that make a capitalised phrase an organisation's name, never a person's. */
  static final WordSet ORGANISATION_WORDS =
      WordSet.of(
          "association",
          "federation",
          "federazione",
          "federacion",
          "football",
          "calcio",
          "league",
          "lega",
          "club",
          "committee",
          "comitato",
          "union",
          "fc");

  static final WordSet DESCRIPTOR_LEADS =
      WordSet.of(
          "il",
          "lo",
          "l",
          "the",
          "tecnico",
          "allenatore",
          "ct",
          "manager",
          "coach",
          "mister",
          "del",
          "dal",
          "al",
          "dell",
          "dall",
          "all",
          "col",
          "per",
          "sul");

  /** Relative adverbs whose antecedent is the one place (team) named just before them. */
  static final WordSet RELATIVE_PLACE = WordSet.of("dove", "where");

  /** Nouns for a coach to come ("a replacement", "un sostituto"). */
  static final WordSet SUCCESSOR_NOUNS =
      WordSet.of("replacement", "successor", "sostituto", "successore", "erede");

  /** Indefinite determiners: the coach noun after them is not someone already named. */
  static final WordSet INDEFINITES = WordSet.of("a", "an", "another", "un", "uno", "una", "altro");

  /** Words naming a coach's role, after which a descriptor describes a person, not a team. */
  static final WordSet COACH_WORDS =
      WordSet.of("tecnico", "allenatore", "mister", "ct", "manager", "coach", "boss");

  static final WordSet PARTICLES =
      WordSet.of(
          "de", "di", "da", "van", "ten", "von", "der", "del", "della", "dos", "le", "la", "du");

  /** Accepts a match read from a lower-case word: only aliases that need no capital. */
  static final java.util.function.Predicate<PhraseTrie.Match<EntityRef>> LOWER_CASE_OK =
      m -> {
        for (EntityRef r : m.payload()) {
          if (!r.needsCapital()) {
            return true;
          }
        }
        return false;
      };

  CoachMentions(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  void resolveMentions(PhraseTrie<Cue> refTrie) {
    // pre-pass: unambiguous team mentions, used to resolve ambiguous aliases from context
    final Map<String, Integer> teamSeen = new HashMap<>();
    final List<PhraseTrie.Match<EntityRef>> raw = entityMatches(teamSeen);
    // reference phrases ("il tecnico", "lui", "il presidente")
    final List<CueHit> refHits = referenceHits(refTrie);
    final Map<String, Integer> lastSeen = new HashMap<>();
    final Map<String, String> localSurnames = new HashMap<>();
    String lastCoach = null;
    int lastCoachSentence = -10;
    final Map<String, Integer> coachCount = new HashMap<>();
    final Map<String, Integer> coachSentence = new HashMap<>();
    final List<int[]> introduced = introducedNames(refHits, raw);
    int ii = 0;
    int ri = 0;
    int ei = 0;
    int covered = -1;
    while (ri < refHits.size() || ei < raw.size() || ii < introduced.size()) {
      if (ii < introduced.size()
          && (ri >= refHits.size() || introduced.get(ii)[0] < refHits.get(ri).from())
          && (ei >= raw.size() || introduced.get(ii)[0] < raw.get(ei).from())) {
        // a name the KB does not know, introduced as a coach ("ha esonerato Marco Rossi")
        final int[] span = introduced.get(ii++);
        final String id = span[0] <= covered ? null : unknownCoach(span, lastSeen, localSurnames);
        if (id != null) {
          lastCoach = id;
          lastCoachSentence = t.sentence[span[0]];
          coachCount.merge(id, 1, Integer::sum);
          coachSentence.put(id, lastCoachSentence);
          covered = span[1] - 1;
        }
        continue;
      }
      if (ri >= refHits.size() && ei >= raw.size()) {
        continue;
      }
      final boolean takeRef =
          ei >= raw.size() || (ri < refHits.size() && refHits.get(ri).from() < raw.get(ei).from());
      if (takeRef) {
        final CueHit h = refHits.get(ri++);
        if (h.from() <= covered) {
          continue;
        }
        final int sent = t.sentence[h.from()];
        // a name right after the reference is an apposition ("il tecnico Igor Tudor")
        final int next = nextWord(h.to());
        final boolean nameFollows =
            next >= 0 && t.cap[next] && (ei < raw.size() && raw.get(ei).from() == next);
        if (h.cue().kind() == CueKind.PERSONREF) {
          final int before = prevWord(h.from());
          if (formerWordAt(before) || formerWordAt(formerClubStart(before))) {
            continue; // "Tudor, ex difensore bianconero": a coach's playing past, not a player
          }
          if (!nameFollows) {
            add(new Mention('P', null, h.from(), h.to()));
          } else if (usable(raw.get(ei)).stream().noneMatch(r -> r.kind() == EntityKind.COACH)) {
            final PhraseTrie.Match<EntityRef> m = raw.get(ei++);
            add(new Mention('P', null, h.from(), m.to()));
            covered = m.to() - 1;
          }
          continue;
        }
        if (nameFollows) {
          if (h.cue().kind() == CueKind.COACHREF
              && usable(raw.get(ei)).stream().allMatch(r -> r.kind() == EntityKind.TEAM)) {
            // "Tom Hale, the former Burnley manager,": a team after the title is his bench, and
            // the name the KB does not know before it is his
            final int[] span = unknownNameBefore(h.from());
            final String id = span == null ? null : unknownCoach(span, lastSeen, localSurnames);
            if (id != null) {
              lastCoach = id;
              lastCoachSentence = t.sentence[span[0]];
            }
          }
          continue;
        }
        if (h.cue().kind() == CueKind.COACHREF && nameAfterOwnTeam(next, raw, ei)) {
          continue; // "il tecnico del Modena Paolo Bianco": the name after the team is the coach
        }
        if (h.cue().kind() == CueKind.COACHREF && indefinite(h.from())) {
          genericCoach[sent] = true;
          continue; // "a caretaker will be named", "un nuovo allenatore": someone not named yet
        }
        if (h.cue().kind() == CueKind.COACHREF
            && ei < raw.size()
            && raw.get(ei).from() == next
            && (descriptorCoach(raw.get(ei), lastSeen) != null || onlyDescriptors(raw.get(ei)))) {
          continue; // "il tecnico salentino": the descriptor names the coach, or nobody known
        }
        if (h.cue().kind() == CueKind.COACHREF) {
          // "Mario Rossi, allenatore della Primavera": a name in apposition before the reference
          final int[] span = unknownNameBefore(h.from());
          final String id = span == null ? null : unknownCoach(span, lastSeen, localSurnames);
          if (id != null) {
            lastCoach = id;
            lastCoachSentence = t.sentence[span[0]];
            continue;
          }
        }
        if (h.cue().kind() == CueKind.COACHREF && next >= 0 && t.cap[next]) {
          final int[] span = unknownName(next);
          final String id = span == null ? null : unknownCoach(span, lastSeen, localSurnames);
          if (id != null) {
            lastCoach = id;
            lastCoachSentence = t.sentence[span[0]];
            covered = span[1] - 1;
            continue;
          }
        }
        String centre; // the coach the sentences before are about, asked for once (centreBefore)
        if (lastCoach != null
            && lastCoachSentence == sent
            && h.cue().kind() == CueKind.COACHREF
            && lastSeen.getOrDefault(lastCoach, -10) >= h.from() - 6) {
          // apposition or same clause: "Patrick Vieira, tecnico del Genoa"
          add(new Mention('I', lastCoach, h.from(), h.to()));
        } else if (lastCoach != null
            && lastCoachSentence == sent
            && h.cue().kind() == CueKind.PRONOUN
            && objectPronoun(h)
            && chosenAt(lastSeen.getOrDefault(lastCoach, -1))) {
          // "la Dea aveva puntato su Juric; il Tottenham gli aveva preferito Frank": the coach
          // one team chose is not the one another choice passed over
          final String pick = protagonist(coachCount, coachSentence, sent, lastCoach);
          if (pick != null) {
            add(new Mention('I', pick, h.from(), h.to()));
          }
        } else if (lastCoach != null
            && lastCoachSentence == sent
            && h.cue().kind() == CueKind.PRONOUN
            && clauseBreakBetween(lastSeen.getOrDefault(lastCoach, h.from()), h.from())) {
          // "Iraola was high on the list, but the club made it clear he was not available": a
          // pronoun in a later clause of the sentence that named a coach is about him (in the
          // same clause it is someone else: "ha puntato su Ranieri anziché su di lui")
          add(new Mention('I', lastCoach, h.from(), h.to()));
        } else if (lastCoach != null
            && lastCoachSentence == sent
            && objectPronoun(h)
            && h.cue().kind() == CueKind.PRONOUN) {
          // "chose Dyche over him", "ha puntato su Ranieri anziché su di lui": an object pronoun
          // is not the coach named in its own clause, but the protagonist among the others
          final String pick = protagonist(coachCount, coachSentence, sent, lastCoach);
          if (pick != null) {
            add(new Mention('I', pick, h.from(), h.to()));
          }
        } else if (lastCoach != null
            && lastCoachSentence == sent
            && h.cue().kind() == CueKind.COACHREF
            && ownCoachReference(h)) {
          // "il sondaggio per X si è fermato: il Venezia non ha voluto liberare il suo
          // allenatore": a club's own coach is the coach the sentence has named, not the
          // article's protagonist
          add(new Mention('I', lastCoach, h.from(), h.to()));
        } else if (!(h.cue().kind() == CueKind.COACHREF && governedReference(h))
            && (centre = centreBefore(sent)) != null) {
          // a reference opening a sentence continues the coach the last sentence was about
          add(new Mention('I', centre, h.from(), h.to()));
        } else if (lastCoach != null && sent - lastCoachSentence <= 3) {
          // the protagonist among the coaches of the last few sentences, most recent on ties
          String pick = lastCoach;
          int best = coachCount.getOrDefault(lastCoach, 0);
          for (Map.Entry<String, Integer> e : coachSentence.entrySet()) {
            final int c = coachCount.getOrDefault(e.getKey(), 0);
            if (sent - e.getValue() <= 3 && c > best + 1) {
              pick = e.getKey();
              best = c;
            }
          }
          add(new Mention('I', pick, h.from(), h.to()));
        }
        continue;
      }
      final PhraseTrie.Match<EntityRef> m = raw.get(ei++);
      if (m.from() <= covered) {
        continue;
      }
      if (unconfirmedInitial(m) || firstNameOfAnother(m)) {
        continue;
      }
      final String local = localNamesake(m, localSurnames);
      if (local != null) {
        // "Roberto Martinez ... Martinez": the surname goes on with the unknown coach named in full
        final Mention res = new Mention('C', local, m.from(), m.to());
        add(res);
        lastSeen.put(local, res.from());
        lastCoach = local;
        lastCoachSentence = t.sentence[res.from()];
        coachCount.merge(local, 1, Integer::sum);
        coachSentence.put(local, lastCoachSentence);
        continue;
      }
      final Mention res = resolve(m, teamSeen, lastSeen);
      if (res == null) {
        if (usable(m).stream()
                .filter(r -> r.kind() == EntityKind.TEAM)
                .map(EntityRef::id)
                .distinct()
                .count()
            > 1) {
          for (int j = m.from(); j < m.to(); j++) {
            unresolvedTeam[j] = true;
          }
        }
        continue;
      }
      add(res);
      if (res.type() == 'C' || res.type() == 'P') {
        lastSeen.put(res.id(), res.from());
      }
      if (res.type() == 'C' && benchName(res)) {
        continue; // "il dopo-Tudor": names a bench, not a person the next sentences talk about
      }
      if (res.type() == 'C' && assistantOf(res)) {
        // "Henry, who worked as Martinez's assistant, ... his experience", "Henry, il vice di
        // Martinez, ... la sua esperienza": the assistant is who the sentence is about, and its
        // references go on with him
        continue;
      }
      if (res.type() == 'C') {
        lastCoach = res.id();
        lastCoachSentence = t.sentence[res.from()];
        coachCount.merge(res.id(), 1, Integer::sum);
        coachSentence.put(res.id(), lastCoachSentence);
      }
    }
    localSurnameMentions(localSurnames);
    dropClassifyingMarkets();
  }

  /** Mentions {@link #centreBefore} looks back over: it stays linear on a text without stops. */
  static final int CENTRE_REACH = 48;

  /**
   * The coach a reference in sentence {@code sent} continues when no coach is named before it in
   * that sentence: the one an earlier reference of the sentence stands for ("Per lui si parla del
   * Pisa, che lo ha contattato"), otherwise the first coach named in the last sentence that names
   * one, within three, its subject as a rule ("Blessin has agreed to replace Hürzeler. The former
   * Genoa coach..."; "E Berhalter? L'ex ct..."). Null when the sentence already names a coach or
   * none was named in the three sentences before.
   */
  String centreBefore(int sent) {
    String first = null;
    int firstSentence = -1;
    final int lo = Math.max(0, mentions.size() - CENTRE_REACH);
    for (int i = mentions.size(); i > lo; i--) {
      final Mention m = mentions.get(i - 1);
      final int s = t.sentence[m.from()];
      if ((firstSentence >= 0 && s != firstSentence) || sent - s > 3) {
        break;
      }
      if (m.id() == null || (m.type() != 'C' && m.type() != 'I') || benchName(m)) {
        continue;
      }
      if (s == sent && m.type() == 'C') {
        return null;
      }
      if (s == sent || m.type() == 'C') {
        first = m.id();
        firstSentence = s;
      }
    }
    return first;
  }

  /**
   * A reference governed by a preposition ("per l'ex allenatore", "per lui", "with him"): not the
   * subject of its clause.
   */
  boolean governedReference(CueHit h) {
    final int before = prevWord(h.from());
    return PREPOSITIONS.has(t, h.from()) || (before >= 0 && PREPOSITIONS.has(t, before));
  }

  /**
   * Pre-pass of {@link #resolveMentions}: every longest KB match, in order; records the names
   * confirmed, named in full and by first name, and counts the unambiguous team mentions in {@code
   * teamSeen}.
   */
  List<PhraseTrie.Match<EntityRef>> entityMatches(Map<String, Integer> teamSeen) {
    final List<PhraseTrie.Match<EntityRef>> raw = new ArrayList<>();
    int k = 0;
    while (k < t.size) {
      if (t.kind[k] != Tokens.WORD) {
        k++;
        continue;
      }
      final int at = k;
      final PhraseTrie.Match<EntityRef> m =
          kb.entities.longestAt(t, k, t.cap[at] ? null : LOWER_CASE_OK);
      if (m == null) {
        k++;
        continue;
      }
      if (otherFirstName(m, raw)) {
        k++;
        continue; // "Roberto Martinez" when the KB knows only another Martinez: someone else
      }
      raw.add(m);
      final List<EntityRef> refs = usable(m);
      for (EntityRef r : refs) {
        final boolean inside = m.to() - m.from() > 1 || !sentenceInitial(m.from());
        if ((r.kind() == EntityKind.COACH && (r.fullName() || inside))
            || (r.kind() == EntityKind.TEAM && inside)) {
          confirmed.add(r.id());
        }
        if (r.fullName() && r.kind() != EntityKind.TEAM) {
          fullNamed.putIfAbsent(r.id(), m.from());
          if (m.to() - m.from() >= 2) {
            firstNames.putIfAbsent(t.norm[m.from()], r);
          }
        }
      }
      String onlyTeam = null;
      boolean unambiguous = !refs.isEmpty();
      for (EntityRef r : refs) {
        if (r.kind() != EntityKind.TEAM || (onlyTeam != null && !onlyTeam.equals(r.id()))) {
          unambiguous = false;
          break;
        }
        onlyTeam = r.id();
      }
      if (unambiguous) {
        teamSeen.merge(onlyTeam, 1, Integer::sum);
      }
      k = m.to();
    }
    return raw;
  }

  /** Reference phrases of the article ("il tecnico", "lui", "il presidente"), in order. */
  List<CueHit> referenceHits(PhraseTrie<Cue> refTrie) {
    final List<CueHit> refHits = new ArrayList<>();
    if (refTrie != null) {
      int k = 0;
      while (k < t.size) {
        if (t.kind[k] != Tokens.WORD) {
          k++;
          continue;
        }
        final PhraseTrie.Match<Cue> m = refTrie.longestAt(t, k, null);
        if (m == null) {
          k++;
          continue;
        }
        if (m.payload().get(0).kind() != CueKind.BLOCK) {
          refHits.add(new CueHit(m.payload().get(0), m.from(), m.to()));
        }
        k = m.to();
      }
    }
    return refHits;
  }

  /** Surnames of coaches introduced in this article but unknown to the KB, wherever they recur. */
  void localSurnameMentions(Map<String, String> localSurnames) {
    if (!localSurnames.isEmpty()) {
      for (int j = 0; j < t.size; j++) {
        if (mentionAt[j] == null && t.cap[j] && localSurnames.containsKey(t.norm[j])) {
          add(new Mention('C', localSurnames.get(t.norm[j]), j, j + 1));
        }
      }
      mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }
  }

  /**
   * "A caretaker will be named", "un sostituto arriverà", "a replacement is expected": the sentence
   * is about a coach not yet named.
   */
  boolean genericCoach(int sent) {
    if (genericCoach[sent]) {
      return true;
    }
    final int end = Math.min(t.sentenceStart[sent + 1], t.sentenceStart[sent] + 4 * MAX_SCAN);
    for (int j = t.sentenceStart[sent] + 1; j < end; j++) {
      if (SUCCESSOR_NOUNS.has(t, j) && indefinite(j)) {
        return true;
      }
    }
    return false;
  }

  /** An indefinite article (or "another") just before token k: the noun names someone new. */
  boolean indefinite(int k) {
    int p = prevWord(k);
    if (p >= 0 && (t.norm[p].equals("new") || t.norm[p].equals("nuovo"))) {
      p = prevWord(p);
    }
    return p >= 0 && INDEFINITES.has(t, p);
  }

  /**
   * The most named coach of the last three sentences other than {@code excluded} (the most recent
   * on ties), or null.
   */
  String protagonist(
      Map<String, Integer> count, Map<String, Integer> lastSentence, int sent, String excluded) {
    String pick = null;
    int best = 0;
    int bestSent = -1;
    for (Map.Entry<String, Integer> e : lastSentence.entrySet()) {
      final String id = e.getKey();
      final int c = count.getOrDefault(id, 0);
      final int s = e.getValue();
      if (id.equals(excluded) || sent - s > 3) {
        continue;
      }
      if (pick == null
          || c > best
          || (c == best && (s > bestSent || (s == bestSent && id.compareTo(pick) < 0)))) {
        pick = id;
        best = c;
        bestSent = s;
      }
    }
    return pick;
  }

  /**
   * A coach named at {@code k} is the one a team's choice picked ("ha puntato su X"), or one of the
   * coaches several teams picked ("hanno scelto rispettivamente A e B": B too).
   */
  boolean chosenAt(int k) {
    int j = k;
    for (int hops = 0; hops < CHOICE_LIST_HOPS && j > 1; hops++) {
      final CueHit before = cueEndAt[j - 1];
      if (before != null) {
        return before.cue().kind() == CueKind.REL && before.cue().chosen();
      }
      final Mention item = mentionAt[j - 2];
      if (RESPECTIVELY.has(t, j - 1)) {
        j--;
      } else if (LIST_JOINERS.has(t, j - 1) && item != null && item.type() == 'C') {
        j = item.from();
      } else {
        return false;
      }
    }
    return false;
  }

  /** Words between a choice and the coaches it picked, or between those coaches, folded. */
  static final WordSet RESPECTIVELY = WordSet.of("rispettivamente", "respectively");

  static final WordSet LIST_JOINERS = WordSet.of("e", "and", ",");

  /** Most steps back from a chosen coach to the choice over a list of coaches. */
  static final int CHOICE_LIST_HOPS = 8;

  /**
   * "X, the former United midfielder", "X, a former Real Madrid striker": in an apposition after a
   * comma, the word before the club's capitalised name that ends at word {@code p} (at most three
   * words back); else -1 (no capitalised word at {@code p}, or no apposition: "The former Liverpool
   * captain" opening a sentence is a reference of its own).
   */
  int formerClubStart(int p) {
    int q = p;
    for (int n = 0; n < 3 && q >= 0 && t.cap[q] && !sentenceInitial(q); n++) {
      q = prevWord(q);
    }
    if (q == p || q < 1) {
      return -1;
    }
    final int a = Tokens.DEFINITE_ARTICLES.has(t, q - 1) || t.norm[q - 1].equals("a") ? q - 1 : q;
    return a > 0 && t.norm[a - 1].equals(",") ? q : -1;
  }

  /** Possessives that make a coach reference a club's own ("il suo allenatore"). */
  static final WordSet OWN_POSSESSIVES = WordSet.of("suo", "its", "their");

  /** "il suo allenatore", "il suo tecnico": the reference names a club's own coach. */
  boolean ownCoachReference(CueHit h) {
    final int p = h.from() - 1;
    return p > 0
        && t.kind[p] == Tokens.WORD
        && OWN_POSSESSIVES.has(t, p)
        && t.sentence[p] == t.sentence[h.from()];
  }

  /**
   * An object pronoun ("him", "gli", "lo", "di lui"), which cannot stand for a person named in its
   * own clause.
   */
  boolean objectPronoun(CueHit h) {
    final String w = t.norm[h.from()];
    if (h.to() - h.from() != 1) {
      return false;
    }
    if (w.equals("him") || w.equals("gli") || w.equals("lo")) {
      return true;
    }
    final int p = prevWord(h.from());
    return w.equals("lui") && p >= 0 && PREPOSITIONS.has(t, p);
  }

  /**
   * "Still, the club...", "Rose to the occasion", "Grosso colpo": a bare one-word coach alias that
   * is also an ordinary word (common-words.tsv) and is capitalised only because it opens a sentence
   * is a coach only when the article names that coach elsewhere (in full, or by the alias inside a
   * sentence).
   */
  boolean unconfirmedInitial(PhraseTrie.Match<EntityRef> m) {
    if (m.to() - m.from() != 1
        || !kb.commonWords.contains(t.norm[m.from()])
        || !sentenceInitial(m.from())) {
      return false;
    }
    final List<EntityRef> refs = usable(m);
    if (refs.isEmpty()) {
      return false;
    }
    for (EntityRef r : refs) {
      final boolean alias =
          r.kind() == EntityKind.TEAM || (r.kind() == EntityKind.COACH && !r.fullName());
      if (!alias || confirmed.contains(r.id())) {
        return false; // a team's own name ("Nice") counts as an alias: "Nice to see..."
      }
    }
    return true;
  }

  /**
   * "Frank Zeller", "Martin Jol": a bare coach alias that is also a first name (common-words.tsv)
   * followed by a capitalised word that is no team is someone else's first name. Not in title case
   * ("Spurs Sack Frank As Pressure Mounts"), where the word after that is capitalised too.
   */
  /** Capitalised words that may stand before a coach's surname without being a first name. */
  static final Set<String> NOT_FIRST_NAMES =
      Set.of(
          "mr",
          "mister",
          "sir",
          "don",
          "big",
          "signor",
          "boss",
          "coach",
          "ct",
          "herr",
          "senor",
          "ex",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  /**
   * A coach's bare surname right after a capitalised word the KB does not know, inside a sentence
   * and not in title case ("Portugal turn to Roberto Martinez" when the KB knows only Diego
   * Martinez): a namesake with another first name, left to the reading of unknown names.
   */
  private boolean otherFirstName(
      PhraseTrie.Match<EntityRef> m, List<PhraseTrie.Match<EntityRef>> raw) {
    final int k = m.from();
    if (m.to() - k != 1
        || k < 2
        || t.kind[k - 1] != Tokens.WORD
        || !t.cap[k - 1]
        || t.start[k] - t.end[k - 1] != 1
        || sentenceInitial(k - 1)
        || (t.kind[k - 2] == Tokens.WORD && t.cap[k - 2])
        || (m.to() < t.size && t.kind[m.to()] == Tokens.WORD && t.cap[m.to()])
        || NOT_FIRST_NAMES.contains(t.norm[k - 1])
        || PARTICLES.contains(t.norm[k - 1])
        || (!raw.isEmpty() && raw.get(raw.size() - 1).to() > k - 1)) {
      return false;
    }
    final List<EntityRef> refs = usable(m);
    return !refs.isEmpty()
        && refs.stream().allMatch(r -> r.kind() == EntityKind.COACH && !r.fullName());
  }

  /**
   * The unknown coach a bare surname stands for when the text named him in full before and the
   * known coaches of that surname were not named in full in the article; else null.
   */
  private String localNamesake(PhraseTrie.Match<EntityRef> m, Map<String, String> localSurnames) {
    if (m.to() - m.from() != 1 || !localSurnames.containsKey(t.norm[m.from()])) {
      return null;
    }
    final List<EntityRef> refs = usable(m);
    final boolean namesake =
        !refs.isEmpty()
            && refs.stream()
                .allMatch(
                    r ->
                        r.kind() == EntityKind.COACH
                            && !r.fullName()
                            && !fullNamed.containsKey(r.id()));
    return namesake ? localSurnames.get(t.norm[m.from()]) : null;
  }

  boolean firstNameOfAnother(PhraseTrie.Match<EntityRef> m) {
    final int n = m.to();
    if (n - m.from() != 1
        || !kb.commonWords.contains(t.norm[m.from()])
        || n >= t.size
        || t.kind[n] != Tokens.WORD
        || !t.cap[n]
        || t.start[n] - t.end[m.from()] != 1
        || (n + 1 < t.size && t.kind[n + 1] == Tokens.WORD && t.cap[n + 1])) {
      return false;
    }
    final PhraseTrie.Match<EntityRef> next = kb.entities.longestAt(t, n, null);
    if (next != null && next.payload().stream().anyMatch(r -> r.kind() == EntityKind.TEAM)) {
      return false; // "Under Frank Spurs have..."
    }
    final List<EntityRef> refs = usable(m);
    return !refs.isEmpty()
        && refs.stream().allMatch(r -> r.kind() == EntityKind.COACH && !r.fullName());
  }

  List<EntityRef> usable(PhraseTrie.Match<EntityRef> m) {
    final List<EntityRef> out = new ArrayList<>(m.payload().size());
    for (EntityRef r : m.payload()) {
      if (!r.needsCapital() || t.cap[m.from()]) {
        out.add(r);
      }
    }
    return out;
  }

  Mention resolve(
      PhraseTrie.Match<EntityRef> m, Map<String, Integer> teamSeen, Map<String, Integer> lastSeen) {
    final List<EntityRef> refs = usable(m);
    for (EntityRef r : refs) {
      if (r.kind() == EntityKind.OTHER) {
        return null;
      }
    }
    if (m.to() - m.from() == 1) {
      final EntityRef first = firstNames.get(t.norm[m.from()]);
      if (first != null && refs.stream().noneMatch(EntityRef::fullName)) {
        final char type = first.kind() == EntityKind.COACH ? 'C' : 'P';
        return new Mention(type, first.id(), m.from(), m.to());
      }
    }
    EntityRef bestPerson = null;
    EntityRef seenPerson = null;
    int seenAt = -1;
    int coachCount = 0;
    EntityRef onlyCoach = null;
    final List<String> teamIds = new ArrayList<>();
    String descriptor = null;
    for (EntityRef r : refs) {
      switch (r.kind()) {
        case TEAM -> {
          if (!teamIds.contains(r.id())) {
            teamIds.add(r.id());
          }
        }
        case DESCRIPTOR -> descriptor = r.id();
        case COACH, PERSON -> {
          if (r.fullName()) {
            bestPerson = r;
          }
          final Integer s = lastSeen.get(r.id());
          if (s != null && s > seenAt) {
            seenAt = s;
            seenPerson = r;
          }
          if (r.kind() == EntityKind.COACH) {
            coachCount++;
            if (onlyCoach == null
                || kb.coachRank.getOrDefault(r.id(), 0)
                    < kb.coachRank.getOrDefault(onlyCoach.id(), 0)) {
              onlyCoach = r; // namesakes: the better-known one unless the article says otherwise
            }
          }
        }
      }
    }
    if (bestPerson == null) {
      if (seenPerson == null) {
        // a namesake named in full later in the article ("Mancini blindato" ... "Gianluca
        // Mancini")
        int first = Integer.MAX_VALUE;
        for (EntityRef r : refs) {
          final Integer at = fullNamed.get(r.id());
          if ((r.kind() == EntityKind.COACH || r.kind() == EntityKind.PERSON)
              && at != null
              && at < first) {
            first = at;
            seenPerson = r;
          }
        }
      }
      if (seenPerson != null) {
        bestPerson = seenPerson;
      } else if (coachCount >= 1 && t.cap[m.from()]) {
        bestPerson = onlyCoach;
      } else if (coachCount == 0) {
        for (EntityRef r : refs) {
          if (r.kind() == EntityKind.PERSON && t.cap[m.from()]) {
            bestPerson = r;
            break;
          }
        }
      }
    }
    if (bestPerson != null && (bestPerson.fullName() || teamIds.isEmpty() || seenPerson != null)) {
      final char type = bestPerson.kind() == EntityKind.COACH ? 'C' : 'P';
      if (type == 'C') {
        names.putIfAbsent(bestPerson.id(), kb.coachNames.get(bestPerson.id()));
      }
      return new Mention(type, bestPerson.id(), m.from(), m.to());
    }
    if (descriptor != null && !teamIds.isEmpty()) {
      // "il tecnico salentino": after a coach word a descriptor that is also a team's nickname
      // ("salentino" for Lecce) describes the coach
      final int prev = prevWord(m.from());
      final String coach = descriptorCoach(m, lastSeen);
      if (coach != null && prev >= 0 && COACH_WORDS.has(t, prev)) {
        return new Mention('C', coach, m.from(), m.to());
      }
    }
    if (!teamIds.isEmpty()) {
      return teamMention(m, teamIds, teamSeen);
    }
    if (descriptor != null) {
      final int prev = prevWord(m.from());
      if (prev < 0 || !DESCRIPTOR_LEADS.has(t, prev) || adjectival(m.to())) {
        return null;
      }
      final String best = descriptorCoach(m, lastSeen);
      // "il portoghese" with no Portuguese coach named: someone unknown, not the coach before
      return new Mention(best == null ? 'P' : 'C', best, m.from(), m.to());
    }
    return null;
  }

  /** Prepositions that tie a coach reference to its team ("il tecnico del Genoa"). */
  static final WordSet OF_TEAM =
      WordSet.of("di", "del", "della", "dello", "dell", "dei", "degli", "of");

  /**
   * Records the name at {@code span}, unknown to the KB, as a coach (a mention with the id the
   * ANNOTATION.md rule makes from it) and returns that id, or null when the name makes no id. Step
   * of {@link #resolveMentions}, whose maps of last positions and local surnames it updates.
   */
  private String unknownCoach(
      int[] span, Map<String, Integer> lastSeen, Map<String, String> localSurnames) {
    final String name = text.substring(t.start[span[0]], t.end[span[1] - 1]);
    final String id = Text.slug(name);
    if (id.isEmpty()) {
      return null;
    }
    names.putIfAbsent(id, name);
    localSurnames.put(t.norm[span[1] - 1], id);
    add(new Mention('C', id, span[0], span[1]));
    lastSeen.put(id, span[0]);
    return id;
  }

  /**
   * Whether a coach reference is followed by "of" + a team + the coach's name ("il tecnico del
   * Modena Paolo Bianco", "the manager of Fulham Marco Silva", "il tecnico del Modena, Paolo
   * Bianco,"): an apposition, so the reference is that name and not the coach named before. Right
   * after the team the name may be one the KB does not know; after a comma it must be a KB coach,
   * since an unknown capitalised word there may open the next clause.
   *
   * @param next the first word after the reference
   * @param raw the KB matches of the article, in order
   * @param ei the index of the first match after the reference
   */
  boolean nameAfterOwnTeam(int next, List<PhraseTrie.Match<EntityRef>> raw, int ei) {
    if (next < 0 || !OF_TEAM.has(t, next) || ei >= raw.size()) {
      return false;
    }
    final PhraseTrie.Match<EntityRef> team = raw.get(ei);
    // "del Genoa", "dell'Inter" (the apostrophe may be a token of its own)
    if (team.from() <= next
        || team.from() > next + 2
        || (team.from() == next + 2 && t.kind[next + 1] == Tokens.WORD)
        || usable(team).stream().noneMatch(r -> r.kind() == EntityKind.TEAM)) {
      return false;
    }
    final boolean comma = team.to() < t.size && t.norm[team.to()].equals(",");
    final int name = comma ? team.to() + 1 : team.to();
    if (name >= t.size || t.kind[name] != Tokens.WORD || !t.cap[name]) {
      return false;
    }
    if (ei + 1 < raw.size() && raw.get(ei + 1).from() == name) {
      return usable(raw.get(ei + 1)).stream().anyMatch(r -> r.kind() == EntityKind.COACH);
    }
    return !comma && unknownName(name) != null;
  }

  /**
   * English fixtures the opponent-word window misses: "a 2-0 win over Burnley", "at home to
   * Arsenal", "away to Leeds", and a team used as the noun's modifier ("the Arsenal friendly", "the
   * Burnley clash").
   */
  boolean fixtureOpponent(PhraseTrie.Match<EntityRef> m) {
    final int p = prevWord(m.from());
    final int pp = p > 0 ? prevWord(p) : -1;
    if (p >= 0 && pp >= 0) {
      if (t.norm[p].equals("over") && RESULT_BEFORE_OVER.has(t, pp)) {
        return true;
      }
      if ((t.norm[p].equals("to") || t.norm[p].equals("at"))
          && (t.norm[pp].equals("home") || t.norm[pp].equals("away"))) {
        return true;
      }
    }
    return "en".equals(lang)
        && m.to() < t.size
        && t.kind[m.to()] == Tokens.WORD
        && FIXTURE_AFTER_TEAM.has(t, m.to());
  }

  /** Match nouns after which "con"/"with" introduces the other side ("la gara di sabato con"). */
  static final WordSet MATCH_NOUNS =
      WordSet.of(
          "sfida",
          "partita",
          "gara",
          "amichevole",
          "match",
          "game",
          "fixture",
          "clash",
          "tie",
          "friendly",
          "derby");

  /** Prepositions after a match noun that introduce its other side ("la sfida con il Lecce"). */
  static final WordSet MATCH_WITH = WordSet.of("con", "col", "contro", "with", "against");

  /**
   * "nella sfida infrasettimanale con l'Udinese", "the midweek game against Leeds": a team after
   * "con"/"contro"/"with"/"against" (an article or one word between) that a match noun up to three
   * words before governs, in the same sentence, is the other side of the match; with "con"/"with"
   * not when the match is his own ("la sua ultima partita con il Milan").
   */
  boolean matchWith(PhraseTrie.Match<EntityRef> m) {
    int p = m.from() - 1;
    if (p > 0 && !MATCH_WITH.has(t, p)) {
      p--;
    }
    if (p < 1 || !MATCH_WITH.has(t, p)) {
      return false;
    }
    final boolean against = t.norm[p].equals("contro") || t.norm[p].equals("against");
    for (int j = p; j > Math.max(0, p - 3); j--) {
      if (t.kind[j - 1] != Tokens.WORD || t.sentence[j - 1] != t.sentence[m.from()]) {
        return false;
      }
      if (MATCH_NOUNS.has(t, j - 1)) {
        return against || !ownMatch(j - 1, p);
      }
    }
    return false;
  }

  /** Words that make a match his own with the team after "con" ("la sua ultima gara con"). */
  static final WordSet OWN_MATCH_WORDS =
      WordSet.of(
          "sua", "suo", "ultima", "ultimo", "prima", "primo", "esordio", "debutto", "his", "last",
          "first", "debut", "100th");

  /** "la sua ultima partita con il Milan", "his first game with Leeds": he led that team. */
  boolean ownMatch(int noun, int with) {
    for (int j = with; j > Math.max(0, noun - 2); j--) {
      if (OWN_MATCH_WORDS.has(t, j - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Step of {@link #resolve}: the team a match names, or an opponent ('O'), or null where context
   * leaves it unresolved or the name is a place, not the club.
   */
  Mention teamMention(
      PhraseTrie.Match<EntityRef> m, List<String> teamIds, Map<String, Integer> teamSeen) {
    final String team = resolveTeam(teamIds, teamSeen, m.from());
    if (team == null || partOfAnotherName(m)) {
      return null;
    }
    // "contro la Cremonese", "battuta dal PSV": an opponent is not tied to anyone's bench
    for (int j = Math.max(0, m.from() - 3); j < m.from(); j++) {
      if (OPPONENT_WORDS.has(t, j) || (j + 1 < m.from() && isDigits(j) && isDigits(j + 1))) {
        return new Mention('O', team, m.from(), m.to());
      }
    }
    if (fixtureOpponent(m) || matchWith(m)) {
      return new Mention('O', team, m.from(), m.to());
    }
    // "pensa solo al Genoa, avversario alla ripresa", "Fulham, next opponents": an apposition
    // that makes the team an opponent
    final int a = m.to() + 1;
    if (a + 1 < t.size
        && t.norm[m.to()].equals(",")
        && (OPPONENT_APPOSITION.has(t, a)
            || ((t.norm[a].equals("prossimo") || t.norm[a].equals("next"))
                && OPPONENT_APPOSITION.has(t, a + 1)))) {
      return new Mention('O', team, m.from(), m.to());
    }
    final int before = prevWord(m.from());
    if (before >= 0
        && m.to() - m.from() == 1
        && ("it".equals(lang)
            ? t.norm[before].equals("a") || t.norm[before].equals("in")
            : t.norm[before].equals("in") && !(m.to() < t.size && t.norm[m.to()].equals("s")))
        && kb.teams.containsKey(team)
        && "club".equals(kb.teams.get(team).kind())
        && !careerArrivalEndsAt(before)
        && !spellEndsWhere(m.to())) {
      return null; // "a Torino", "a Firenze", "talks in Milan": Italian names a club with an
      // article, a city without; English "in" + a club's name is the city
    }
    // "in Italia", "lontano dall'Italia": the country, not its national team
    final KnowledgeBase.Team info = kb.teams.get(team);
    final int prev = placeWordBefore(m.from());
    if (info != null
        && "national".equals(info.kind())
        && m.to() - m.from() == 1
        && prev >= 0
        && PLACE_WORDS.has(t, prev)
        && !NATIONAL_TEAM_WORDS.has(t, m.from())) { // "in Nazionale" is the team
      return null;
    }
    return new Mention('T', team, m.from(), m.to());
  }

  /**
   * "a Palermo, dove Zamparini lo sollevò dall'incarico": a bare city followed by a "dove" clause
   * that ends a spell is the club of that spell, not a place.
   */
  boolean spellEndsWhere(int k) {
    if (k + 1 >= t.size
        || !t.norm[k].equals(",")
        || t.kind[k + 1] != Tokens.WORD
        || !RELATIVE_PLACE.has(t, k + 1)) {
      return false;
    }
    final int sent = t.sentence[k];
    for (int j = k + 2; j < t.size && j <= k + 10 && t.sentence[j] == sent; j++) {
      if (t.isHardBoundary(j)) {
        return false;
      }
      final CueHit c = cueAt[j];
      if (c != null && c.cue().kind() == CueKind.REL && c.cue().relation().endsSpell()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Sia con De Rossi che con Juric l'ex Dortmund ha avuto poco spazio": a former-team cue led by a
   * definite article is a noun phrase of its own, the clause's subject; a coach governed by a
   * preposition just before it, with no comma between, is not the one it describes.
   */
  boolean descriptorOfAnother(CueHit c, Mention coach) {
    final int article = prevWord(c.from());
    if (article < 0
        || !Tokens.DEFINITE_ARTICLES.has(t, article)
        || coach.to() > article
        || coach.from() < 1) {
      return false;
    }
    for (int j = coach.to(); j < article; j++) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
    }
    final int before = coach.from() - 1;
    return t.kind[before] == Tokens.WORD && PREPOSITIONS.has(t, before);
  }

  /**
   * "considerato da Ranieri", "admired by Mourinho": a person named behind "da"/"by" right after a
   * past participle is the agent of a passive: he does the judging, a candidacy is not about him.
   */
  boolean passiveAgent(Mention m) {
    final int by = m.from() - 1;
    if (by < 1 || t.kind[by] != Tokens.WORD || t.kind[by - 1] != Tokens.WORD) {
      return false;
    }
    final String p = t.norm[by - 1];
    return t.norm[by].equals("by")
        ? p.endsWith("ed")
        : t.norm[by].equals("da")
            && p.length() > 4
            && PARTICIPLE_ENDINGS.contains(p.substring(p.length() - 3));
  }

  /**
   * "Il rilancio arrivò a Benevento": after a career verb ending in "a" the bare city is the club
   * the coach joined, not a place.
   */
  boolean careerArrivalEndsAt(int k) {
    final CueHit c = cueEndAt[k];
    return c != null && c.cue().kind() == CueKind.REL && c.cue().career();
  }

  /**
   * "in Kansas City", "Atlanta United": a one-word team alias right after a capitalised word that
   * names nothing known, inside a sentence in ordinary case, is the tail of another proper name (a
   * city, another club), not the team.
   */
  boolean partOfAnotherName(PhraseTrie.Match<EntityRef> m) {
    final int p = m.from() - 1;
    if (m.to() - m.from() != 1
        || p < 0
        || t.kind[p] != Tokens.WORD
        || t.sentence[p] != t.sentence[m.from()]
        || p == t.sentenceStart[t.sentence[p]]
        || mentionAt[p] != null
        || !Character.isUpperCase(text.charAt(t.start[p]))) {
      return false;
    }
    // a headline in title case capitalises every word ("Ten Hag Leaves United")
    final int sent = t.sentence[p];
    for (int j = t.sentenceStart[sent]; j < t.sentenceStart[sent + 1]; j++) {
      if (t.kind[j] == Tokens.WORD
          && t.end[j] - t.start[j] > 3
          && Character.isLowerCase(text.charAt(t.start[j]))) {
        return true;
      }
    }
    return false;
  }

  boolean onlyDescriptors(PhraseTrie.Match<EntityRef> m) {
    final List<EntityRef> refs = usable(m);
    return !refs.isEmpty() && refs.stream().allMatch(r -> r.kind() == EntityKind.DESCRIPTOR);
  }

  /**
   * A descriptor followed by a noun it qualifies ("the Portuguese press") or by a capitalised name
   * ("the Dutchman Arne Slot", "the Italian Football Federation"): an adjective, not a coach.
   */
  boolean adjectival(int next) {
    return next < t.size
        && t.kind[next] == Tokens.WORD
        && (kb.descriptorHeads.contains(t.norm[next]) || t.cap[next]);
  }

  /** The most recently named coach a descriptor match ("livornese") can stand for, or null. */
  String descriptorCoach(PhraseTrie.Match<EntityRef> m, Map<String, Integer> lastSeen) {
    String best = null;
    int bestAt = -1;
    for (EntityRef r : m.payload()) {
      if (r.kind() != EntityKind.DESCRIPTOR) {
        continue;
      }
      for (String c : kb.descriptorCoaches.getOrDefault(r.id(), List.of())) {
        final Integer s = lastSeen.get(c);
        if (s != null && s > bestAt) {
          bestAt = s;
          best = c;
        }
      }
    }
    return best;
  }

  /** A capitalised two- or three-word name, unknown to the KB, ending just before ", ref". */
  int[] unknownNameBefore(int ref) {
    int j = ref - 1;
    if (j < 1 || t.kind[j] != Tokens.PUNCT || !t.norm[j].equals(",")) {
      return null;
    }
    final int end = j;
    int words = 0;
    j--;
    while (j > -1 && t.kind[j] == Tokens.WORD && words < 3 && t.cap[j] && mentionAt[j] == null) {
      words++;
      j--;
    }
    final int start = j + 1;
    if (words < 2) {
      return null;
    }
    // the run must start a clause, not continue a capitalised phrase or sentence start
    if (start == t.sentenceStart[t.sentence[start]]) {
      return words >= 2 && !isCommonCapitalised(start) ? new int[] {start, end} : null;
    }
    return t.kind[start - 1] == Tokens.WORD && t.cap[start - 1] ? null : new int[] {start, end};
  }

  boolean isCommonCapitalised(int k) {
    final String w = t.norm[k];
    return w.equals("il") || w.equals("la") || w.equals("the") || w.equals("lo") || w.equals("per");
  }

  /** Capitalised run after a coach reference that the KB does not know: an unknown coach. */
  int[] unknownName(int k) {
    final int j = nameEnd(k, t.size, null);
    if (j < 0) {
      return null;
    }
    for (int x = k; x < j; x++) {
      if (mentionAt[x] != null || ORGANISATION_WORDS.has(t, x)) {
        return null; // "the German Football Association": a body, not a person
      }
    }
    return new int[] {k, j};
  }

  /**
   * Words (folded: "è" is "e") that may stand between a name and the cue that says he is a coach.
   */
  static final WordSet LINKING_WORDS =
      WordSet.of(
          "e", "sara", "ora", "is", "was", "will", "be", "now", "the", "il", "l", "as", "come",
          "has", "been", "had");

  /**
   * Names the KB does not know that the text introduces as a coach by what it says of them (issue
   * 3: news names coaches the KB does not list): the object of a sacking or of an appointment named
   * before him ("ha esonerato Marco Rossi", "have sacked Tom Hale", "affidata a Marco Rossi"), a
   * name right after a cue that ends on a coach's title ("new boss Tom Hale", "Burnley manager Tom
   * Hale", "il nuovo allenatore Marco Rossi"), and a name before a sacking told of him or before a
   * cue holding a coach's title ("Tom Hale was sacked", "Marco Rossi è il nuovo allenatore", "Tom
   * Hale, former Burnley manager"), the name after the coach of a team ("l'allenatore del Pescara,
   * Marco Rossi,") and a side named by its coach ("l'Empoli di Marco Rossi"). A name right after a
   * person's role ("il presidente", "striker") is that person's; names and teams the KB knows are
   * read as before. Spans {from, to}, in order; one pass over the matches, references and cues.
   *
   * @param refHits the reference phrases of the article ({@link #referenceHits})
   * @param raw the KB matches of the article, in order
   */
  List<int[]> introducedNames(List<CueHit> refHits, List<PhraseTrie.Match<EntityRef>> raw) {
    final boolean[] known = new boolean[t.size];
    for (PhraseTrie.Match<EntityRef> m : raw) {
      for (int j = m.from(); j < m.to(); j++) {
        known[j] = true;
      }
    }
    final boolean[] personBefore = new boolean[t.size + 1];
    final int[] teamEnd = new int[t.size];
    for (PhraseTrie.Match<EntityRef> m : raw) {
      if (usable(m).stream().anyMatch(r -> r.kind() == EntityKind.TEAM)) {
        teamEnd[m.from()] = m.to();
      }
    }
    final List<int[]> found = new ArrayList<>();
    // sentences told of a coach: a known coach, a coach's title or bench; and those naming a role
    final boolean[] coachTalk = new boolean[t.sentences + 1];
    final boolean[] roleTalk = new boolean[t.sentences + 1];
    for (PhraseTrie.Match<EntityRef> m : raw) {
      if (usable(m).stream().anyMatch(r -> r.kind() == EntityKind.COACH)) {
        coachTalk[t.sentence[m.from()]] = true;
      }
    }
    final boolean[] benchTalk = new boolean[t.sentences + 1];
    for (int j = 0; j < t.size; j++) {
      if (COACH_WORDS.contains(t.norm[j]) || BENCH_WORDS.contains(t.norm[j])) {
        coachTalk[t.sentence[j]] = true;
        benchTalk[t.sentence[j]] = true;
      }
    }
    for (CueHit h : refHits) {
      if (h.cue().kind() == CueKind.PERSONREF) {
        roleTalk[t.sentence[h.from()]] = true;
      }
    }
    for (PhraseTrie.Match<EntityRef> m : raw) {
      // "l'Empoli di Marco Rossi": the Italian press names a side by its coach
      if (teamEnd[m.from()] > 0 && m.to() + 1 < t.size && t.norm[m.to()].equals("di")) {
        final int[] span = nameAfter(m.to() + 1, known);
        if (span != null) {
          found.add(span);
        }
      }
    }
    for (CueHit h : refHits) {
      for (int j = h.from(); j < h.to(); j++) {
        known[j] = true; // "Chairman Alan Pike": the role is no part of the name
      }
      if (h.cue().kind() != CueKind.COACHREF) {
        personBefore[h.to()] = true; // a person's role, or a pronoun: not a coach's title
        continue;
      }
      // "l'allenatore del Pescara, Marco Rossi,", "the manager of Burnley Tom Hale"
      final int of = h.to();
      if (of + 1 < t.size && OF_TEAM.has(t, of)) {
        final int team = t.kind[of + 1] == Tokens.WORD ? of + 1 : of + 2;
        final int end = team < t.size ? teamEnd[team] : 0;
        if (end > 0) {
          final boolean comma = end < t.size && t.norm[end].equals(",");
          final int[] span = nameAfter(comma ? end + 1 : end, known);
          if (span != null && (!comma || span[1] >= t.size || t.kind[span[1]] == Tokens.PUNCT)) {
            found.add(span);
          }
        }
      }
    }
    sideNames(known, found);
    for (CueHit h : cues) {
      final boolean free = h.cue().kind() == CueKind.FREE;
      if (h.cue().kind() != CueKind.REL && !free) {
        continue;
      }
      // "new boss X": the cue ends on a title; "è il nuovo allenatore", "ex tecnico del": holds one
      final boolean endsOnTitle = COACH_WORDS.has(t, h.to() - 1);
      boolean title = false;
      boolean bench = false;
      for (int j = h.from(); j < h.to() && !title; j++) {
        title = COACH_WORDS.has(t, j);
        bench |= BENCH_WORDS.contains(t.norm[j]);
      }
      // "keeps his job", "senza panchina", "in pole per la panchina", "favourite for the job"
      bench |= benchAfter(h.to());
      if (free && !bench && !coachFree(h)) {
        continue; // "svincolato", "free agent", "senza squadra": a player as often as a coach
      }
      title |= bench || free;
      // "al posto di X", "successor to X", "X's successor": a predecessor, in a coach's sentence
      final boolean succession =
          h.cue().relation() == Relation.LEFT
              && coachTalk[t.sentence[h.from()]]
              && !roleTalk[t.sentence[h.from()]]
              && (h.cue().coachRight() || t.norm[h.from()].equals("s"));
      // "sondaggio per X", "contatti con X", "considered X" in a sentence about a bench
      final boolean candidacy =
          (h.cue().relation() == Relation.LINKED
                  || h.cue().relation() == Relation.REJECTED
                  || h.cue().coachRight())
              && benchTalk[t.sentence[h.from()]]
              && !roleTalk[t.sentence[h.from()]];
      int[] span = null;
      final boolean sacking = h.cue().relation() == Relation.SACKED;
      if (h.to() < t.size
          && t.cap[h.to()]
          && (endsOnTitle
              || sacking
              || (h.cue().coachRight()
                  && (bench || succession || COACH_OBJECT.contains(h.cue().relation()))))) {
        span = nameAfter(h.to(), known);
      }
      if (span == null && candidacy && h.to() + 1 < t.size) {
        final int at =
            CANDIDACY_PREPOSITIONS.contains(t.norm[h.to()]) && !t.cap[h.to()] ? h.to() + 1 : h.to();
        span = t.cap[at] ? nameAfter(at, known) : null;
      }
      if (span == null && !h.cue().coachRight() && (title || sacking || succession || candidacy)) {
        span = nameBefore(h.from(), known, title);
      }
      if (span != null && !personBefore[span[0]]) {
        found.add(span);
      }
    }
    found.sort((a, b) -> Integer.compare(a[0], b[0]));
    final List<int[]> out = new ArrayList<>();
    int last = -1;
    for (int[] span : found) {
      if (span[0] > last) {
        out.add(span);
        last = span[1] - 1;
      }
    }
    return out;
  }

  /** Nouns for a coach's post: a cue holding one, or followed by one, is told of a coach. */
  static final Set<String> BENCH_WORDS =
      Set.of("panchina", "panchine", "bench", "dugout", "job", "jobs", "management");

  /**
   * A bench noun among the few words after a cue, in its clause: "in pole per la panchina", "the
   * favourite for the Burnley job".
   */
  private boolean benchAfter(int k) {
    for (int j = k; j < t.size && j < k + 4 && t.kind[j] == Tokens.WORD; j++) {
      if (BENCH_WORDS.contains(t.norm[j])) {
        return true;
      }
    }
    return false;
  }

  /** Prepositions between a candidacy cue and its candidate: "sondaggio per X", "talks with X". */
  static final Set<String> CANDIDACY_PREPOSITIONS =
      Set.of("di", "per", "con", "su", "a", "to", "for", "with", "on");

  /** Words of a status without a club that the press tells of players too. */
  static final Set<String> PLAYER_FREE =
      Set.of(
          "svincolato",
          "squadra",
          "club",
          "team",
          "agent",
          "available",
          "unattached",
          "box",
          "spasso",
          "free");

  /**
   * A status without a club the press tells of coaches ("libero dopo l'addio", "fermo
   * dall'esonero", "out of work since"), not of players ("svincolato", "free agent", "senza
   * squadra") nor a freedom to act ("libero di trattare", "fermo per infortunio").
   */
  private boolean coachFree(CueHit h) {
    for (int j = h.from(); j < h.to(); j++) {
      if (PLAYER_FREE.contains(t.norm[j])) {
        return false;
      }
    }
    final String next = h.to() < t.size ? t.norm[h.to()] : "";
    return !(next.equals("di") || next.equals("per") || next.equals("to") || next.equals("for"));
  }

  /** Italian nouns for a coach's players: "i ragazzi di X", "gli uomini di X". */
  static final Set<String> SIDE_WORDS_IT =
      Set.of("ragazzi", "uomini", "squadra", "formazione", "truppa", "allievi");

  /** English nouns for a coach's players after his possessive: "X's side", "X's men". */
  static final Set<String> SIDE_WORDS_EN =
      Set.of("side", "team", "men", "squad", "charges", "outfit");

  /**
   * Unknown names that own a side ("Tom Hadley's side", "i ragazzi di Marco Ferrandi"): the press
   * names a team's players by their coach, never by a player or a president; one pass over the
   * words.
   */
  private void sideNames(boolean[] known, List<int[]> found) {
    for (int k = 1; k + 1 < t.size; k++) {
      if (t.kind[k] != Tokens.WORD) {
        continue;
      }
      int[] span = null;
      if (t.norm[k].equals("di") && SIDE_WORDS_IT.contains(t.norm[k - 1]) && t.cap[k + 1]) {
        span = nameAfter(k + 1, known);
      } else if (t.norm[k].equals("s")
          && SIDE_WORDS_EN.contains(t.norm[k + 1])
          && t.kind[k + 1] == Tokens.WORD) {
        final int e = t.kind[k - 1] == Tokens.WORD ? k : k - 1;
        span = nameBefore(e, known, false);
      }
      if (span != null) {
        found.add(span);
      }
    }
  }

  /**
   * Relations whose cue flagged right has the coach as its object ("esonera X", "affidata a X").
   */
  static final Set<Relation> COACH_OBJECT =
      java.util.EnumSet.of(Relation.SACKED, Relation.AGREED, Relation.COACHES);

  /** An unknown name of two to four capitalised words opening at {@code k}, or null. */
  private int[] nameAfter(int k, boolean[] known) {
    final int j = nameEnd(k, 8, known);
    return j >= 0 && personName(k, j) ? new int[] {k, j} : null;
  }

  /**
   * The end of a name of two to four capitalised words opening at {@code k} (particles such as "de"
   * or "van" may stand between them; no gap wider than one space), within {@code maxTokens} tokens
   * and over no token {@code known} marks (may be null), or -1.
   */
  private int nameEnd(int k, int maxTokens, boolean[] known) {
    int j = k;
    int words = 0;
    while (j < t.size
        && j - k < maxTokens
        && words < 4
        && t.kind[j] == Tokens.WORD
        && (known == null || !known[j])) {
      if (t.cap[j]) {
        words++;
      } else if (!PARTICLES.has(t, j)) {
        break;
      }
      if (j > k && t.start[j] - t.end[j - 1] > 1) {
        break;
      }
      j++;
    }
    while (j > k && !t.cap[j - 1]) {
      j--;
    }
    return words >= 2 && j - k >= 2 ? j : -1;
  }

  /**
   * An unknown name of two or three capitalised words ending before the cue at {@code cue}, past a
   * few linking words ("è il", "was") and, for a coach's title, a comma; the name must open its
   * clause (a sentence, after a comma or a lower-case word).
   */
  private int[] nameBefore(int cue, boolean[] known, boolean title) {
    int e = cue;
    int skipped = 0;
    for (int pass = 0; pass < 2; pass++) {
      while (e > 0
          && skipped < 3
          && t.kind[e - 1] == Tokens.WORD
          && !t.cap[e - 1]
          && LINKING_WORDS.has(t, e - 1)) {
        e--;
        skipped++;
      }
      // "is the new | manager of": the title's cue may follow another cue told of the same name
      if (pass > 0
          || !title
          || e == 0
          || cueEndAt[e - 1] == null
          || cueEndAt[e - 1].cue().kind() != CueKind.REL) {
        break;
      }
      e = cueEndAt[e - 1].from();
    }
    if (title && skipped == 0 && e > 0 && t.norm[e - 1].equals(",")) {
      e--;
    }
    int j = e;
    int words = 0;
    while (j > 0 && e - j < 6 && words < 3 && t.kind[j - 1] == Tokens.WORD && !known[j - 1]) {
      if (t.cap[j - 1]) {
        words++;
      } else if (!PARTICLES.has(t, j - 1)) {
        break;
      }
      j--;
    }
    while (j < e && !t.cap[j]) {
      j++;
    }
    if (words < 2 || e - j < 2 || !personName(j, e)) {
      return null;
    }
    final boolean opens =
        j == t.sentenceStart[t.sentence[j]]
            ? !isCommonCapitalised(j)
            : t.kind[j - 1] != Tokens.WORD || !t.cap[j - 1];
    return opens ? new int[] {j, e} : null;
  }

  /** Words {@code from..to} can be a person's name: no organisation word, no gap between them. */
  private boolean personName(int from, int to) {
    for (int x = from; x < to; x++) {
      if (ORGANISATION_WORDS.has(t, x) || (x > from && t.start[x] - t.end[x - 1] > 1)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The coach a portrait is about: the one named most often in the article, when no other is named
   * as often. A career stage in a sentence naming nobody, far from his last name ("Il rilancio
   * arrivò a Benevento"), is still his.
   */
  Mention portraitCoach() {
    if (portrait == null) {
      final Map<String, Integer> count = new HashMap<>();
      final Map<String, Mention> first = new HashMap<>();
      for (Mention m : mentions) {
        if (m.type() == 'C' && m.id() != null) {
          count.merge(m.id(), 1, Integer::sum);
          first.putIfAbsent(m.id(), m);
        }
      }
      Mention best = null;
      int top = 0;
      boolean tie = false;
      for (Map.Entry<String, Integer> e : count.entrySet()) {
        if (e.getValue() > top) {
          best = first.get(e.getKey());
          top = e.getValue();
          tie = false;
        } else if (e.getValue() == top) {
          tie = true;
        }
      }
      portrait = Optional.ofNullable(tie ? null : best);
    }
    return portrait.orElse(null);
  }

  /** Whether sentence {@code sent} names a person (a coach or someone else). */
  boolean namesPerson(int sent) {
    for (int j = t.sentenceStart[sent]; j < t.sentenceStart[sent + 1]; j++) {
      final Mention m = mentionAt[j];
      if (m != null && (m.type() == 'C' || m.type() == 'P' || m.type() == 'I')) {
        return true;
      }
    }
    return false;
  }

  /**
   * A coach governed by a preposition (a lower-case descriptor after a possessive one excepted), or
   * named as the object of a cue ("ha sostituito X", "al posto di X").
   */
  boolean namedAsObject(Mention m) {
    final int before = prevWord(m.from());
    if (before < 0) {
      return false;
    }
    if (PREPOSITIONS.has(t, before)) {
      // "per Cioffi", "privato di Xabi Alonso"; but a descriptor is a reference back to whom
      // the passage is about ("il percorso dell'italo-brasiliano")
      return t.cap[m.from()] || !POSSESSIVES.has(t, before);
    }
    final CueHit h = cueEndAt[before];
    return h != null && h.cue().kind() == CueKind.REL && h.cue().coachRight();
  }

  /** Nouns for someone's assistant, before "di"/"of"/"to" and the coach assisted. */
  static final WordSet ASSISTANT_WORDS =
      WordSet.of(
          "secondo",
          "vice",
          "assistente",
          "collaboratore",
          "destro",
          "assistant",
          "deputy",
          "two",
          "number");

  /**
   * "Martinez's assistant", "Conte's number two", "Guardiola's deputy": a coach named as the
   * possessor of an assistant is the one assisted, not who the clause is about.
   */
  boolean possessorOfAssistant(Mention m) {
    final int k = m.to();
    if (k + 1 >= t.size || t.kind[k] != Tokens.WORD || !t.norm[k].equals("s")) {
      return false;
    }
    final String w = t.norm[k + 1];
    if (w.equals("number")) {
      return k + 2 < t.size && t.norm[k + 2].equals("two"); // not "Conte's number of titles"
    }
    // not "Guardiola's two titles"
    return t.kind[k + 1] == Tokens.WORD && !w.equals("two") && ASSISTANT_WORDS.contains(w);
  }

  /**
   * "secondo di Zanetti", "il braccio destro di Conte", "assistant to Silva": a coach named as the
   * one someone assisted is not the subject of the sentence's cues; nor is "Martinez" in
   * "Martinez's assistant" ({@link #possessorOfAssistant}).
   */
  boolean assistantOf(Mention m) {
    if (possessorOfAssistant(m)) {
      return true;
    }
    final int p = prevWord(m.from());
    if (p < 1 || !(t.norm[p].equals("di") || t.norm[p].equals("of") || t.norm[p].equals("to"))) {
      return false;
    }
    final int q = prevWord(p);
    return q >= 0 && ASSISTANT_WORDS.has(t, q);
  }

  /** "il dopo-Tudor", "the post-Conte era": a hyphenated compound that names a bench. */
  boolean benchName(Mention m) {
    final int before = m.from() - 1;
    if (before < 0 || t.kind[before] != Tokens.WORD) {
      return false;
    }
    final String w = t.norm[before];
    return (w.equals("dopo") || w.equals("post"))
        && t.start[m.from()] - t.end[before] == 1
        && text.charAt(t.end[before]) == '-';
  }
}
