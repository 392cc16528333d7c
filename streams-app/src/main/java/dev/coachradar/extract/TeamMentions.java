package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.Cue;
import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.model.NewsArticle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Team mentions: resolves ambiguous team aliases against what the article has named, the article's
 * topic team, the two clubs a "both clubs" stands for, teams named only as a coach's past, and
 * market teams (KB teams of kind "market").
 */
abstract class TeamMentions extends CueReading {
  static final WordSet MARKET_PLACE_WORDS =
      WordSet.of("in", "negli", "nel", "per", "verso", "to", "lontano");

  /** Nouns for unnamed teams ("diverse squadre", "several clubs"). */
  static final WordSet TEAM_NOUNS =
      WordSet.of("squadre", "club", "societa", "clubs", "teams", "sides");

  /** Plural player nouns after "former"/"ex" and a team ("both former United players"). */
  static final WordSet PLAYER_PLURALS =
      WordSet.of(
          "players",
          "midfielders",
          "defenders",
          "strikers",
          "giocatori",
          "calciatori",
          "difensori",
          "centrocampisti",
          "attaccanti");

  static final WordSet ARTICLES = WordSet.of("le", "i", "gli", "the");

  /**
   * Nouns that, between a market and a club, make the market the club's classifier ("Saudi side Al
   * Ettifaq", "Premier League club Brighton", "Bundesliga outfit Mainz").
   */
  static final WordSet CLUB_CLASSIFIERS =
      WordSet.of(
          "side",
          "club",
          "outfit",
          "team",
          "giants",
          "champions",
          "rivals",
          "leaders",
          "strugglers",
          "newcomers",
          "minnows");

  /** Quantifiers that make a plural team noun generic. */
  static final WordSet QUANTIFIERS =
      WordSet.of(
          "diverse",
          "diversi",
          "molte",
          "molti",
          "tante",
          "tanti",
          "tantissime",
          "tantissimi",
          "varie",
          "vari",
          "numerose",
          "numerosi",
          "altre",
          "altri",
          "several",
          "many",
          "various",
          "numerous",
          "other");

  /**
   * A national teams' tournament just before a name shared by a national team and a market ("libero
   * dopo il Mondiale con la Spagna"): the national team.
   */
  static final WordSet NATIONAL_TOURNAMENTS =
      WordSet.of("mondiale", "mondiali", "europeo", "europei", "qualificazioni");

  TeamMentions(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  String resolveTeam(List<String> ids, Map<String, Integer> teamSeen, int at) {
    if (ids.size() == 1) {
      return ids.get(0);
    }
    // national team or market: look for "nazionale"/"ct" just before
    boolean national = false;
    boolean tournament = false; // "dopo il Mondiale con la Spagna", not "il Mondiale per club"
    for (int j = Math.max(0, at - 4); j < at; j++) {
      final String w = t.norm[j];
      if (w.equals("nazionale")
          || w.equals("ct")
          || w.equals("national")
          || w.equals("tecnico")
          || w.equals("commissario")) {
        national = true;
      }
      tournament |= NATIONAL_TOURNAMENTS.contains(w) && !t.norm[j + 1].equals("per");
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (String id : ids) {
      final int c = teamSeen.getOrDefault(id, 0);
      if (c > bestCount) {
        best = id;
        bestCount = c;
        tie = false;
      } else if (c == bestCount && c > 0) {
        tie = true;
      }
    }
    if (best != null && !tie) {
      return best;
    }
    // a club alias shared with a market or a national team ("Arabia Saudita", "Inghilterra")
    String nat = null;
    String market = null;
    int clubs = 0;
    for (String id : ids) {
      final KnowledgeBase.Team team = kb.teams.get(id);
      final String kind = team == null ? "club" : team.kind();
      if ("national".equals(kind)) {
        nat = id;
      } else if ("market".equals(kind)) {
        market = id;
      } else {
        clubs++;
      }
    }
    if (clubs == 0) {
      if (national && nat != null) {
        return nat;
      }
      final int prev = placeWordBefore(at);
      if (prev >= 0 && MARKET_PLACE_WORDS.has(t, prev)) {
        return null; // "negli Stati Uniti", "in Arabia": a place
      }
      if (tournament && nat != null) {
        return nat;
      }
      if (market != null) {
        return market;
      }
      return nat;
    }
    return null;
  }

  /** "ex" or "former" at word {@code p} (false for -1, no word). */
  boolean formerWordAt(int p) {
    return p >= 0 && (t.norm[p].equals("ex") || t.norm[p].equals("former"));
  }

  /**
   * The word before a place name, past an article ("per gli Stati Uniti", "to the United States"):
   * the preposition that makes the name a place.
   */
  int placeWordBefore(int k) {
    final int p = prevWord(k);
    if (p >= 0 && Tokens.DEFINITE_ARTICLES.has(t, p)) {
      final int q = prevWord(p);
      return q >= 0 ? q : p;
    }
    return p;
  }

  /**
   * "contro la Fiorentina di Palladino", "against Frank's Brentford": the coach of an opponent
   * names the other bench, he is not who a cue in the sentence is about.
   */
  boolean opponentCoach(Mention m) {
    final int p = m.from() - 1;
    if (p >= 1
        && t.kind[p] == Tokens.WORD
        && t.norm[p].equals("di")
        && mentionAt[p - 1] != null
        && mentionAt[p - 1].type() == 'O') {
      return true;
    }
    final int q = m.to();
    return q + 1 < t.size
        && t.kind[q] == Tokens.WORD
        && t.norm[q].equals("s")
        && mentionAt[q + 1] != null
        && mentionAt[q + 1].type() == 'O';
  }

  /**
   * The two clubs a plural reference ({@link CueKind#TEAMS}: "both clubs", "i due club") in
   * sentence {@code sent} stands for: the last two named in the sentence before, past a team named
   * as someone's past ("former Denmark coach"). Empty when there is no such reference or not
   * exactly two such clubs.
   */
  List<String> bothTeams(int sent) {
    if (sent == 0) {
      return List.of();
    }
    return bothTeams.computeIfAbsent(sent, this::twoTeamsBefore);
  }

  List<String> twoTeamsBefore(int sent) {
    boolean ref = false;
    for (int j = t.sentenceStart[sent]; j < t.sentenceStart[sent + 1] && !ref; j++) {
      ref = cueAt[j] != null && cueAt[j].cue().kind() == CueKind.TEAMS;
    }
    if (!ref) {
      return List.of();
    }
    final Set<String> teams = new java.util.LinkedHashSet<>();
    for (int j = t.sentenceStart[sent - 1]; j < t.sentenceStart[sent]; j++) {
      final Mention m = mentionAt[j];
      if (m != null && m.from() == j && m.type() == 'T' && !formerTeam(m) && !isMarket(m.id())) {
        teams.add(m.id());
      }
    }
    return teams.size() == 2 ? List.copyOf(teams) : List.of();
  }

  /**
   * "Sono diverse le squadre che hanno pensato a lui", "several clubs are interested": the sentence
   * is about unnamed teams, so its team-less cues are not about the topic team.
   */
  boolean genericTeams(int sent) {
    final int end = Math.min(t.sentenceStart[sent + 1], t.sentenceStart[sent] + 4 * MAX_SCAN);
    for (int j = t.sentenceStart[sent] + 1; j < end; j++) {
      if (TEAM_NOUNS.has(t, j)
          && (QUANTIFIERS.has(t, j - 1)
              || (j >= 2 && ARTICLES.has(t, j - 1) && QUANTIFIERS.has(t, j - 2)))) {
        return true; // "diverse squadre", "sono diverse le squadre"
      }
      if (TEAM_NOUNS.has(t, j - 1) && QUANTIFIERS.has(t, j)) {
        return true; // "squadre diverse"
      }
    }
    return false;
  }

  /** "l'ex Lazio", "former Chelsea": a team named as someone's past. */
  boolean formerTeam(Mention team) {
    return formerWordAt(prevWord(team.from()));
  }

  /**
   * "the former United midfielder", "l'ex Juve capitano": after "former"/"ex" a team followed by a
   * player's or a director's role is a past that ends no bench.
   */
  boolean playingPast(Mention team, PhraseTrie<Cue> refTrie) {
    final int k = team.to();
    if (k >= t.size || t.kind[k] != Tokens.WORD) {
      return false;
    }
    if (PLAYER_PLURALS.has(t, k)) {
      return true;
    }
    final PhraseTrie.Match<Cue> m = refTrie == null ? null : refTrie.longestAt(t, k, null);
    return m != null && m.payload().get(0).kind() == CueKind.PERSONREF;
  }

  /**
   * "l'ex centrocampista di Arsenal, Barcellona e Chelsea", "the former Dortmund and Real Madrid
   * midfielder": a team in a list that names someone's playing (or directing) past, the role before
   * the list or after it, is no bench for any cue.
   */
  boolean playingPastList(Mention team, PhraseTrie<Cue> refTrie) {
    Mention first = team;
    Mention last = team;
    for (int j = team.from() - 1; j > -1 && team.from() - j <= MAX_SCAN && listLink(j); j--) {
      if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
        first = mentionAt[j];
        j = first.from();
      }
    }
    for (int j = team.to(); j < t.size && j - team.to() <= MAX_SCAN && listLink(j); j++) {
      if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
        last = mentionAt[j];
        j = last.to() - 1;
      }
    }
    if (formerTeam(first) && playingPast(last, refTrie)) {
      return true;
    }
    final int of = prevWord(first.from());
    if (of < 1 || refTrie == null || !(t.norm[of].equals("di") || t.norm[of].equals("of"))) {
      return false;
    }
    for (int start = Math.max(0, of - 3); start < of; start++) {
      final PhraseTrie.Match<Cue> m = refTrie.longestAt(t, start, null);
      if (m != null && m.to() == of && m.payload().get(0).kind() == CueKind.PERSONREF) {
        return formerWordAt(prevWord(start));
      }
    }
    return false;
  }

  /** The most mentioned team of the article (first on ties), the topic of team-less cues. */
  String computeTopicTeam() {
    final Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions) {
      if (m.type() == 'T') {
        counts.merge(m.id(), 1, Integer::sum);
      }
    }
    String best = null;
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > n) {
        best = e.getKey();
        n = e.getValue();
      }
    }
    return n >= 2 ? best : null;
  }

  /**
   * "Gerrard has agreed to join Saudi side Al Ettifaq", "talks with Premier League club Brighton":
   * a market named right before a club noun and a club only classifies that club, which is the team
   * meant; the market is no team of its own there, so its mention goes (a cue binds the club, and
   * the market counts for no topic). A market without a club after it ("a Premier League club") is
   * left as it is.
   */
  void dropClassifyingMarkets() {
    final Set<Mention> dropped = new java.util.HashSet<>();
    for (Mention m : mentions) {
      if (m.type() == 'T' && isMarket(m.id()) && classifiesClub(m)) {
        dropped.add(m);
      }
    }
    for (Mention m : dropped) {
      for (int j = m.from(); j < m.to(); j++) {
        mentionAt[j] = null;
      }
    }
    if (!dropped.isEmpty()) {
      mentions.removeIf(dropped::contains);
    }
  }

  /** A club noun and a club (not a market) follow the market at once. */
  private boolean classifiesClub(Mention market) {
    final int k = market.to();
    if (k + 1 >= t.size || t.kind[k] != Tokens.WORD || !CLUB_CLASSIFIERS.has(t, k)) {
      return false;
    }
    final Mention club = mentionAt[k + 1];
    return club != null && club.type() == 'T' && club.from() == k + 1 && !isMarket(club.id());
  }

  boolean isMarket(String team) {
    final KnowledgeBase.Team info = kb.teams.get(team);
    return info != null && "market".equals(info.kind());
  }
}
