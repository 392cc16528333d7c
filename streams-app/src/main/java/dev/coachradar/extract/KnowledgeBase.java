package dev.coachradar.extract;

import dev.coachradar.model.Relation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The extractor's knowledge: teams with aliases, coaches and other people (identities only, never
 * who coaches whom) and the cue lexicons, loaded once from TSV files under {@code kb/} on the
 * classpath and compiled into token tries. Immutable after construction, so it is shared freely
 * between threads.
 */
public final class KnowledgeBase {

  /** What a name in the text can stand for. */
  enum EntityKind {
    TEAM,
    COACH,
    PERSON,
    DESCRIPTOR,
    /** A competition or trophy: consumes its words and means nothing ("Coppa Italia"). */
    OTHER
  }

  /**
   * One reading of a matched name.
   *
   * @param kind team, coach, person, or coach descriptor ("il tecnico livornese")
   * @param id entity id
   * @param needsCapital the alias starts with a capital, so the text must too
   * @param fullName the alias is the entity's full name (a strong, unambiguous mention)
   */
  record EntityRef(EntityKind kind, String id, boolean needsCapital, boolean fullName) {}

  /** Kinds of cue phrases (see cues.tsv). */
  enum CueKind {
    REL,
    HEDGE,
    NEG,
    FREE,
    EMPLOYED,
    BLOCK,
    COACHREF,
    PRONOUN,
    PERSONREF,
    /**
     * A time pointing to the past ("un anno fa", "last season"): a state cue next to it is history.
     */
    PAST,
    /** Two clubs named together just before ("both clubs", "entrambi i club"). */
    TEAMS,
    /**
     * A youth or reserve side named right after a club ("Leeds Under-23s", "the Chelsea academy"):
     * the club named is not the first team whose bench a cue is about.
     */
    YOUTH,
    /**
     * A candidate named beside another ("affiancato da", "insieme a", "alongside", "ahead of"): the
     * coach it introduces shares the candidacies its sentence gives the coach named before it.
     */
    COMPANION,
    /**
     * A stopgap's mark that is no relation cue ("allenatore della Primavera", "the under-21s
     * coach", "in attesa del nuovo tecnico"): the coach it qualifies holds the bench only until the
     * permanent choice ({@link Stopgaps}).
     */
    INTERIM,
    /**
     * A word of headline grammar ("esonerato X", "c'è X", "tocca a X", "X in panchina", "X to take
     * charge"): read in the article's title only ({@link Headline}), never by the body's scan.
     */
    HEAD
  }

  /**
   * A cue phrase.
   *
   * @param kind what it signals
   * @param relation the relation for REL cues, else null
   * @param coachRight the coach is named after the cue ("preferito a X", "replaces X")
   * @param official an AGREED cue that reports the appointment as made ("è il nuovo allenatore",
   *     "ha firmato", "appointed"), so the coach also holds the job, unlike a deal announced for
   *     later ("accordo raggiunto", "agrees to become")
   * @param chosen a team's choice ("opted for X", "gli ha preferito X", "ha puntato su X"): the
   *     coach named after it is the one chosen, and the other candidates linked to that team are
   *     passed over
   * @param career a stage of a career told as a sequence ("poi il Trapani", "came next"): the
   *     relation holds only where the article says nothing else about the pair ({@link
   *     CareerHistory})
   * @param arrival the relation holds only after an arrival ("arrived in 2022 to replace X": X's
   *     spell ended); elsewhere the cue is a candidacy for the bench ("want Y to replace X")
   * @param closing a REJECTED cue that only closes a candidacy told before it in the same sentence
   *     ("… but the board preferred …", "il sondaggio … si è arenato"); alone it names nobody
   * @param back an AGREED cue of a coach coming back ("has agreed to return"): naming no team after
   *     it, it is the one team the sentence names before it as his past
   * @param joined the cue counts only joined by a hyphen to the coach's name after it ("il
   *     dopo-Ranieri", "il post-Ancelotti"): the coach whose succession the sentence is about
   * @param club a cue about the club's own squads ("torna al settore giovanile"): naming no team,
   *     it is about the club the article is about
   * @param staff a coach recalled through his former assistant ("è stato il vice di X", "worked as
   *     assistant to X"): the coach is named after the cue and the benches named right after him
   *     are his past ones ({@link StaffHistory}), never the teams before the cue
   * @param interim a relation cue that also tells a stopgap ("traghettatore", "on an interim
   *     basis"): like {@link CueKind#INTERIM}, the coach it qualifies holds the bench only until
   *     the permanent choice ({@link Stopgaps})
   */
  record Cue(
      CueKind kind,
      Relation relation,
      boolean coachRight,
      boolean official,
      boolean chosen,
      boolean career,
      boolean arrival,
      boolean closing,
      boolean listed,
      boolean back,
      boolean joined,
      boolean club,
      boolean staff,
      boolean interim) {

    /** A cue of this kind and relation with no flag set. */
    static Cue plain(CueKind kind, Relation relation) {
      return new Cue(
          kind, relation, false, false, false, false, false, false, false, false, false, false,
          false, false);
    }
  }

  /** Team identity. */
  record Team(String id, String name, String kind, String country) {}

  final Map<String, Team> teams;
  final Map<String, String> coachNames;
  final Map<String, String> personNames;
  final PhraseTrie<EntityRef> entities = new PhraseTrie<>();
  final Map<String, PhraseTrie<Cue>> cues;

  /**
   * Per language: phrases that refer to a person without naming him (COACHREF, PRONOUN, PERSONREF).
   */
  final Map<String, PhraseTrie<Cue>> refs;

  /** Per language: headline cues (HEAD), apart from {@link #cues} so the body never reads them. */
  final Map<String, PhraseTrie<Cue>> heads = new HashMap<>();

  /** Nouns a descriptor qualifies as an adjective (descriptor-heads.tsv), folded. */
  final Set<String> descriptorHeads = new java.util.HashSet<>();

  /** Coach aliases that are also ordinary words (common-words.tsv), folded. */
  final Set<String> commonWords = new java.util.HashSet<>();

  /** Position of each coach in coaches.tsv: the file lists the better-known namesake first. */
  final Map<String, Integer> coachRank = new HashMap<>();

  /** Coaches per descriptor phrase, for resolving "il tecnico livornese" against salience. */
  final Map<String, List<String>> descriptorCoaches;

  private KnowledgeBase(
      Map<String, Team> teams,
      Map<String, String> coachNames,
      Map<String, String> personNames,
      Map<String, PhraseTrie<Cue>> cues,
      Map<String, PhraseTrie<Cue>> refs,
      Map<String, List<String>> descriptorCoaches) {
    this.teams = teams;
    this.coachNames = coachNames;
    this.personNames = personNames;
    this.cues = cues;
    this.refs = refs;
    this.descriptorCoaches = descriptorCoaches;
  }

  /** Languages with a cue lexicon. */
  Set<String> languages() {
    return cues.keySet();
  }

  /** Loads the KB shipped under {@code kb/} on the classpath. */
  public static KnowledgeBase fromClasspath() {
    return load(0.0, 0L);
  }

  /**
   * The shipped KB with a deterministic share of its coaches forgotten, so that evaluation can
   * measure how extraction copes with coaches it does not know (the news it is judged on names
   * coaches the KB may not list). A forgotten coach loses his name, aliases and descriptors and is
   * an unknown person to the extractor; teams, people and cues stay. Which coaches are forgotten
   * depends only on {@code share}, {@code seed} and the coach's id ({@link #forgets}).
   *
   * @param share the share of coaches to forget, from 0 (none: the shipped KB) to 1 (all)
   * @param seed picks which coaches: the same seed forgets the same coaches on every run
   */
  public static KnowledgeBase forgettingCoaches(double share, long seed) {
    if (!(share >= 0.0 && share <= 1.0)) {
      throw new IllegalArgumentException("share must be within [0, 1]: " + share);
    }
    return load(share, seed);
  }

  /**
   * Whether {@link #forgettingCoaches} forgets the coach {@code id}: a hash of the id and the seed,
   * read as a number in [0, 1), is below {@code share}. A larger share with the same seed forgets
   * every coach a smaller one forgets.
   */
  static boolean forgets(String id, double share, long seed) {
    if (share <= 0.0) {
      return false;
    }
    long h = seed * 0x9E3779B97F4A7C15L + id.hashCode(); // String.hashCode is fixed by the JLS
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return (h >>> 11) * 0x1.0p-53 < share;
  }

  private static KnowledgeBase load(double forgetShare, long forgetSeed) {
    final Map<String, Team> teams = new HashMap<>();
    final Map<String, String> coaches = new HashMap<>();
    final Map<String, String> people = new HashMap<>();
    final Map<String, List<String>> descriptors = new HashMap<>();
    final Map<String, PhraseTrie<Cue>> cueTries = new HashMap<>();
    final Map<String, PhraseTrie<Cue>> refTries = new HashMap<>();
    final KnowledgeBase kb =
        new KnowledgeBase(teams, coaches, people, cueTries, refTries, descriptors);

    for (String[] row : read("kb/teams.tsv")) {
      if (row.length < 2) {
        continue;
      }
      final String id = row[0];
      teams.put(id, new Team(id, row[1], col(row, 2), col(row, 3)));
      kb.addName(EntityKind.TEAM, id, row[1], true);
      for (String a : col(row, 4).split("\\|")) {
        kb.addName(EntityKind.TEAM, id, a, false);
      }
    }
    for (String[] row : read("kb/coaches.tsv")) {
      if (row.length < 2) {
        continue;
      }
      final String id = row[0];
      if (forgets(id, forgetShare, forgetSeed)) {
        continue;
      }
      coaches.put(id, row[1]);
      kb.coachRank.putIfAbsent(id, kb.coachRank.size());
      kb.addName(EntityKind.COACH, id, row[1], true);
      for (String a : col(row, 2).split("\\|")) {
        kb.addName(EntityKind.COACH, id, a, false);
      }
      for (String d : col(row, 3).split("\\|")) {
        if (!d.isBlank()) {
          final String key = String.join(" ", Tokens.words(d));
          descriptors.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
          kb.entities.add(Tokens.words(d), new EntityRef(EntityKind.DESCRIPTOR, key, false, false));
        }
      }
    }
    for (String[] row : read("kb/people.tsv")) {
      if (row.length < 2) {
        continue;
      }
      final String id = row[0];
      people.put(id, row[1]);
      kb.addName(EntityKind.PERSON, id, row[1], true);
      final String[] parts = row[1].trim().split(" ");
      if (parts.length >= 2) {
        kb.addName(EntityKind.PERSON, id, parts[parts.length - 1], false); // the surname alone
      }
      for (String a : col(row, 3).split("\\|")) {
        kb.addName(EntityKind.PERSON, id, a, false);
      }
    }
    for (String[] row : read("kb/common-words.tsv")) {
      if (row.length >= 1 && !row[0].isBlank()) {
        kb.commonWords.add(String.join(" ", Tokens.words(row[0])));
      }
    }
    for (String[] row : read("kb/descriptor-heads.tsv")) {
      if (row.length >= 1 && !row[0].isBlank()) {
        kb.descriptorHeads.add(String.join(" ", Tokens.words(row[0])));
      }
    }
    for (String[] row : read("kb/competitions.tsv")) {
      if (row.length >= 1 && !row[0].isBlank()) {
        kb.entities.add(Tokens.words(row[0]), new EntityRef(EntityKind.OTHER, row[0], false, true));
      }
    }
    for (String[] row : read("kb/cues.tsv")) {
      if (row.length < 3) {
        continue;
      }
      final CueKind kind = CueKind.valueOf(row[2].trim().toUpperCase(Locale.ROOT));
      final Relation rel =
          kind == CueKind.REL || kind == CueKind.HEAD
              ? Relation.valueOf(col(row, 3).trim().toUpperCase(Locale.ROOT))
              : null;
      // a BLOCK flagged "ref" neutralises reference phrases ("lo ha fatto": it, not him)
      final String flags = col(row, 4);
      final boolean ref =
          kind == CueKind.COACHREF
              || kind == CueKind.PRONOUN
              || kind == CueKind.PERSONREF
              || (kind == CueKind.BLOCK && hasFlag(flags, "ref"));
      (ref ? refTries : kind == CueKind.HEAD ? kb.heads : cueTries)
          .computeIfAbsent(row[0].trim(), k -> new PhraseTrie<>())
          .add(
              Tokens.words(row[1]),
              new Cue(
                  kind,
                  rel,
                  hasFlag(flags, "right"),
                  hasFlag(flags, "official"),
                  hasFlag(flags, "chosen"),
                  hasFlag(flags, "career"),
                  hasFlag(flags, "arrival"),
                  hasFlag(flags, "closing"),
                  hasFlag(flags, "listed"),
                  hasFlag(flags, "back"),
                  hasFlag(flags, "joined"),
                  hasFlag(flags, "club"),
                  hasFlag(flags, "staff"),
                  hasFlag(flags, "interim")));
    }
    return kb;
  }

  private void addName(EntityKind kind, String id, String alias, boolean full) {
    if (alias == null || alias.isBlank()) {
      return;
    }
    final String a = alias.trim();
    final String[] words = Tokens.words(a);
    // a single capitalised word ("Real", "Conte") must be capitalised in the text too; longer
    // names ("Vecchia Signora", "nazionale saudita") are distinctive enough in any case
    final boolean cap = words.length == 1 && Character.isUpperCase(a.charAt(0));
    entities.add(words, new EntityRef(kind, id, cap, full));
  }

  private static String col(String[] row, int i) {
    return i < row.length ? row[i] : "";
  }

  private static List<String[]> read(String resource) {
    final InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing KB resource " + resource);
    }
    final List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          if (line.startsWith("id\t")) {
            continue;
          }
        }
        rows.add(line.split("\t", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableList(rows);
  }

  /**
   * The ids of every team and coach that one of its names or aliases names somewhere in {@code
   * text}, read without context (an ambiguous alias names every team it may mean). A diagnostic for
   * {@code eval}, which tells a signal missed on a named pair from one whose coach or team the KB
   * does not know; extraction does not use it.
   */
  public Set<String> namedIn(String text) {
    final Tokens t = Tokens.of(text);
    final Set<String> out = new java.util.TreeSet<>();
    for (int k = 0; k < t.size; k++) {
      if (t.kind[k] != Tokens.WORD) {
        continue;
      }
      final PhraseTrie.Match<EntityRef> m = entities.longestAt(t, k, null);
      if (m == null) {
        continue;
      }
      for (EntityRef r : m.payload()) {
        if ((r.kind() == EntityKind.TEAM || r.kind() == EntityKind.COACH)
            && (t.cap[k] || !r.needsCapital())) {
          out.add(r.id());
        }
      }
    }
    return out;
  }

  /** Whether a comma-separated flag column holds {@code flag}. */
  private static boolean hasFlag(String column, String flag) {
    for (String f : column.split(",")) {
      if (f.trim().equals(flag)) {
        return true;
      }
    }
    return false;
  }
}
