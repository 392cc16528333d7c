package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.Cue;
import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.extract.KnowledgeBase.EntityKind;
import dev.coachradar.extract.KnowledgeBase.EntityRef;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rule-based extractor: finds coaches, teams and cue phrases with token tries built from the KB,
 * resolves nicknames, descriptors, generic references ("il tecnico", "he") and ambiguous team
 * aliases against what the article has already named, then binds every relation cue to the nearest
 * team and coach of its clause. One relation per (coach, team) pair, chosen by {@link
 * Relation#precedence()}. Linear in the text length: every search window has a fixed size.
 *
 * <p>Thread-safe (no mutable state outside a call) and total: any failure on an odd input is logged
 * and yields no signals.
 */
public final class RuleExtractor implements Extractor {

  private static final Logger LOG = LoggerFactory.getLogger(RuleExtractor.class);

  /**
   * Only the first 32 Ki characters of an article are analysed: far longer than any news article,
   * and it bounds the work on adversarial input (a 1 MB text costs what 32 KB does).
   */
  static final int MAX_CHARS = 1 << 15;

  /** Strength of a hedged statement ("sarebbe", "reportedly"). */
  static final double HEDGED = 0.6;

  private static final int TEAM_RIGHT = 7;
  private static final int TEAM_LEFT = 8;
  private static final int COACH_LEFT = 16;
  private static final int COACH_RIGHT = 10;
  private static final int NEG_WINDOW = 3;

  /**
   * Most teams one cue binds through a list ("Everton, Watford and Hull"): no real career list is
   * longer, and it bounds the work on a run of team names.
   */
  private static final int MAX_LIST = 16;

  /** Longest backward or forward scan for a subject or context team, in tokens. */
  private static final int MAX_SCAN = 80;

  /**
   * Past participles that report an arrival made ("arrivato", "appointed in January to replace X"):
   * after one, a succession cue tells who left the bench, not a candidacy.
   */
  private static final Set<String> ARRIVAL_WORDS =
      Set.of(
          "arrivato",
          "arrivata",
          "arrived",
          "appointed",
          "hired",
          "nominato",
          "ingaggiato",
          "chiamato",
          "richiamato");

  /**
   * Words that date a free coach's idleness from an event ("fermo dopo la retrocessione", "libero
   * dall'esonero", "out of work since", "free after").
   */
  private static final Set<String> SINCE_WORDS =
      Set.of("dopo", "da", "dal", "dall", "dalla", "dallo", "since", "after", "following");

  /**
   * Words after a comma that continue the clause before it with a non-finite verb ("..., prima di
   * essere esonerato", "..., before being sacked"): the comma closes nothing.
   */
  private static final Set<String> CLAUSE_CONTINUATIONS = Set.of("prima", "before");

  /** Pronouns standing for earlier events of a cue's kind ("dopo quelli con la Roma"). */
  private static final Set<String> EARLIER_PRONOUNS =
      Set.of("quello", "quella", "quelli", "quelle", "those", "ones");

  /** Longest distance, in tokens, from a free coach's cue to the team his idleness dates from. */
  private static final int FREE_SINCE_REACH = 10;

  /** How far, in tokens, a time pointing to the past is looked for around a state cue. */
  private static final int PAST_REACH = 12;

  /** How far after a companion cue ("affiancato ... da X") its coach is looked for, in tokens. */
  private static final int COMPANION_REACH = 8;

  /** Prepositions between a coach and his own club ("Gilardino del Genoa", "X of Genoa"). */
  private static final Set<String> OWN_CLUB_PREPOSITIONS =
      Set.of("del", "della", "dell", "dello", "of");

  /** Words allowed between a companion cue and its coach ("insieme anche a", "only by"). */
  private static final Set<String> COMPANION_GAP =
      Set.of(
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

  /** Subject relative pronouns: they open a clause about the name before the comma. */
  private static final Set<String> SUBJECT_RELATIVES = Set.of("who", "che");

  /** Words just before a team that make it an opponent in a match, not a bench. */
  private static final Set<String> OPPONENT_WORDS =
      Set.of(
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

  /** Nouns that, in apposition after a team, make it an opponent. */
  private static final Set<String> OPPONENT_APPOSITION =
      Set.of("avversario", "avversaria", "rivale", "opponent", "opponents", "rivals");

  /** Aliases that name a national team, never its country ("in Nazionale", "azzurri"). */
  private static final Set<String> NATIONAL_TEAM_WORDS =
      Set.of("nazionale", "azzurri", "azzurra", "selezione", "seleccion", "nationalmannschaft");

  /** Words before a country name that make it a place ("in Italia"), not a national team. */
  private static final Set<String> PLACE_WORDS =
      Set.of("in", "dall", "dalla", "da", "from", "lontano", "nel", "negli", "per", "verso", "to");

  private static final Set<String> MARKET_PLACE_WORDS =
      Set.of("in", "negli", "nel", "per", "verso", "to", "lontano");

  private static final Set<String> PREPOSITIONS =
      Set.of(
          "di", "del", "della", "dello", "dell", "a", "al", "alla", "all", "per", "con", "da",
          "dal", "dalla", "dall", "su", "sul", "of", "to", "for", "with", "by", "from", "than");

  /** Prepositions that make a descriptor a possessor ("il percorso del tecnico"). */
  private static final Set<String> POSSESSIVES =
      Set.of("di", "del", "della", "dello", "dell", "of");

  /** Words that make a capitalised phrase an organisation's name, never a person's. */
  private static final Set<String> ORGANISATION_WORDS =
      Set.of(
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

  /**
   * A plain candidacy cue: what an arrival-only cue is without an arrival ("want Y to replace X").
   */
  private static final Cue PLAIN_LINKED = Cue.plain(CueKind.REL, Relation.LINKED);

  private static final Cue PLAIN_REJECTED = Cue.plain(CueKind.REL, Relation.REJECTED);

  /** Role words between a team and its coach's name ("Brighton manager X"). */
  private static final Set<String> ROLE_WORDS =
      Set.of("manager", "boss", "head", "coach", "s", "tecnico", "allenatore", "mister", "ct");

  /** Words that open a new clause: a cue does not reach a team across them. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of("ma", "mentre", "but", "while", "whereas", "pero", "tuttavia", "although", "though");

  private static final Set<String> LEFT_CHAIN_WORDS =
      Set.of("e", "ed", "and", "o", "or", "a", "al", "alla", "all", "to", "che");

  private static final Set<String> CONJUNCTIONS = Set.of("e", "ed", "and", "o", "or");

  private static final Set<String> CHAIN_PREPOSITIONS =
      Set.of("a", "ad", "su", "per", "di", "to", "for", "on");
  private static final Set<String> CHAIN_WORDS =
      Set.of(
          "e",
          "ed",
          "and",
          "o",
          "or",
          "poi",
          "prima",
          "infine",
          "che",
          "con",
          "sia",
          "both",
          "successivamente",
          "quindi");

  /**
   * Adverbs that put the next item of a list after the one before ("prima a X e poi a Y"): in an
   * appointment, the earlier one was replaced.
   */
  private static final Set<String> THEN_WORDS =
      Set.of("poi", "successivamente", "quindi", "infine");

  private static final Set<String> DESCRIPTOR_LEADS =
      Set.of(
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

  private static final Set<String> NOW_WORDS = Set.of("ora", "oggi", "now", "currently");
  private static final Set<String> AT_WORDS =
      Set.of("al", "alla", "all", "allo", "ai", "agli", "alle", "a", "at", "with", "in");

  /** Nouns for unnamed teams ("diverse squadre", "several clubs"). */
  private static final Set<String> TEAM_NOUNS =
      Set.of("squadre", "club", "societa", "clubs", "teams", "sides");

  /** Verbs of wishing or searching: an appointment they govern is not made. */
  private static final Set<String> WISH_WORDS =
      Set.of(
          "vorrebbe",
          "vorrebbero",
          "vuole",
          "vogliono",
          "volere",
          "cerca",
          "cercano",
          "cercare",
          "trovare",
          "scegliere",
          "desidera",
          "sogna",
          "sognano",
          "serve",
          "servira",
          "want",
          "wants",
          "wanted",
          "hope",
          "hopes",
          "hoping",
          "need",
          "needs",
          "seek",
          "seeks",
          "seeking",
          "find",
          "identify");

  private static final int WISH_WINDOW = 4;

  /** Modal verbs before a choice: it is not made yet ("could opt for", "potrebbe puntare su"). */
  private static final Set<String> MODALS =
      Set.of(
          "could",
          "may",
          "might",
          "would",
          "should",
          "potrebbe",
          "potrebbero",
          "potra",
          "pronto",
          "pronta",
          "ready",
          "set");

  /** Relative adverbs whose antecedent is the one place (team) named just before them. */
  private static final Set<String> RELATIVE_PLACE = Set.of("dove", "where");

  /**
   * Relative adverbs of place and time ({@link #RELATIVE_PLACE} and "quando", "when"): a companion
   * cue's lead is not looked for beyond them, they open a clause about something else.
   */
  private static final Set<String> PLACE_AND_TIME_RELATIVES =
      Set.of("dove", "where", "quando", "when");

  /** Endings of Italian past participles ("considerato", "voluto", "gradito"). */
  private static final Set<String> PARTICIPLE_ENDINGS =
      Set.of("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute");

  /**
   * Relative words that open a clause about the name just before the comma (SUBJECT_RELATIVES and
   * "whose").
   */
  private static final Set<String> NAME_RELATIVES = Set.of("che", "who", "whose");

  /** Nouns after "whose" and a team that name the team he leads ("whose Fulham side"). */
  private static final Set<String> SIDE_WORDS = Set.of("side", "team", "squad", "players");

  /**
   * Words a refusal may put between itself and the candidacy it refuses ("rebuffed two offers").
   */
  private static final int REFUSED_OBJECT_REACH = 4;

  /** Auxiliaries between a conjunction and a coordinated verb ("and have hired", "e ha scelto"). */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "ha", "hanno", "have", "has", "had", "then", "poi", "quickly", "immediately", "subito");

  /** Finite verbs that make the team before them a clause's subject ({@code subjectAfterComma}). */
  private static final Set<String> SUBJECT_VERBS =
      Set.of("have", "has", "had", "is", "are", "was", "were", "will", "ha", "hanno", "sono");

  /** Articles that may open a clause's subject team ("..., il Milan ha ..."). */
  private static final Set<String> ARTICLES_BEFORE_SUBJECT = Set.of("il", "la", "lo", "l", "the");

  /** Nouns for someone's assistant, before "di"/"of"/"to" and the coach assisted. */
  private static final Set<String> ASSISTANT_WORDS =
      Set.of(
          "secondo",
          "vice",
          "assistente",
          "collaboratore",
          "destro",
          "assistant",
          "deputy",
          "two",
          "number");

  /** Nouns for a coach to come ("a replacement", "un sostituto"). */
  private static final Set<String> SUCCESSOR_NOUNS =
      Set.of("replacement", "successor", "sostituto", "successore", "erede");

  /** Indefinite determiners: the coach noun after them is not someone already named. */
  private static final Set<String> INDEFINITES =
      Set.of("a", "an", "another", "un", "uno", "una", "altro");

  /** Words opening a relative clause ("X, whose ...", "X, il cui ...", "X, che ..."). */
  private static final Set<String> RELATIVES =
      Set.of("whose", "who", "which", "cui", "che", "quale");

  /** Plural player nouns after "former"/"ex" and a team ("both former United players"). */
  private static final Set<String> PLAYER_PLURALS =
      Set.of(
          "players",
          "midfielders",
          "defenders",
          "strikers",
          "giocatori",
          "calciatori",
          "difensori",
          "centrocampisti",
          "attaccanti");

  /** Articulated prepositions repeated before each item of a list ("al Milan e al Napoli"). */
  private static final Set<String> ARTICULATED =
      Set.of(
          "al", "alla", "all", "allo", "ai", "agli", "alle", "del", "della", "dell", "dello", "dei",
          "degli", "delle", "dal", "dalla", "dall", "dallo", "dai");

  private static final Set<String> ARTICLES = Set.of("le", "i", "gli", "the");

  /** Quantifiers that make a plural team noun generic. */
  private static final Set<String> QUANTIFIERS =
      Set.of(
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

  /** Prepositions that introduce the recipient or goal of a cue ("affidato la panchina a X"). */
  private static final Set<String> DATIVES = Set.of("a", "ad", "su");

  /** Words naming a coach's role, after which a descriptor describes a person, not a team. */
  private static final Set<String> COACH_WORDS =
      Set.of("tecnico", "allenatore", "mister", "ct", "manager", "coach", "boss");

  private static final Set<String> PARTICLES =
      Set.of("de", "di", "da", "van", "ten", "von", "der", "del", "della", "dos", "le", "la", "du");
  private static final Set<String> IT_WORDS =
      Set.of(
          "il", "di", "che", "la", "del", "della", "per", "non", "con", "una", "alla", "dei",
          "sono", "gli", "nel", "anche", "ha", "dopo", "e");
  private static final Set<String> EN_WORDS =
      Set.of(
          "the", "of", "and", "to", "is", "was", "has", "have", "for", "with", "his", "he", "that",
          "at", "after", "who", "been", "will", "by", "from");

  /** Accepts a match read from a lower-case word: only aliases that need no capital. */
  private static final java.util.function.Predicate<PhraseTrie.Match<EntityRef>> LOWER_CASE_OK =
      m -> {
        for (EntityRef r : m.payload()) {
          if (!r.needsCapital()) {
            return true;
          }
        }
        return false;
      };

  private static volatile RuleExtractor defaultInstance;

  private final KnowledgeBase kb;

  /** An extractor over the given KB. */
  public RuleExtractor(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The extractor over the KB shipped on the classpath, loaded once. */
  public static RuleExtractor defaultExtractor() {
    RuleExtractor r = defaultInstance;
    if (r == null) {
      synchronized (RuleExtractor.class) {
        r = defaultInstance;
        if (r == null) {
          r = new RuleExtractor(KnowledgeBase.fromClasspath());
          defaultInstance = r;
        }
      }
    }
    return r;
  }

  @Override
  public List<Signal> extract(NewsArticle article) {
    if (article == null) {
      return List.of();
    }
    try {
      return OpenBenches.mark(new Run(article).signals());
    } catch (RuntimeException | StackOverflowError e) {
      throw new ExtractionException(article.id(), e); // to the dead-letter topic, not dropped
    }
  }

  /** Language of the article: its own tag when set, otherwise a cheap function-word vote. */
  static String detectLanguage(Tokens t) {
    int it = 0;
    int en = 0;
    final int limit = Math.min(t.size, 400);
    for (int k = 0; k < limit; k++) {
      if (t.kind[k] == Tokens.WORD) {
        if (IT_WORDS.contains(t.norm[k])) {
          it++;
        } else if (EN_WORDS.contains(t.norm[k])) {
          en++;
        }
      }
    }
    if (it + en < 2) {
      return null;
    }
    if (it > en * 1.5) {
      return "it";
    }
    if (en > it * 1.5) {
      return "en";
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------

  /** A resolved mention: C coach, I implicit coach (pronoun, "il tecnico"), P person, T team. */
  private record Mention(char type, String id, int from, int to) {}

  /** A cue occurrence over tokens [from, to). */
  private record CueHit(Cue cue, int from, int to) {}

  /** A team's choice: the team, the coach chosen, the passed-over people named with it. */
  private record Choice(
      String team, String chosen, List<String> passed, int sentence, double strength) {}

  /** One candidate relation found in one sentence. */
  private record Found(
      String coach, String team, Relation relation, double strength, int sentence) {}

  /** What binding collects over one article's cues; the deferred lists wait for the last cue. */
  private static final class Binding {
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

  /** State of one extraction call. */
  private final class Run {
    private final NewsArticle article;
    private final String text;
    private final Tokens t;
    private Mention[] mentionAt;

    /** Tokens of a team alias that context could not resolve ("Genova": Genoa or Sampdoria). */
    private boolean[] unresolvedTeam;

    /** Set by teamsFor: the cue's team slot holds a team alias left unresolved. */
    private boolean slotUnresolved;

    /** The cue starting at a token, and the cue ending at it (cues never overlap). */
    private CueHit[] cueAt;

    private CueHit[] cueEndAt;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<CueHit> cues = new ArrayList<>();

    /** Succession compounds ("il dopo-X"), apart from {@link #cues}: they may overlap one. */
    private final List<CueHit> compoundHits = new ArrayList<>();

    private final Map<String, String> names = new HashMap<>();

    /** People and coaches named in full anywhere in the article, with their first position. */
    private final Map<String, Integer> fullNamed = new HashMap<>();

    /**
     * Coaches named in full, or by an alias inside a sentence, and teams named inside a sentence or
     * by a longer name, somewhere in the article.
     */
    private final Set<String> confirmed = new java.util.HashSet<>();

    /** First name -> the person named in full with it ("Lorenzo" after "Lorenzo Pellegrini"). */
    private final Map<String, EntityRef> firstNames = new HashMap<>();

    private String topicTeam;

    /** Per sentence: the latest team named up to its end, within two sentences. */
    private final Map<Integer, String> recentTeam = new HashMap<>();

    private final long fingerprint;
    private boolean[] hedged;

    /** Per sentence: it speaks of a coach not yet named ("a caretaker", "un nuovo tecnico"). */
    private boolean[] genericCoach;

    private String lang;

    /** Sentences where a candidacy is told and then closed. */
    private CandidacyClosure closure;

    /** Per sentence: the two clubs a "both clubs" in it stands for (empty: none). */
    private final Map<Integer, List<String>> bothTeams = new HashMap<>();

    /** "sentence|team" for each team named as the object of a refusal cue. */
    private Set<String> refusedObjects;

    /** The coach the article is a portrait of, computed once ({@link #portraitCoach}). */
    private Optional<Mention> portrait;

    Run(NewsArticle article) {
      this.article = article;
      this.text = article.text();
      this.t = Tokens.of(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
      this.fingerprint = Fingerprint.simhash(article.body());
    }

    List<Signal> signals() {
      lang = article.lang();
      if (lang == null || lang.isBlank()) {
        lang = detectLanguage(t);
      } else {
        lang = lang.trim().toLowerCase(java.util.Locale.ROOT);
      }
      if (lang == null || !kb.cues.containsKey(lang)) {
        return List.of();
      }
      mentionAt = new Mention[t.size];
      unresolvedTeam = new boolean[t.size];
      cueAt = new CueHit[t.size];
      cueEndAt = new CueHit[t.size];
      genericCoach = new boolean[Math.max(1, t.sentences)];
      scanCues(kb.cues.get(lang));
      scanCompounds(kb.cues.get(lang));
      resolveMentions(kb.refs.get(lang));
      markHedges();
      topicTeam = computeTopicTeam();
      String last = null;
      int lastSent = -10;
      int mi = 0;
      for (int sIdx = 0; sIdx < t.sentences; sIdx++) {
        if (last != null && sIdx - lastSent <= 2) {
          recentTeam.put(sIdx, last);
        }
        final int end = t.sentenceStart[sIdx + 1];
        while (mi < mentions.size() && mentions.get(mi).from() < end) {
          final Mention m = mentions.get(mi++);
          if (m.type() == 'T') {
            last = m.id();
            lastSent = t.sentence[m.from()];
          }
        }
      }
      final List<Found> found = new ArrayList<>();
      final Map<String, Integer> free = new LinkedHashMap<>();
      final Map<String, Integer> employed = new LinkedHashMap<>();
      final List<Found> careerFound = new ArrayList<>();
      closure = new CandidacyClosure(t);
      bind(found, free, employed, careerFound);
      closeCandidacies(found);
      teamOfCoach(found);
      // a career stage counts only where the article says nothing else about the pair
      final Set<String> told = new java.util.HashSet<>();
      for (Found f : found) {
        told.add(f.coach() + '|' + f.team());
      }
      for (Found f : careerFound) {
        if (told.add(f.coach() + '|' + f.team())) {
          found.add(f);
        }
      }
      return aggregate(found, free, employed);
    }

    /**
     * A candidacy told and then closed in one sentence ({@link CandidacyClosure}): its LINKED pairs
     * are REJECTED, and a refusal bound to a team the sentence does not name is that same closure
     * misread, so it goes. A refusal of a team the sentence names, by someone not linked in it, is
     * another statement: the sentence is left as it is.
     */
    private void closeCandidacies(List<Found> found) {
      for (int s = 0; s < t.sentences; s++) {
        if (!closure.closed(s)) {
          continue;
        }
        final int sent = s;
        final Set<String> named = new java.util.HashSet<>();
        for (Mention m : mentions) {
          if (m.type() == 'T' && t.sentence[m.from()] == sent) {
            named.add(m.id());
          }
        }
        final Set<String> linked = new java.util.HashSet<>();
        final Set<String> linkedTeams = new java.util.HashSet<>();
        for (Found f : found) {
          if (f.sentence() == sent && f.relation() == Relation.LINKED) {
            linked.add(f.coach());
            linkedTeams.add(f.team());
          }
        }
        if (linked.isEmpty() || otherRefusal(found, sent, named, linked, linkedTeams)) {
          continue;
        }
        found.removeIf(
            f ->
                f.sentence() == sent
                    && f.relation() == Relation.REJECTED
                    && !named.contains(f.team())
                    && linked.contains(f.coach()) != linkedTeams.contains(f.team()));
        found.replaceAll(
            f ->
                f.sentence() == sent && f.relation() == Relation.LINKED
                    ? new Found(f.coach(), f.team(), Relation.REJECTED, f.strength(), sent)
                    : f);
      }
    }

    /**
     * A refusal in the closed sentence that is another statement: of a team the sentence names, by
     * someone not linked in it, or of a named team other than the ones linked ("linked with Roma,
     * but he turned down Lazio": the Roma candidacy stays open).
     */
    private boolean otherRefusal(
        List<Found> found, int sent, Set<String> named, Set<String> linked, Set<String> teams) {
      for (Found f : found) {
        if (f.sentence() == sent
            && f.relation() == Relation.REJECTED
            && named.contains(f.team())
            && (!linked.contains(f.coach())
                || (!teams.contains(f.team()) && refusedTeam(sent, f.team())))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The team is named as the object of a refusal cue ("turned down Lazio", "rifiutato la Lazio").
     */
    private boolean refusedTeam(int sent, String team) {
      if (refusedObjects == null) {
        refusedObjects = new java.util.HashSet<>();
        for (CueHit c : cues) {
          if (c.cue().kind() != CueKind.REL || c.cue().relation() != Relation.REJECTED) {
            continue;
          }
          int j = c.to();
          if (j < t.size && Tokens.DEFINITE_ARTICLES.contains(t.norm[j])) {
            j++; // "turned down the Lazio job", "ha rifiutato la Lazio"
          }
          final Mention m = j < t.size ? mentionAt[j] : null;
          if (m != null && m.type() == 'T') {
            refusedObjects.add(t.sentence[c.from()] + "|" + m.id());
          }
        }
      }
      return refusedObjects.contains(sent + "|" + team);
    }

    /**
     * "la Fiorentina di Raffaele Palladino", "il Milan di Allegri": in Italian a team followed by
     * "di" and a coach names the coach's current team (COACHES). Only named coaches, only the plain
     * construction, and the usual precedence lets any more specific relation win.
     */
    private void teamOfCoach(List<Found> found) {
      if (!"it".equals(lang)) {
        coachsTeam(found);
        return;
      }
      for (int i = 0; i + 1 < mentions.size(); i++) {
        final Mention team = mentions.get(i);
        final Mention coach = mentions.get(i + 1);
        // an opponent ("contro la Lazio di Sarri") is still that coach's team
        if ((team.type() != 'T' && team.type() != 'O')
            || coach.type() != 'C'
            || coach.from() != team.to() + 1
            || t.kind[team.to()] != Tokens.WORD
            || !"di".equals(t.norm[team.to()])) {
          continue;
        }
        final int sent = t.sentence[coach.from()];
        found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
      }
    }

    /**
     * "Arteta's Arsenal", "against Frank's Brentford": in English a coach's possessive before a
     * club names his current team (COACHES); a market ("Frank's Premier League experience") is not
     * a bench.
     */
    private void coachsTeam(List<Found> found) {
      for (int i = 0; i + 1 < mentions.size(); i++) {
        final Mention coach = mentions.get(i);
        final Mention team = mentions.get(i + 1);
        if (coach.type() == 'C'
            && team.type() == 'T'
            && team.from() == coach.to() + 1
            && t.kind[coach.to()] == Tokens.WORD
            && t.norm[coach.to()].equals("of")
            && !isMarket(team.id())) {
          // "Marco Silva of Fulham was another name on the list": his club now
          final int sent = t.sentence[coach.from()];
          found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
          continue;
        }
        if (coach.type() != 'C'
            || (team.type() != 'T' && team.type() != 'O')
            || team.from() != coach.to() + 1
            || t.kind[coach.to()] != Tokens.WORD
            || !"s".equals(t.norm[coach.to()])
            || isMarket(team.id())) {
          continue;
        }
        final int sent = t.sentence[coach.from()];
        found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
      }
    }

    // ---- scanning -------------------------------------------------------------------------

    private void scanCues(PhraseTrie<Cue> trie) {
      int k = 0;
      while (k < t.size) {
        if (t.kind[k] != Tokens.WORD) {
          k++;
          continue;
        }
        // a joined cue is read apart ({@link #scanCompounds}): "dopo la sconfitta" is no cue
        final PhraseTrie.Match<Cue> m = trie.longestAt(t, k, x -> pickCue(x.payload()) != null);
        if (m == null) {
          k++;
          continue;
        }
        final Cue cue = pickCue(m.payload());
        if (cue.kind() != CueKind.BLOCK) {
          leadingHedge(trie, cue, m);
          final CueHit h = new CueHit(cue, m.from(), m.to());
          cues.add(h);
          cueAt[m.from()] = h;
          cueEndAt[m.to() - 1] = h;
        }
        k = m.to();
      }
    }

    /**
     * Succession compounds ("per il dopo-Tudor", "il post-Ancelotti"): a cue flagged joined that
     * ends on a word joined by a hyphen to the next one. Read apart from the other cues, which may
     * overlap them ("per il dopo" is also a candidacy).
     */
    private void scanCompounds(PhraseTrie<Cue> trie) {
      for (int j = 0; j + 1 < t.size; j++) {
        if (t.kind[j] != Tokens.WORD || !hyphenAfter(j)) {
          continue;
        }
        final int end = j + 1;
        for (int k = Math.max(0, j - 3); k <= j; k++) {
          final PhraseTrie.Match<Cue> m =
              trie.longestAt(
                  t,
                  k,
                  x -> x.to() == end && x.payload().stream().anyMatch(KnowledgeBase.Cue::joined));
          if (m != null) {
            for (Cue c : m.payload()) {
              if (c.joined()) {
                compoundHits.add(new CueHit(c, m.from(), m.to()));
                break;
              }
            }
            break;
          }
        }
      }
    }

    /** The word at {@code k} is joined by a hyphen to the next one ("dopo-Ranieri"). */
    private boolean hyphenAfter(int k) {
      final int e = t.end[k];
      return k + 1 < t.size
          && t.kind[k + 1] == Tokens.WORD
          && t.start[k + 1] == e + 1
          && (text.charAt(e) == '-' || text.charAt(e) == '\u2011');
    }

    /**
     * "avrebbe scelto", "could be sacked", "possibile ritorno": a longer cue that opens with a
     * hedge keeps it. The hedge is read as its own hit (for {@link #markHedges}), not as a cue
     * position, so the longer cue still binds as before.
     */
    private void leadingHedge(PhraseTrie<Cue> trie, Cue cue, PhraseTrie.Match<Cue> m) {
      if (cue.kind() == CueKind.HEDGE || m.to() - m.from() < 2) {
        return;
      }
      final PhraseTrie.Match<Cue> h =
          trie.longestAt(
              t,
              m.from(),
              x ->
                  x.to() < m.to() && x.payload().stream().anyMatch(c -> c.kind() == CueKind.HEDGE));
      if (h != null) {
        for (Cue c : h.payload()) {
          if (c.kind() == CueKind.HEDGE) {
            cues.add(new CueHit(c, h.from(), h.to()));
            return;
          }
        }
      }
    }

    /**
     * The cue a phrase stands for: a BLOCK, else the relation of highest precedence, else the first
     * cue; joined cues are left to {@link #scanCompounds}. Null when the phrase has only those.
     */
    private static Cue pickCue(List<Cue> cs) {
      Cue best = null;
      for (Cue c : cs) {
        if (c.joined()) {
          continue;
        }
        if (best == null) {
          best = c;
        }
        if (c.kind() == CueKind.BLOCK) {
          return c;
        }
        if (c.kind() == CueKind.REL
            && (best.kind() != CueKind.REL
                || c.relation().precedence() > best.relation().precedence())) {
          best = c;
        }
      }
      return best;
    }

    private void resolveMentions(PhraseTrie<Cue> refTrie) {
      // pre-pass: unambiguous team mentions, used to resolve ambiguous aliases from context
      final Map<String, Integer> teamSeen = new HashMap<>();
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
      // reference phrases ("il tecnico", "lui", "il presidente")
      final List<CueHit> refHits = new ArrayList<>();
      if (refTrie != null) {
        k = 0;
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
      final Map<String, Integer> lastSeen = new HashMap<>();
      final Map<String, String> localSurnames = new HashMap<>();
      String lastCoach = null;
      int lastCoachSentence = -10;
      final Map<String, Integer> coachCount = new HashMap<>();
      final Map<String, Integer> coachSentence = new HashMap<>();
      int ri = 0;
      int ei = 0;
      int covered = -1;
      while (ri < refHits.size() || ei < raw.size()) {
        final boolean takeRef =
            ei >= raw.size()
                || (ri < refHits.size() && refHits.get(ri).from() < raw.get(ei).from());
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
            if (formerWordAt(before)) {
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
            continue;
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
            if (span != null) {
              final String name = text.substring(t.start[span[0]], t.end[span[1] - 1]);
              final String id = Text.slug(name);
              if (!id.isEmpty()) {
                names.putIfAbsent(id, name);
                localSurnames.put(t.norm[span[1] - 1], id);
                add(new Mention('C', id, span[0], span[1]));
                lastSeen.put(id, span[0]);
                lastCoach = id;
                lastCoachSentence = t.sentence[span[0]];
                continue;
              }
            }
          }
          if (h.cue().kind() == CueKind.COACHREF && next >= 0 && t.cap[next]) {
            final int[] span = unknownName(next);
            if (span != null) {
              final String name = text.substring(t.start[span[0]], t.end[span[1] - 1]);
              final String id = Text.slug(name);
              if (!id.isEmpty()) {
                names.putIfAbsent(id, name);
                localSurnames.put(t.norm[span[1] - 1], id);
                add(new Mention('C', id, span[0], span[1]));
                lastSeen.put(id, span[0]);
                lastCoach = id;
                lastCoachSentence = t.sentence[span[0]];
                covered = span[1] - 1;
                continue;
              }
            }
          }
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
        if (res.type() == 'C') {
          lastCoach = res.id();
          lastCoachSentence = t.sentence[res.from()];
          coachCount.merge(res.id(), 1, Integer::sum);
          coachSentence.put(res.id(), lastCoachSentence);
        }
      }
      // surnames of coaches introduced in this article but unknown to the KB
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
     * "A caretaker will be named", "un sostituto arriverà", "a replacement is expected": the
     * sentence is about a coach not yet named.
     */
    private boolean genericCoach(int sent) {
      if (genericCoach[sent]) {
        return true;
      }
      final int end = Math.min(t.sentenceStart[sent + 1], t.sentenceStart[sent] + 4 * MAX_SCAN);
      for (int j = t.sentenceStart[sent] + 1; j < end; j++) {
        if (SUCCESSOR_NOUNS.contains(t.norm[j]) && indefinite(j)) {
          return true;
        }
      }
      return false;
    }

    /** An indefinite article (or "another") just before token k: the noun names someone new. */
    private boolean indefinite(int k) {
      int p = prevWord(k);
      if (p >= 0 && (t.norm[p].equals("new") || t.norm[p].equals("nuovo"))) {
        p = prevWord(p);
      }
      return p >= 0 && INDEFINITES.contains(t.norm[p]);
    }

    /**
     * The most named coach of the last three sentences other than {@code excluded} (the most recent
     * on ties), or null.
     */
    private String protagonist(
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

    /** A coach named at {@code k} is the one a team's choice picked ("ha puntato su X"). */
    private boolean chosenAt(int k) {
      final CueHit before = k > 0 ? cueEndAt[k - 1] : null;
      return before != null && before.cue().kind() == CueKind.REL && before.cue().chosen();
    }

    /**
     * An object pronoun ("him", "gli", "lo", "di lui"), which cannot stand for a person named in
     * its own clause.
     */
    private boolean objectPronoun(CueHit h) {
      final String w = t.norm[h.from()];
      if (h.to() - h.from() != 1) {
        return false;
      }
      if (w.equals("him") || w.equals("gli") || w.equals("lo")) {
        return true;
      }
      final int p = prevWord(h.from());
      return w.equals("lui") && p >= 0 && PREPOSITIONS.contains(t.norm[p]);
    }

    /** Whether a comma or a clause-opening word lies between tokens {@code from} and {@code to}. */
    /** The first word of its sentence (past opening quotes and dashes). */
    private boolean sentenceInitial(int k) {
      for (int j = t.sentenceStart[t.sentence[k]]; j < k; j++) {
        if (t.kind[j] == Tokens.WORD) {
          return false;
        }
      }
      return true;
    }

    /**
     * "Still, the club...", "Rose to the occasion", "Grosso colpo": a bare one-word coach alias
     * that is also an ordinary word (common-words.tsv) and is capitalised only because it opens a
     * sentence is a coach only when the article names that coach elsewhere (in full, or by the
     * alias inside a sentence).
     */
    private boolean unconfirmedInitial(PhraseTrie.Match<EntityRef> m) {
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
     * followed by a capitalised word that is no team is someone else's first name. Not in title
     * case ("Spurs Sack Frank As Pressure Mounts"), where the word after that is capitalised too.
     */
    private boolean firstNameOfAnother(PhraseTrie.Match<EntityRef> m) {
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

    private boolean clauseBreakBetween(int from, int to) {
      for (int j = Math.max(from + 1, to - MAX_SCAN); j < to; j++) {
        if (t.norm[j].equals(",") || CLAUSE_WORDS.contains(t.norm[j])) {
          return true;
        }
      }
      return false;
    }

    private List<EntityRef> usable(PhraseTrie.Match<EntityRef> m) {
      final List<EntityRef> out = new ArrayList<>(m.payload().size());
      for (EntityRef r : m.payload()) {
        if (!r.needsCapital() || t.cap[m.from()]) {
          out.add(r);
        }
      }
      return out;
    }

    private Mention resolve(
        PhraseTrie.Match<EntityRef> m,
        Map<String, Integer> teamSeen,
        Map<String, Integer> lastSeen) {
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
      if (bestPerson != null
          && (bestPerson.fullName() || teamIds.isEmpty() || seenPerson != null)) {
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
        if (coach != null && prev >= 0 && COACH_WORDS.contains(t.norm[prev])) {
          return new Mention('C', coach, m.from(), m.to());
        }
      }
      if (!teamIds.isEmpty()) {
        final String team = resolveTeam(teamIds, teamSeen, m.from());
        if (team == null || partOfAnotherName(m)) {
          return null;
        }
        // "contro la Cremonese", "battuta dal PSV": an opponent is not tied to anyone's bench
        for (int j = Math.max(0, m.from() - 3); j < m.from(); j++) {
          if (OPPONENT_WORDS.contains(t.norm[j])
              || (j + 1 < m.from() && isDigits(j) && isDigits(j + 1))) {
            return new Mention('O', team, m.from(), m.to());
          }
        }
        // "pensa solo al Genoa, avversario alla ripresa", "Fulham, next opponents": an apposition
        // that makes the team an opponent
        final int a = m.to() + 1;
        if (a + 1 < t.size
            && t.norm[m.to()].equals(",")
            && (OPPONENT_APPOSITION.contains(t.norm[a])
                || ((t.norm[a].equals("prossimo") || t.norm[a].equals("next"))
                    && OPPONENT_APPOSITION.contains(t.norm[a + 1])))) {
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
            && PLACE_WORDS.contains(t.norm[prev])
            && !NATIONAL_TEAM_WORDS.contains(t.norm[m.from()])) { // "in Nazionale" is the team
          return null;
        }
        return new Mention('T', team, m.from(), m.to());
      }
      if (descriptor != null) {
        final int prev = prevWord(m.from());
        if (prev < 0 || !DESCRIPTOR_LEADS.contains(t.norm[prev]) || adjectival(m.to())) {
          return null;
        }
        final String best = descriptorCoach(m, lastSeen);
        // "il portoghese" with no Portuguese coach named: someone unknown, not the coach before
        return new Mention(best == null ? 'P' : 'C', best, m.from(), m.to());
      }
      return null;
    }

    /**
     * "a Palermo, dove Zamparini lo sollevò dall'incarico": a bare city followed by a "dove" clause
     * that ends a spell is the club of that spell, not a place.
     */
    private boolean spellEndsWhere(int k) {
      if (k + 1 >= t.size
          || !t.norm[k].equals(",")
          || t.kind[k + 1] != Tokens.WORD
          || !RELATIVE_PLACE.contains(t.norm[k + 1])) {
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
     * "Sia con De Rossi che con Juric l'ex Dortmund ha avuto poco spazio": a former-team cue led by
     * a definite article is a noun phrase of its own, the clause's subject; a coach governed by a
     * preposition just before it, with no comma between, is not the one it describes.
     */
    private boolean descriptorOfAnother(CueHit c, Mention coach) {
      final int article = prevWord(c.from());
      if (article < 0
          || !Tokens.DEFINITE_ARTICLES.contains(t.norm[article])
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
      return t.kind[before] == Tokens.WORD && PREPOSITIONS.contains(t.norm[before]);
    }

    /**
     * "considerato da Ranieri", "admired by Mourinho": a person named behind "da"/"by" right after
     * a past participle is the agent of a passive: he does the judging, a candidacy is not about
     * him.
     */
    private boolean passiveAgent(Mention m) {
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
    private boolean careerArrivalEndsAt(int k) {
      final CueHit c = cueEndAt[k];
      return c != null && c.cue().kind() == CueKind.REL && c.cue().career();
    }

    /**
     * "in Kansas City", "Atlanta United": a one-word team alias right after a capitalised word that
     * names nothing known, inside a sentence in ordinary case, is the tail of another proper name
     * (a city, another club), not the team.
     */
    private boolean partOfAnotherName(PhraseTrie.Match<EntityRef> m) {
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

    private boolean onlyDescriptors(PhraseTrie.Match<EntityRef> m) {
      final List<EntityRef> refs = usable(m);
      return !refs.isEmpty() && refs.stream().allMatch(r -> r.kind() == EntityKind.DESCRIPTOR);
    }

    /**
     * A descriptor followed by a noun it qualifies ("the Portuguese press") or by a capitalised
     * name ("the Dutchman Arne Slot", "the Italian Football Federation"): an adjective, not a
     * coach.
     */
    private boolean adjectival(int next) {
      return next < t.size
          && t.kind[next] == Tokens.WORD
          && (kb.descriptorHeads.contains(t.norm[next]) || t.cap[next]);
    }

    /** The most recently named coach a descriptor match ("livornese") can stand for, or null. */
    private String descriptorCoach(PhraseTrie.Match<EntityRef> m, Map<String, Integer> lastSeen) {
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

    private String resolveTeam(List<String> ids, Map<String, Integer> teamSeen, int at) {
      if (ids.size() == 1) {
        return ids.get(0);
      }
      // national team or market: look for "nazionale"/"ct" just before
      boolean national = false;
      for (int j = Math.max(0, at - 4); j < at; j++) {
        final String w = t.norm[j];
        if (w.equals("nazionale")
            || w.equals("ct")
            || w.equals("national")
            || w.equals("tecnico")
            || w.equals("commissario")) {
          national = true;
        }
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
        if (prev >= 0 && MARKET_PLACE_WORDS.contains(t.norm[prev])) {
          return null; // "negli Stati Uniti", "in Arabia": a place
        }
        if (market != null) {
          return market;
        }
        return nat;
      }
      return null;
    }

    /** A capitalised two- or three-word name, unknown to the KB, ending just before ", ref". */
    private int[] unknownNameBefore(int ref) {
      int j = ref - 1;
      if (j < 1 || t.kind[j] != Tokens.PUNCT || !t.norm[j].equals(",")) {
        return null;
      }
      final int end = j;
      int words = 0;
      j--;
      while (j >= 0 && t.kind[j] == Tokens.WORD && words < 3 && t.cap[j] && mentionAt[j] == null) {
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

    private boolean isCommonCapitalised(int k) {
      final String w = t.norm[k];
      return w.equals("il")
          || w.equals("la")
          || w.equals("the")
          || w.equals("lo")
          || w.equals("per");
    }

    /** Capitalised run after a coach reference that the KB does not know: an unknown coach. */
    private int[] unknownName(int k) {
      int j = k;
      int words = 0;
      while (j < t.size && words < 4 && t.kind[j] == Tokens.WORD) {
        if (t.cap[j]) {
          words++;
        } else if (!PARTICLES.contains(t.norm[j])) {
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
      if (words < 2 || j - k < 2) {
        return null;
      }
      for (int x = k; x < j; x++) {
        if (mentionAt[x] != null || ORGANISATION_WORDS.contains(t.norm[x])) {
          return null; // "the German Football Association": a body, not a person
        }
      }
      return new int[] {k, j};
    }

    private void add(Mention m) {
      mentions.add(m);
      for (int j = m.from(); j < m.to() && j < t.size; j++) {
        mentionAt[j] = m;
      }
    }

    private int nextWord(int k) {
      return k < t.size && t.kind[k] == Tokens.WORD ? k : -1;
    }

    private int prevWord(int k) {
      return k - 1 >= 0 && t.kind[k - 1] == Tokens.WORD ? k - 1 : -1;
    }

    /** "ex" or "former" at word {@code p} (false for -1, no word). */
    private boolean formerWordAt(int p) {
      return p >= 0 && (t.norm[p].equals("ex") || t.norm[p].equals("former"));
    }

    /**
     * The word before a place name, past an article ("per gli Stati Uniti", "to the United
     * States"): the preposition that makes the name a place.
     */
    private int placeWordBefore(int k) {
      final int p = prevWord(k);
      if (p >= 0 && Tokens.DEFINITE_ARTICLES.contains(t.norm[p])) {
        final int q = prevWord(p);
        return q >= 0 ? q : p;
      }
      return p;
    }

    /**
     * "contro la Fiorentina di Palladino", "against Frank's Brentford": the coach of an opponent
     * names the other bench, he is not who a cue in the sentence is about.
     */
    private boolean opponentCoach(Mention m) {
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

    /** The strength of a signal told in this sentence: lower when the sentence is hedged. */
    private double strengthOf(int sent) {
      return hedged[sent] ? HEDGED : 1.0;
    }

    private void markHedges() {
      hedged = new boolean[Math.max(1, t.sentences)];
      for (CueHit c : cues) {
        if (c.cue().kind() == CueKind.HEDGE) {
          hedged[t.sentence[c.from()]] = true;
        }
      }
    }

    // ---- binding --------------------------------------------------------------------------

    /**
     * Binds every cue to its coach and teams. What a cue cannot place on its own (a refusal, a
     * predecessor, an appointment naming no team) waits in {@link Binding} until every cue has been
     * read. Kept in small steps: one large method here was recompiled over and over by the JIT.
     */
    private void bind(
        List<Found> found,
        Map<String, Integer> free,
        Map<String, Integer> employed,
        List<Found> careerFound) {
      final Binding b = new Binding(found, free, employed, careerFound);
      for (CueHit c0 : cues) {
        bindCue(b, refusedMove(arrivalOnly(c0)));
      }
      benchInPlay(found, b.inPlay);
      passedOver(found, b.choices);
      possessives(found);
      resolveDeferred(b);
      for (CueHit c : compoundHits) {
        bindSuccessionCompound(b, c);
      }
      compoundPredecessors(b);
      companions(found);
    }

    /**
     * "Allegri è il candidato ideale, affiancato nella lista solo da Klopp", "Chelsea want Tuchel
     * ahead of Klopp": the coach a companion cue ({@link CueKind#COMPANION}) introduces is a
     * candidate for the teams the same sentence links the coach named before the cue to. The
     * companion follows the cue across prepositions, adverbs and a candidacy cue only; the coach
     * before it must be in the same clause (no contrast or relative word between).
     */
    private void companions(List<Found> found) {
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
    private Mention companionAfter(CueHit c) {
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
        if (t.kind[j] != Tokens.WORD || !COMPANION_GAP.contains(t.norm[j])) {
          return null;
        }
        j++;
      }
      return null;
    }

    /** The last coach named before a companion cue in its clause, or null. */
    private Mention leadBefore(CueHit c) {
      final int sent = t.sentence[c.from()];
      for (int j = c.from() - 1; j >= 0 && t.sentence[j] == sent; j--) {
        if (t.isHardBoundary(j)
            || (t.kind[j] == Tokens.WORD
                && (CLAUSE_WORDS.contains(t.norm[j])
                    || NAME_RELATIVES.contains(t.norm[j])
                    || PLACE_AND_TIME_RELATIVES.contains(t.norm[j])))) {
          return null;
        }
        final Mention m = mentionAt[j];
        if (m != null && m.type() == 'C') {
          return m;
        }
      }
      return null;
    }

    private void bindCue(Binding b, CueHit c) {
      final CueKind kind = c.cue().kind();
      if (kind == CueKind.FREE || kind == CueKind.EMPLOYED) {
        // "fermo", "svincolato" / "è il nuovo allenatore", "ha firmato": his employment, stated
        final Mention coach = nearestCoach(c, 8, 4, false);
        if (coach != null && coach.type() != 'P' && !negated(c)) {
          (kind == CueKind.FREE ? b.free : b.employed)
              .putIfAbsent(coach.id(), t.sentence[c.from()]);
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
        closure.linked(c.from());
      } else if (rel == Relation.REJECTED && !negated(c)) {
        closure.rejected(c.from(), c.cue().closing());
      }
      if (!c.cue().closing()) {
        bindRelation(b, c); // a closing cue only closes a candidacy told before it
      }
    }

    /**
     * "fermo dopo la retrocessione con l'Empoli", "libero dopo il Mondiale con la Spagna", "fermo
     * dall'esonero di Genova", "out of work since the relegation with Burnley": a free coach's
     * idleness dated from an event at a team names his last bench, which he has left (SACKED when
     * the event is a sacking). The team is the first one named in the cue's clause, after the word
     * that dates the idleness, before any comma, other person or other relation's cue.
     */
    private void freeSince(Binding b, CueHit c, Mention coach) {
      boolean since = SINCE_WORDS.contains(t.norm[c.to() - 1]);
      Relation rel = Relation.LEFT;
      final int sent = t.sentence[c.from()];
      for (int j = c.to(); j < t.size && j < c.to() + FREE_SINCE_REACH; j++) {
        if (t.sentence[j] != sent
            || t.kind[j] == Tokens.PUNCT
            || CLAUSE_WORDS.contains(t.norm[j])
            || CONJUNCTIONS.contains(t.norm[j])) {
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
        since |= SINCE_WORDS.contains(t.norm[j]);
      }
    }

    /**
     * A team named right before a youth or reserve side ({@link CueKind#YOUTH}: "Leeds Under-23s",
     * "the Chelsea academy"): its first team is not the one meant.
     */
    private boolean youthSide(Mention team) {
      final CueHit h = team.to() < t.size ? cueAt[team.to()] : null;
      return h != null && h.cue().kind() == CueKind.YOUTH;
    }

    /**
     * "rebuffed two approaches from the Saudi league": a candidacy cue that a refusal governs
     * reports the move refused (REJECTED), bound like the candidacy it names.
     */
    private CueHit refusedMove(CueHit c) {
      if (c.cue().kind() != CueKind.REL
          || c.cue().relation() != Relation.LINKED
          || c.cue().coachRight()
          || !governedByRefusal(c)) {
        return c;
      }
      return new CueHit(PLAIN_REJECTED, c.from(), c.to());
    }

    /**
     * A candidacy noun that is the object of a refusal just before it ("rebuffed two approaches
     * from", "rejected several offers from"): the move is the one refused, not a live candidacy.
     */
    private boolean governedByRefusal(CueHit c) {
      for (int j = c.from() - 1; j >= 0 && j >= c.from() - REFUSED_OBJECT_REACH; j--) {
        if (t.kind[j] != Tokens.WORD) {
          return false;
        }
        final CueHit before = cueEndAt[j];
        if (before != null) {
          return before.cue().kind() == CueKind.REL
              && before.cue().relation() == Relation.REJECTED
              && !before.cue().closing()
              && !negated(before);
        }
      }
      return false;
    }

    /**
     * A cue that picks one name out of a list told just before ("le alternative sono già sul
     * tavolo. La prima è X"): the coach named right after it is a candidate for the bench the
     * sentence before links its candidates to; without such a candidacy it says nothing.
     */
    private void bindListed(Binding b, CueHit c) {
      final Mention coach = nearestCoach(c, 0, 3, false);
      if (coach == null || coach.type() != 'C' || coach.from() < c.to()) {
        return;
      }
      final int sent = t.sentence[c.from()];
      final Set<String> teams = new java.util.LinkedHashSet<>();
      // found grows in text order: look back only over the sentence before
      for (int i = b.found.size() - 1; i >= 0 && b.found.get(i).sentence() >= sent - 1; i--) {
        final Found f = b.found.get(i);
        if (f.relation() == Relation.LINKED && f.sentence() == sent - 1) {
          teams.add(f.team());
        }
      }
      for (String team : teams) {
        b.found.add(new Found(coach.id(), team, Relation.LINKED, strengthOf(sent), sent));
      }
    }

    /**
     * "il dopo-Gasperini", "il post-Ancelotti": the coach joined to the cue is the one whose
     * succession the sentence is about; placed after the loop ({@link #compoundPredecessors}).
     */
    private void bindSuccessionCompound(Binding b, CueHit c) {
      final Mention coach = c.to() < t.size ? mentionAt[c.to()] : null;
      if (coach != null && coach.type() == 'C' && coach.from() == c.to()) {
        final int sent = t.sentence[c.from()];
        b.compounds.add(new Found(coach.id(), null, c.cue().relation(), strengthOf(sent), sent));
        b.compoundAt.add(c.from());
      }
    }

    /**
     * "per il dopo-Gasperini la Dea aveva puntato su Juric": when the same sentence tells a
     * successor chosen or appointed, the coach of the compound has left that bench. A succession
     * only planned ("prima scelta per il dopo-Tudor") says nothing: he may still hold it.
     */
    private void compoundPredecessors(Binding b) {
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
    private String successorsBench(Binding b, String predecessor, int sent, int at) {
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

    /** Teams named in the clause around token {@code at}, between hard boundaries. */
    private Set<String> teamsInClause(int at) {
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

    /**
     * A time pointing to the past ({@link CueKind#PAST}) within a few words of the cue, in its
     * clause: "sulla graticola un anno fa", "under pressure last season".
     */
    private boolean pastTimeNear(CueHit c) {
      final int sent = t.sentence[c.from()];
      final int lo = Math.max(0, c.from() - PAST_REACH);
      final int hi = Math.min(t.size, c.to() + PAST_REACH);
      for (int j = lo; j < hi; j++) {
        final CueHit h = cueAt[j];
        if (h == null || h.cue().kind() != CueKind.PAST || t.sentence[j] != sent) {
          continue;
        }
        final int from = h.from() < c.from() ? h.to() : c.to();
        final int to = h.from() < c.from() ? c.from() : h.from();
        if (to - from <= 6 && !clauseEndBetween(from, to)) {
          return true;
        }
      }
      return false;
    }

    private boolean clauseEndBetween(int from, int to) {
      for (int j = from; j < to; j++) {
        if (t.isHardBoundary(j) || t.norm[j].equals(",")) {
          return true;
        }
      }
      return false;
    }

    private void bindRelation(Binding b, CueHit c) {
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
      if ((rel == Relation.AT_RISK || rel == Relation.LEAVING) && pastTimeNear(c)) {
        return; // "finito sulla graticola un anno fa": a danger past, no current bench
      }
      final boolean pending = c.cue().chosen() && (modal(c) || wished(c));
      if (pending) {
        rel = Relation.LINKED; // "Leeds could opt for X": a candidate, not a choice made
      }
      if (c.cue().chosen() && respectively(c)) {
        // "hanno scelto rispettivamente A e B": the pairing is beyond these rules, but each team
        // named has chosen, so the candidates linked to it are passed over
        choicesOfEach(b, c);
        return;
      }
      final Relation relation = rel;
      final int sent = t.sentence[c.from()];
      final double strength = strengthOf(sent);
      if (c.cue().chosen() && coachChoosesTeam(b, c, relation, strength)) {
        return;
      }
      final List<Mention> teams = cueTeams(c, relation);
      if (teams == null) {
        return;
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
        bindToTeams(b, c, relation, coaches, teams, strength, sent);
      } else if ((relation == Relation.LEFT || relation == Relation.REJECTED)
          && c.cue().coachRight()) {
        bindSuccession(b, c, relation, coach, coaches, strength, sent);
      } else if (relation == Relation.AGREED) {
        bindUnplacedAppointment(b, c, coach, coaches, strength, sent);
      } else if (relation == Relation.LEFT) {
        // "Brentford have agreed compensation for the Dane, who leaves after seven years": the
        // spell that ends is at the team the sentence is about (its subject)
        Mention subject = sentenceSubjectTeam(c, true);
        if (subject == null && c.cue().club() && topicTeam != null) {
          // "torna al settore giovanile X": the first team he leaves is the article's club
          subject = new Mention('T', topicTeam, c.from(), c.to());
        }
        if (subject != null) {
          addAll(b.found, coaches, subject.id(), relation, strength, sent);
        }
      } else {
        bindTeamless(b, c, relation, coaches, strength, sent);
      }
      if (relation == Relation.AGREED) {
        replacedInSequence(b.found, before, coaches);
      }
    }

    /**
     * "ha affidato la panchina prima a X e poi a Y": of appointments told in sequence, all but the
     * last were replaced by the next one, so their spells at the bench have ended (LEFT).
     */
    private void replacedInSequence(List<Found> found, int from, List<Mention> coaches) {
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

    private boolean thenWord(int k) {
      return k >= 0 && THEN_WORDS.contains(t.norm[k]);
    }

    /** "prima X", "prima a X": the first item of a sequence. */
    private boolean sequenceOpens(Mention first) {
      final int p = prevWord(first.from());
      if (p >= 0 && CHAIN_PREPOSITIONS.contains(t.norm[p])) {
        final int q = prevWord(p);
        return q >= 0 && t.norm[q].equals("prima");
      }
      return p >= 0 && t.norm[p].equals("prima");
    }

    /** The teams a cue binds, or null when the cue binds nothing. */
    private List<Mention> cueTeams(CueHit c, Relation relation) {
      slotUnresolved = false;
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
        return null; // "a former Leeds Under-23s coach": a youth side, not the first team's bench
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

    /** The coach a cue is about, or null when it names none; a choice it reports is noted. */
    private Mention cueCoach(
        Binding b,
        CueHit c,
        Relation relation,
        List<Mention> teams,
        boolean wished,
        boolean pending,
        double strength) {
      final boolean tight = c.cue().relation() == Relation.AGREED;
      Mention coach = c.cue().coachRight() ? null : appositionSubject(c);
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
          && !ARRIVAL_WORDS.contains(t.norm[c.from()])) {
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
      }
      return coach;
    }

    private void bindToTeams(
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
          b.found.add(new Found(co.id(), tm.id(), relation, strength, sent));
        }
      }
    }

    /**
     * "il tecnico croato è stato preferito a X": X is turned down by the bench the preferred coach
     * (named before the cue) takes, as for a predecessor. "raccoglie l'eredità di X", "al posto di
     * X", "he replaces X": X left the bench the successor (named before the cue) now holds, else
     * the bench the article is about.
     */
    private void bindSuccession(
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
     * "la Juventus ha esonerato X e ha affidato la guida a Y": the appointment is made by the team
     * that is the subject of the sentence, when the coach is the cue's object.
     */
    private void bindUnplacedAppointment(
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
     * Whether sentence {@code sent} names no team and tells a succession with a compound joined to
     * a coach ("il post-Ancelotti", "il dopo-Gasperini").
     */
    private boolean successionIn(int sent) {
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
    private Mention returnedTo(CueHit c) {
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

    /**
     * "Pirlo ha scelto la Sampdoria": a choice cue whose subject is a named coach and whose object
     * is a team reports the coach's move (AGREED; LINKED when only possible), not a team's choice.
     */
    private boolean coachChoosesTeam(Binding b, CueHit c, Relation relation, double strength) {
      int k = c.to();
      while (k < t.size
          && t.kind[k] == Tokens.WORD
          && Tokens.DEFINITE_ARTICLES.contains(t.norm[k])) {
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
    private void choicesOfEach(Binding b, CueHit c) {
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
    }

    /**
     * A cue naming no team, neither a departure nor an appointment: placed now or after the loop.
     */
    private void bindTeamless(
        Binding b, CueHit c, Relation r, List<Mention> coaches, double strength, int sent) {
      Mention left = teamLeftInSentence(c, false);
      final List<String> both = left == null ? bothTeams(sent) : List.of();
      if (!both.isEmpty()) {
        // "Both clubs had considered X": the two clubs the sentence before named
        for (String team : both) {
          addAll(b.found, coaches, team, r, strength, sent);
        }
        return;
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

    /**
     * "Everton hired him that summer ..., but he was dismissed in 2016": an ending that names no
     * team ends the spell the same sentence told him starting, or null when it told none (or more
     * than one).
     */
    private String hiredEarlier(Binding b, String coach, int sent) {
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
     * The two clubs a plural reference ({@link CueKind#TEAMS}: "both clubs", "i due club") in
     * sentence {@code sent} stands for: the last two named in the sentence before, past a team
     * named as someone's past ("former Denmark coach"). Empty when there is no such reference or
     * not exactly two such clubs.
     */
    private List<String> bothTeams(int sent) {
      if (sent == 0) {
        return List.of();
      }
      return bothTeams.computeIfAbsent(sent, this::twoTeamsBefore);
    }

    private List<String> twoTeamsBefore(int sent) {
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

    private static void addAll(
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
    private void resolveDeferred(Binding b) {
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
      final Set<String> benches = new java.util.HashSet<>();
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

    /**
     * A predecessor left the bench his successor holds, takes, or took ("arrivato al posto di").
     */
    private void resolveInherited(Binding b, Map<String, String> currentTeam) {
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
     * the arrival's sentence gives him, else the one the sentence before does, else the one he
     * holds or, failing that, lost, else the one he is moving to.
     */
    private String arrivalBench(
        Binding b,
        Map<String, String> currentTeam,
        Map<String, String> heldTeam,
        Map<String, String> nextTeam,
        String successor,
        int sent) {
      String team = benchInSentence(b.found, successor, sent);
      for (Found g : b.teamless) {
        if (team == null
            && g.sentence() == sent
            && g.coach().equals(successor)
            && (g.relation() == Relation.SACKED
                || g.relation() == Relation.AT_RISK
                || g.relation() == Relation.LEAVING)) {
          // "il club ha esonerato X, arrivato per sostituire Y": the bench his dismissal names
          team = currentTeam.getOrDefault(successor, recentTeam.getOrDefault(sent, topicTeam));
        }
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
     * several ("l'ex tecnico di A e B, arrivato per sostituire Y") only the one he holds, else
     * null.
     */
    private static String benchInSentence(List<Found> found, String successor, int sent) {
      String held = null;
      final Set<String> benches = new java.util.HashSet<>();
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
    private Set<String> endedSpells(List<Found> found) {
      final Set<String> ended = new java.util.HashSet<>();
      for (Found g : found) {
        if (g.relation().endsSpell()) {
          ended.add(g.coach() + '|' + g.team());
        }
      }
      return ended;
    }

    /**
     * A cue that holds only after an arrival ("arrived in 2022 to replace X") is, without one, a
     * candidacy for the bench ("Leeds want Y to replace X"): a plain LINKED cue.
     */
    private CueHit arrivalOnly(CueHit c) {
      if (!c.cue().arrival() || arrivalBefore(c)) {
        return c;
      }
      return new CueHit(PLAIN_LINKED, c.from(), c.to());
    }

    /**
     * Adds to a past spell's teams the further items of the career list it opens, past their asides
     * ({@link CareerHistory#listTail}); the list stops at another person or at a cue of a relation
     * that does not end a spell.
     */
    private void careerListTail(List<Mention> teams) {
      final Mention last = teams.get(teams.size() - 1);
      final int[] items =
          CareerHistory.listTail(
              t,
              last.from(),
              last.to(),
              k -> teamStartsAt(k) ? mentionAt[k].to() : -1,
              k ->
                  // a pronoun in an item's aside ("where he was sacked") is the list's coach
                  (mentionAt[k] != null && isPerson(mentionAt[k]) && mentionAt[k].type() != 'I')
                      || (cueAt[k] != null
                          && cueAt[k].cue().kind() == CueKind.REL
                          && !cueAt[k].cue().relation().endsSpell()));
      for (int k : items) {
        final Mention m = mentionAt[k];
        if (teams.stream().noneMatch(x -> x.id().equals(m.id()))) {
          teams.add(m);
        }
      }
    }

    /**
     * "Poi il Trapani, portato in B", "Wigan came next": a stage of a career told as a sequence is
     * a past bench of the coach the passage is about (named in the sentence, else just before).
     */
    private void careerStage(CueHit c, List<Found> careerFound) {
      final List<Mention> teams = teamsFor(c);
      if (teams.isEmpty()) {
        return;
      }
      careerListTail(teams);
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
          careerFound.add(
              new Found(coach.id(), tm.id(), c.cue().relation(), strengthOf(sent), sent));
        }
      }
    }

    /**
     * The coach a portrait is about: the one named most often in the article, when no other is
     * named as often. A career stage in a sentence naming nobody, far from his last name ("Il
     * rilancio arrivò a Benevento"), is still his.
     */
    private Mention portraitCoach() {
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
    private boolean namesPerson(int sent) {
      for (int j = t.sentenceStart[sent]; j < t.sentenceStart[sent + 1]; j++) {
        final Mention m = mentionAt[j];
        if (m != null && (m.type() == 'C' || m.type() == 'P' || m.type() == 'I')) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Leeds considered Silva but opted for Dyche", "il Tottenham gli aveva preferito Frank", "the
     * board went with Dyche instead": the team that chose (the subject before the cue, else the
     * team of this or the previous sentence, else the article's topic), the coach chosen, and the
     * people passed over that the sentence names (a pronoun inside the cue, "X over him").
     */
    private Choice choice(CueHit c, List<Mention> teams, Mention chosen, double strength) {
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
     * A team's choice turns down the others: the people it names as passed over, and every coach
     * linked to that team up to the choice's sentence.
     */
    private void passedOver(List<Found> found, List<Choice> choices) {
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
     * The cue is a verb coordinated with an earlier one of the same sentence ("... and hired", "...
     * e ha scelto"): a conjunction just before it, past auxiliaries, after a named coach.
     */
    private boolean coordinatedVerb(CueHit c) {
      int j = prevWord(c.from());
      while (j >= 0 && AUXILIARIES.contains(t.norm[j])) {
        j = prevWord(j);
      }
      if (j < 1 || !CONJUNCTIONS.contains(t.norm[j])) {
        return false;
      }
      final Mention before = mentionAt[j - 1];
      return before != null && before.type() == 'C';
    }

    /**
     * A conditional governs the cue: "should X decide to step down", "if X leaves", "se X dovesse
     * lasciare", "qualora X lasciasse" (a conditional word within six words before it, in its
     * clause).
     */
    private boolean conditional(CueHit c) {
      for (int j = c.from() - 1; j >= 0 && j >= c.from() - 6; j--) {
        if (t.kind[j] != Tokens.WORD) {
          return false;
        }
        final String w = t.norm[j];
        if (w.equals("if")
            || w.equals("should")
            || w.equals("unless")
            || w.equals("se")
            || w.equals("qualora")
            || w.equals("dovesse")) {
          return true;
        }
      }
      return false;
    }

    /** "che hanno scelto rispettivamente A e B", "who chose A and B respectively". */
    private boolean respectively(CueHit c) {
      final int sent = t.sentence[c.from()];
      for (int j = c.to(); j < t.size && j < c.to() + 8 && t.sentence[j] == sent; j++) {
        if (t.norm[j].equals("rispettivamente") || t.norm[j].equals("respectively")) {
          return true;
        }
      }
      return false;
    }

    /**
     * The bench in play for an appointment that names no team: the article's topic team when
     * another coach left, lost or is losing its bench, else the team whose bench that happens in
     * this or the previous sentence; never a team the appointed coach has another tie to.
     */
    private void benchInPlay(List<Found> found, List<Found> inPlay) {
      for (Found f : inPlay) {
        String team = null;
        int at = -1;
        boolean topicVacated = false;
        final Set<String> own = new java.util.HashSet<>();
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

    /** A modal before the cue ("could opt for", "potrebbe puntare su"): a choice not yet made. */
    private boolean modal(CueHit c) {
      for (int j = c.from() - 1; j >= 0 && j >= c.from() - 3; j--) {
        if (t.kind[j] != Tokens.WORD) {
          return false;
        }
        if (MODALS.contains(t.norm[j])) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Dyche replaces Silva at Everton", "prende il posto di Zanetti al Sassuolo", "succeeds Silva
     * as Everton manager": the bench named right after a successor cue's object.
     */
    private Mention teamAfterObject(Mention object) {
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
          return m.type() == 'T' && j > object.to() && AT_WORDS.contains(t.norm[m.from() - 1])
                  || m.type() == 'T' && j > object.to() && t.norm[m.from() - 1].equals("as")
              ? m
              : null;
        }
      }
      return null;
    }

    /**
     * A team earlier in the cue's sentence, across colons ("Juve, fuori: la panchina di Motta
     * traballa").
     */
    private Mention teamLeftInSentence(CueHit c, boolean acrossBut) {
      final int sent = t.sentence[c.from()];
      final int stop = Math.max(0, c.from() - MAX_SCAN);
      for (int j = c.from() - 1; j >= stop && t.sentence[j] == sent; j--) {
        if (!acrossBut && CLAUSE_WORDS.contains(t.norm[j]) || t.norm[j].equals(";")) {
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
                || closedRelative(m, c))) {
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
     * The team that opens the cue's sentence as its subject ("La Juventus ha ...", "Juventus,
     * ..."), or null: the first mention of the sentence must be that team, within its first four
     * tokens; when {@code alone}, no other team may be named between it and the cue.
     */
    private Mention sentenceSubjectTeam(CueHit c, boolean alone) {
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

    /** Whether another team is named in [from, to): the subject's reach ends there. */
    private boolean teamBetween(int from, int to) {
      for (int j = Math.max(from, to - MAX_SCAN); j < to; j++) {
        if (mentionAt[j] != null && (mentionAt[j].type() == 'T' || mentionAt[j].type() == 'O')) {
          return true;
        }
      }
      return false;
    }

    /** "X, arrivato a marzo al posto di Y": the sentence tells the arrival before the cue. */
    private boolean arrivalBefore(CueHit c) {
      final int sent = t.sentence[c.from()];
      for (int j = Math.max(t.sentenceStart[sent], c.from() - 12); j < c.from(); j++) {
        final String w = t.norm[j];
        if (ARRIVAL_WORDS.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * "le candidature: A, appena separatosi dal Genoa; B, esonerato in aprile; e C": a cue that
     * announces a list after a colon is about every item, each item opening with a coach and ending
     * with a semicolon. Null unless at least two items open with a named coach.
     */
    private List<Mention> colonList(CueHit c) {
      final int sent = t.sentence[c.from()];
      final int end = Math.min(t.sentenceStart[sent + 1], c.to() + 2 * MAX_SCAN);
      int j = c.to();
      while (j < end && j < c.to() + 8 && !t.isHardBoundary(j)) {
        if (mentionAt[j] != null && isPerson(mentionAt[j])) {
          return null;
        }
        j++;
      }
      if (j >= end || !t.norm[j].equals(":")) {
        return null;
      }
      final List<Mention> out = new ArrayList<>(3);
      int head = j + 1;
      while (head < end) {
        if (head < end && t.kind[head] == Tokens.WORD && CONJUNCTIONS.contains(t.norm[head])) {
          head++;
        }
        if (head >= end || mentionAt[head] == null || mentionAt[head].type() != 'C') {
          return out.size() >= 2 ? out : null;
        }
        out.add(mentionAt[head]);
        int k = mentionAt[head].to();
        while (k < end && !t.norm[k].equals(";")) {
          if (t.isHardBoundary(k)) {
            return out.size() >= 2 ? out : null;
          }
          k++;
        }
        head = k + 1;
      }
      return out.size() >= 2 ? out : null;
    }

    /**
     * The team of the latest LINKED signal found so far for the coach, in this sentence or the
     * previous one, or null.
     */
    private String lastLinked(List<Found> found, String coach, int sent) {
      for (int i = found.size() - 1; i >= 0; i--) {
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
     * "Sono diverse le squadre che hanno pensato a lui", "several clubs are interested": the
     * sentence is about unnamed teams, so its team-less cues are not about the topic team.
     */
    private boolean genericTeams(int sent) {
      final int end = Math.min(t.sentenceStart[sent + 1], t.sentenceStart[sent] + 4 * MAX_SCAN);
      for (int j = t.sentenceStart[sent] + 1; j < end; j++) {
        if (TEAM_NOUNS.contains(t.norm[j])
            && (QUANTIFIERS.contains(t.norm[j - 1])
                || (j >= 2
                    && ARTICLES.contains(t.norm[j - 1])
                    && QUANTIFIERS.contains(t.norm[j - 2])))) {
          return true; // "diverse squadre", "sono diverse le squadre"
        }
        if (TEAM_NOUNS.contains(t.norm[j - 1]) && QUANTIFIERS.contains(t.norm[j])) {
          return true; // "squadre diverse"
        }
      }
      return false;
    }

    /**
     * A stay cue phrased as a preference or a decision: "ha preferito restare", "ha scelto di
     * restare", "opted to remain at".
     */
    private boolean prefersToStay(CueHit c) {
      boolean prefer = false;
      boolean stay = false;
      for (int j = c.from(); j < c.to(); j++) {
        final String w = t.norm[j];
        prefer |=
            w.startsWith("prefer")
                || w.startsWith("opt")
                || w.startsWith("decid")
                || w.equals("deciso")
                || w.equals("scelto")
                || w.equals("chose")
                || w.equals("chosen");
        stay |=
            w.equals("restare") || w.equals("rimanere") || w.equals("stay") || w.equals("remain");
      }
      return prefer && stay;
    }

    /**
     * "Simone Inzaghi, ora all'Al-Hilal", "Thiago Motta, now at Juventus": an apposition placing
     * the coach at a team today names his current team.
     */
    private void nowAt(Mention coach, List<Found> found) {
      final int k = coach.to();
      if (k + 3 >= t.size
          || !t.norm[k].equals(",")
          || !NOW_WORDS.contains(t.norm[k + 1])
          || !AT_WORDS.contains(t.norm[k + 2])) {
        return;
      }
      final Mention team = mentionAt[k + 3];
      if (team != null && team.type() == 'T' && team.from() == k + 3) {
        final int sent = t.sentence[coach.from()];
        found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
      }
    }

    /** "c'è", "ci sono", "c'era", "ci sarebbe" at token k (two words). */
    private boolean existential(int k) {
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

    /** "l'ex Lazio", "former Chelsea": a team named as someone's past. */
    private boolean formerTeam(Mention team) {
      return formerWordAt(prevWord(team.from()));
    }

    /**
     * "l'ex Lazio", "the former Tottenham manager": a team named as someone's past takes only a cue
     * that ends a spell; "in bilico", "under scrutiny", "nel mirino" are about another bench.
     */
    private boolean pastOnly(Mention team, CueHit c) {
      return formerTeam(team) && !c.cue().relation().endsSpell();
    }

    /**
     * "Oliver Glasner, whose contract at Crystal Palace runs out, is admired by United", "Baroni,
     * il cui futuro alla Lazio è appeso a un filo, piace alla Fiorentina": a team inside a relative
     * clause set off by commas after a person belongs to that clause; a cue after the clause has
     * closed does not reach into it. A move cue does not reach into any such apposition either
     * ("Xavi, out of work since leaving Barcelona, has been mentioned"): it names his own club.
     */
    private boolean closedRelative(Mention team, CueHit c) {
      return closedApposition(team, c, true) || (moveCue(c) && closedApposition(team, c, false));
    }

    /** A cue about a move (LINKED, AGREED, REJECTED), not about the bench he holds. */
    private boolean moveCue(CueHit c) {
      final Relation r = c.cue().relation();
      return r == Relation.LINKED || r == Relation.AGREED || r == Relation.REJECTED;
    }

    /**
     * The team lies in an apposition set off by commas after a person that has closed before the
     * cue; with {@code relative}, only a relative clause ("X, whose ...", "X, che ...").
     */
    private boolean closedApposition(Mention team, CueHit c, boolean relative) {
      final int sent = t.sentence[team.from()];
      int open = -1;
      for (int j = team.from() - 1; j >= 0 && j >= team.from() - 14 && t.sentence[j] == sent; j--) {
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
            && !(j + 1 < t.size && CLAUSE_CONTINUATIONS.contains(t.norm[j + 1]))) {
          return true; // not "..., prima di essere esonerato": that clause goes on
        }
      }
      return false;
    }

    /**
     * "the former United midfielder", "l'ex Juve capitano": after "former"/"ex" a team followed by
     * a player's or a director's role is a past that ends no bench.
     */
    private boolean playingPast(Mention team, PhraseTrie<Cue> refTrie) {
      final int k = team.to();
      if (k >= t.size || t.kind[k] != Tokens.WORD) {
        return false;
      }
      if (PLAYER_PLURALS.contains(t.norm[k])) {
        return true;
      }
      final PhraseTrie.Match<Cue> m = refTrie == null ? null : refTrie.longestAt(t, k, null);
      return m != null && m.payload().get(0).kind() == CueKind.PERSONREF;
    }

    /**
     * "l'ex centrocampista di Arsenal, Barcellona e Chelsea", "the former Dortmund and Real Madrid
     * midfielder": a team in a list that names someone's playing (or directing) past, the role
     * before the list or after it, is no bench for any cue.
     */
    private boolean playingPastList(Mention team, PhraseTrie<Cue> refTrie) {
      Mention first = team;
      Mention last = team;
      for (int j = team.from() - 1; j >= 0 && team.from() - j <= MAX_SCAN && listLink(j); j--) {
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

    /** A token that links teams in a list: a team, a comma, "e"/"and". */
    private boolean listLink(int j) {
      return (mentionAt[j] != null && mentionAt[j].type() == 'T')
          || (t.kind[j] == Tokens.PUNCT && t.norm[j].equals(","))
          || (t.kind[j] == Tokens.WORD && CONJUNCTIONS.contains(t.norm[j]));
    }

    /** "Como's Cesc Fàbregas": the team names whose coach he is, not where a cue points. */
    private boolean possessiveOfCoach(Mention team) {
      final int j = team.to();
      return j + 1 < t.size
          && t.kind[j] == Tokens.WORD
          && t.norm[j].equals("s")
          && mentionAt[j + 1] != null
          && mentionAt[j + 1].type() == 'C';
    }

    private boolean teamRightAfter(CueHit c, int max) {
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

    private boolean sentenceHasTeam(int sent) {
      final int end = Math.min(t.sentenceStart[sent + 1], t.sentenceStart[sent] + 4 * MAX_SCAN);
      for (int j = t.sentenceStart[sent]; j < end; j++) {
        if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
          return true;
        }
      }
      return false;
    }

    /** The last team named in the sentence before the cue's, if any. */
    private Mention teamInPreviousSentence(CueHit c) {
      final int sent = t.sentence[c.from()];
      if (sent == 0) {
        return null;
      }
      final int from =
          Math.max(t.sentenceStart[Math.max(0, sent - 2)], t.sentenceStart[sent] - MAX_SCAN);
      for (int j = t.sentenceStart[sent] - 1; j >= from; j--) {
        if (mentionAt[j] != null && mentionAt[j].type() == 'T') {
          return mentionAt[j];
        }
      }
      return null;
    }

    /** The most mentioned team of the article (first on ties), the topic of team-less cues. */
    private String computeTopicTeam() {
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

    /** "la Dea di Gasperini", "Sporting's Rúben Amorim": the team's current coach. */
    private void possessives(List<Found> found) {
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
        while (r < t.size
            && roles < 3
            && t.kind[r] == Tokens.WORD
            && ROLE_WORDS.contains(t.norm[r])) {
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
    private void teamCoachReference(Mention team, List<Found> found) {
      final int p = prevWord(team.from());
      final int r = team.to();
      if (p < 0 || !t.norm[p].equals("the") || r >= t.size || !ROLE_WORDS.contains(t.norm[r])) {
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
    private void whoseSide(Mention team, List<Found> found) {
      final int p = prevWord(team.from());
      final int n = team.to();
      int whose = -1;
      if (p >= 0 && t.norm[p].equals("whose") && n < t.size && SIDE_WORDS.contains(t.norm[n])) {
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

    /** A wish or search verb governs the cue ("vorrebbe avere il nuovo allenatore"). */
    private boolean wished(CueHit c) {
      for (int j = c.from() - 1; j >= 0 && j >= c.from() - WISH_WINDOW; j--) {
        if (t.kind[j] != Tokens.WORD) {
          return false;
        }
        if (WISH_WORDS.contains(t.norm[j])) {
          return true;
        }
      }
      return false;
    }

    private boolean negated(CueHit c) {
      if (SINCE_WORDS.contains(t.norm[c.from()])) {
        return false; // "has not worked since leaving Benfica": the negation is the main verb's
      }
      for (int j = c.from() - 1; j >= 0 && j >= c.from() - NEG_WINDOW; j--) {
        if (t.kind[j] != Tokens.WORD) {
          return false;
        }
        final CueHit h = cueAt[j];
        if (h != null && h.cue().kind() == CueKind.NEG) {
          return true;
        }
      }
      return false;
    }

    private List<Mention> teamsFor(CueHit c) {
      final int sent = t.sentence[c.from()];
      final List<Mention> out = new ArrayList<>(2);
      final Mention antecedent = spellAntecedent(c);
      if (antecedent != null) {
        out.add(antecedent);
        return out;
      }
      // right of the cue first ("tecnico del Milan", "nel mirino della Roma")
      int words = 0;
      boolean object = false;
      slotUnresolved = false;
      for (int j = c.to(); j < t.size && t.sentence[j] == sent && words < TEAM_RIGHT; j++) {
        if (t.isHardBoundary(j) || CLAUSE_WORDS.contains(t.norm[j])) {
          break;
        }
        if (j <= c.to() + 1 && unresolvedTeam[j]) {
          // "l'esonero di Genova": the slot holds a team context cannot resolve; another team in
          // the sentence is not the one meant
          slotUnresolved = true;
          return out;
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
          return out;
        }
        if (m != null && m.type() == 'C' && j > c.to() + 1) {
          break;
        }
        if (j > c.to() && cueAt[j] != null && cueAt[j].cue().kind() == CueKind.REL) {
          break;
        }
        words++;
      }
      words = 0;
      boolean relative = false;
      for (int j = c.from() - 1; j >= 0 && t.sentence[j] == sent && words < TEAM_LEFT; j--) {
        if (t.isHardBoundary(j) || CLAUSE_WORDS.contains(t.norm[j])) {
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
        relative |= t.kind[j] == Tokens.WORD && RELATIVE_PLACE.contains(t.norm[j]);
        words++;
      }
      return out;
    }

    /**
     * "appointed former Denmark coach Kasper Hjulmand as Erik ten Hag's successor": a former team
     * that introduces a coach, with another coach named between him and the cue, is the first
     * coach's past; the cue about the second does not reach it.
     */
    private boolean pastOfAnotherCoach(Mention team, CueHit c) {
      if (!formerTeam(team)) {
        return false;
      }
      int k = team.to();
      for (int n = 0; n < 2 && k < c.from() && ROLE_WORDS.contains(t.norm[k]); n++) {
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
    private boolean subjectAfterComma(int j) {
      if (t.kind[j] != Tokens.PUNCT || !t.norm[j].equals(",") || j + 1 >= t.size) {
        return false;
      }
      int k = j + 1;
      if (t.kind[k] == Tokens.WORD && ARTICLES_BEFORE_SUBJECT.contains(t.norm[k])) {
        k++;
      }
      final Mention m = k < t.size ? mentionAt[k] : null;
      return m != null
          && m.type() == 'T'
          && m.from() == k
          && m.to() < t.size
          && t.sentence[m.to()] == t.sentence[j]
          && t.kind[m.to()] == Tokens.WORD
          && SUBJECT_VERBS.contains(t.norm[m.to()]);
    }

    /**
     * "dopo quelli", "after the one", "following those" at {@code j}: earlier events of the kind a
     * cue names, told by a pronoun; the index after the pronoun, else {@code j}.
     */
    private int earlierOnes(int j) {
      if (j + 1 >= t.size
          || t.kind[j] != Tokens.WORD
          || !SINCE_WORDS.contains(t.norm[j])
          || t.sentence[j + 1] != t.sentence[j]) {
        return j;
      }
      int k = j + 1;
      if (t.norm[k].equals("the") && k + 1 < t.size && t.norm[k + 1].equals("one")) {
        return k + 2;
      }
      return EARLIER_PRONOUNS.contains(t.norm[k]) ? k + 1 : j;
    }

    /** A comma followed by a conjunction at {@code j}: the next item of a coordination opens. */
    private boolean coordinateItem(int j) {
      return t.kind[j] == Tokens.PUNCT
          && t.norm[j].equals(",")
          && j + 1 < t.size
          && t.kind[j + 1] == Tokens.WORD
          && CONJUNCTIONS.contains(t.norm[j + 1]);
    }

    /**
     * "Bayer Leverkusen, where he was sacked", "al City, che lo esonerò": a cue ending a spell
     * inside a relative clause is about the team the clause hangs on ({@link CareerHistory}).
     */
    private Mention spellAntecedent(CueHit c) {
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

    /** A team mention starts at token {@code k}. */
    private boolean teamStartsAt(int k) {
      return mentionAt[k] != null && mentionAt[k].type() == 'T' && mentionAt[k].from() == k;
    }

    private List<Mention> teamsLeftOnly(CueHit c) {
      final int sent = t.sentence[c.from()];
      final List<Mention> out = new ArrayList<>(2);
      int words = 0;
      for (int j = c.from() - 1; j >= 0 && t.sentence[j] == sent && words < TEAM_LEFT; j--) {
        if (t.isHardBoundary(j) || CLAUSE_WORDS.contains(t.norm[j])) {
          break;
        }
        final Mention m = mentionAt[j];
        if (m != null && m.type() == 'T' && (formerRole(m) || closedParenthetical(m, c))) {
          // "l'ex tecnico del Leicester raccoglie l'eredità di X": the successor's past bench
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
     * "X, esonerato ad aprile con le Foxes, raccoglie l'eredità di Y": a team inside an aside set
     * off by commas that has closed before the cue, the cue's clause being the main one (no
     * relative word between the closing comma and the cue: "all'Al Sadd, dove ha sostituito Y"
     * keeps its team).
     */
    private boolean closedParenthetical(Mention team, CueHit c) {
      int close = -1;
      for (int j = team.to(); j < c.from(); j++) {
        if (t.kind[j] == Tokens.PUNCT) {
          if (!t.norm[j].equals(",") || close >= 0) {
            return false;
          }
          close = j;
        } else if (close >= 0
            && (NAME_RELATIVES.contains(t.norm[j]) || RELATIVE_PLACE.contains(t.norm[j]))) {
          return false;
        }
      }
      if (close < 0) {
        return false;
      }
      for (int j = team.from() - 1; j >= 0 && j >= team.from() - 10; j--) {
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
    private boolean formerRole(Mention team) {
      int p = prevWord(team.from());
      if (p >= 0 && CareerHistory.isGenitive(t.norm[p])) {
        p = prevWord(p);
      }
      for (int n = 0; p >= 0 && n < 2 && ROLE_WORDS.contains(t.norm[p]); n++) {
        p = prevWord(p);
      }
      return formerWordAt(p);
    }

    private void chainTeamsLeft(Mention first, List<Mention> out) {
      int j = first.from() - 1;
      Mention last = first;
      while (j >= 0 && last.from() - j <= 2 && out.size() < MAX_LIST) {
        final Mention m = mentionAt[j];
        if (m != null && m != last) {
          if (m.type() != 'T') {
            return;
          }
          if (!out.contains(m)) {
            out.add(m);
          }
          last = m;
          j = m.from() - 1;
          continue;
        }
        if (t.kind[j] == Tokens.WORD && !LEFT_CHAIN_WORDS.contains(t.norm[j])
            || t.kind[j] == Tokens.PUNCT && !t.norm[j].equals(",")) {
          return;
        }
        j--;
      }
    }

    private void chainTeams(Mention first, List<Mention> out) {
      int j = first.to();
      Mention last = first;
      // "il Venezia e l'Empoli", "Everton, Watford and Hull": up to a conjunction and an article
      while (j < t.size && j - last.to() <= 3 && out.size() < MAX_LIST) {
        final Mention m = mentionAt[j];
        if (m != null && m != last) {
          if (m.type() != 'T') {
            return;
          }
          if (!out.contains(m)) {
            out.add(m);
          }
          last = m;
          j = m.to();
          continue;
        }
        // an article only after a conjunction ("e l'Empoli"; ", il Milan" opens a new clause)
        final boolean article =
            t.kind[j] == Tokens.WORD
                && (Tokens.DEFINITE_ARTICLES.contains(t.norm[j]) || ARTICULATED.contains(t.norm[j]))
                && j > 0
                && CONJUNCTIONS.contains(t.norm[j - 1]);
        if (t.kind[j] == Tokens.WORD && !CHAIN_WORDS.contains(t.norm[j]) && !article
            || t.kind[j] == Tokens.PUNCT && !t.norm[j].equals(",")) {
          return;
        }
        j++;
      }
    }

    /**
     * The coach a cue is about: the nearest named coach or person in its clause (left preferred),
     * else a generic reference ("il tecnico", "he"). A person (president, player) nearer than any
     * coach takes the cue away.
     */
    private Mention nearestCoach(CueHit c, int left, int right, boolean implicitOk) {
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
          && DATIVES.contains(t.norm[prep])
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
      Mention best = null;
      double bestCost = Double.MAX_VALUE;
      int words = 0;
      for (int j = c.from() - 1; j >= 0 && t.sentence[j] == sent && words < left; j--) {
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
        if (m != null && isPerson(m) && (implicitOk || m.type() != 'I')) {
          // a name governed by a preposition ("in caso di addio di Conte") is rarely the subject
          final int before = m.from() - 1;
          final boolean governed =
              before >= 0 && t.kind[before] == Tokens.WORD && PREPOSITIONS.contains(t.norm[before]);
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
     * When no coach is near the cue: the only coach named earlier in the sentence (the subject of a
     * long list, "Conte ...: tre scudetti con la Juventus, ... l'esperienza al Tottenham"), or, in
     * a sentence naming nobody, the coach of the previous two sentences.
     */
    private Mention subjectOrSalient(CueHit c) {
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
        if (m != null && (m.type() == 'P' || m.type() == 'C')) {
          return null;
        }
      }
      return salientBefore(sent);
    }

    /**
     * The coach the two sentences before {@code sent} are about: the latest one named as a subject,
     * else the latest one named. A coach named as an object ("al posto di Sottil", "dove ha
     * sostituito Xavi") is who a clause is about, not who the next sentences go on with.
     */
    private Mention salientBefore(int sent) {
      final int from =
          Math.max(sent >= 2 ? t.sentenceStart[sent - 2] : 0, t.sentenceStart[sent] - MAX_SCAN);
      Mention latest = null;
      for (int j = t.sentenceStart[sent] - 1; j >= from; j--) {
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
    private Mention namedBefore(Mention ref, int from) {
      for (int j = ref.from() - 1; j >= from; j--) {
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
    private Mention successor(CueHit c) {
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
     * that opens with the arrival's participle names the one who arrived after it, as the subject
     * of the clause past the comma.
     */
    private boolean frontedArrival(CueHit c, Mention m) {
      final int sent = t.sentence[c.from()];
      final int first = t.sentenceStart[sent];
      if (m.from() < c.to()
          || (m.type() != 'C' && m.type() != 'I')
          || !ARRIVAL_WORDS.contains(t.norm[first])
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
    private Mention subjectCoach(int sent, int before) {
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
     * A coach governed by a preposition (a lower-case descriptor after a possessive one excepted),
     * or named as the object of a cue ("ha sostituito X", "al posto di X").
     */
    private boolean namedAsObject(Mention m) {
      final int before = prevWord(m.from());
      if (before < 0) {
        return false;
      }
      if (PREPOSITIONS.contains(t.norm[before])) {
        // "per Cioffi", "privato di Xabi Alonso"; but a descriptor is a reference back to whom
        // the passage is about ("il percorso dell'italo-brasiliano")
        return t.cap[m.from()] || !POSSESSIVES.contains(t.norm[before]);
      }
      final CueHit h = cueEndAt[before];
      return h != null && h.cue().kind() == CueKind.REL && h.cue().coachRight();
    }

    /**
     * "secondo di Zanetti", "il braccio destro di Conte", "assistant to Silva": a coach named as
     * the one someone assisted is not the subject of the sentence's cues.
     */
    private boolean assistantOf(Mention m) {
      final int p = prevWord(m.from());
      if (p < 1 || !(t.norm[p].equals("di") || t.norm[p].equals("of") || t.norm[p].equals("to"))) {
        return false;
      }
      final int q = prevWord(p);
      return q >= 0 && ASSISTANT_WORDS.contains(t.norm[q]);
    }

    /** "il dopo-Tudor", "the post-Conte era": a hyphenated compound that names a bench. */
    private boolean benchName(Mention m) {
      final int before = m.from() - 1;
      if (before < 0 || t.kind[before] != Tokens.WORD) {
        return false;
      }
      final String w = t.norm[before];
      return (w.equals("dopo") || w.equals("post"))
          && t.start[m.from()] - t.end[before] == 1
          && text.charAt(t.end[before]) == '-';
    }

    /**
     * "Ten Hag took over from Xabi Alonso, who left ... to become head coach of Real Madrid": a cue
     * in the relative clause that a coach opens ("X, who", "X, che") is about him, however long the
     * clause, when no other person is named in between.
     */
    private Mention relativeAntecedent(CueHit c) {
      final int sent = t.sentence[c.from()];
      for (int j = c.from() - 1; j >= 2 && j >= c.from() - MAX_SCAN && t.sentence[j] == sent; j--) {
        if (t.isHardBoundary(j)) {
          return null;
        }
        if (mentionAt[j] != null && isPerson(mentionAt[j])) {
          return null;
        }
        if (t.kind[j] == Tokens.WORD
            && SUBJECT_RELATIVES.contains(t.norm[j])
            && t.norm[j - 1].equals(",")
            && mentionAt[j - 2] != null
            && mentionAt[j - 2].type() == 'C') {
          return mentionAt[j - 2];
        }
        if (t.kind[j] == Tokens.WORD
            && SUBJECT_RELATIVES.contains(t.norm[j])
            && j + 1 < t.size
            && t.norm[j + 1].equals(",")
            && mentionAt[j - 1] != null
            && mentionAt[j - 1].type() == 'C') {
          return mentionAt[j - 1]; // "X che, dopo ..., è pronto a": an incidental opens the clause
        }
      }
      return null;
    }

    /**
     * "Allegri, individuato come alternativa in caso di addio di Conte, ha trovato l'accordo": a
     * cue right after an incidental clause between commas belongs to the coach that opens the
     * clause before it (the subject), not to a name inside the incidental.
     */
    private Mention appositionSubject(CueHit c) {
      int j = c.from() - 1;
      int words = 0;
      while (j >= 0 && words <= 4 && t.kind[j] == Tokens.WORD && mentionAt[j] == null) {
        j--;
        words++;
      }
      if (j < 1 || t.kind[j] != Tokens.PUNCT || !t.norm[j].equals(",")) {
        return null;
      }
      final int sent = t.sentence[c.from()];
      for (int k = j - 2; k >= 1 && k >= j - 30 && t.sentence[k] == sent; k--) {
        if (t.isHardBoundary(k)) {
          return null;
        }
        if (t.kind[k] == Tokens.PUNCT && t.norm[k].equals(",")) {
          final Mention m = mentionAt[k - 1];
          if (m == null || m.type() != 'C' || m.to() != k) {
            return null;
          }
          final int p = m.from() - 1;
          final boolean opens =
              m.from() == t.sentenceStart[sent]
                  || (p >= 0 && t.isHardBoundary(p))
                  || (p >= 0 && t.kind[p] == Tokens.WORD && CONJUNCTIONS.contains(t.norm[p]));
          return opens ? m : null;
        }
      }
      return null;
    }

    /**
     * "al posto di Sottil, mandato via dopo tre giornate", "l'eredità di Renard, che aveva lasciato
     * la nazionale": a cue inside an apposition or relative clause opened by a comma right after a
     * named coach is about that coach, even where a preposition governs the name. Only for a spell
     * that ends (a clause opening with "per il dopo" is no apposition). The cue follows the comma
     * at once (a participle, an adverb and a participle) or after a relative word.
     */
    private Mention appositionHead(CueHit c) {
      int j = c.from() - 1;
      int words = 0;
      boolean relative = false;
      while (j >= 1 && words < 6 && t.kind[j] == Tokens.WORD && mentionAt[j] == null) {
        relative = NAME_RELATIVES.contains(t.norm[j]);
        j--;
        words++;
      }
      if (j < 1
          || t.kind[j] != Tokens.PUNCT
          || !t.norm[j].equals(",")
          || (words > 2 && !relative)) {
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

    private boolean isDigits(int j) {
      final String w = t.norm[j];
      return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.length() <= 2;
    }

    private boolean isPerson(Mention m) {
      return m.type() == 'C' || m.type() == 'I' || m.type() == 'P';
    }

    /** Clause ends for the coach search: a colon or a dash does not end it (titles use both). */
    private boolean softBoundary(int j) {
      if (!t.isHardBoundary(j)) {
        return t.kind[j] == Tokens.WORD
            && (t.norm[j].equals("mentre") || t.norm[j].equals("while"));
      }
      final String p = t.norm[j];
      return !(p.equals(":") || p.equals("-") || p.equals("–") || p.equals("—"));
    }

    /** The coach plus coaches listed with him ("prima Rudi Garcia e poi Walter Mazzarri"). */
    private List<Mention> chain(Mention first, CueHit cue) {
      final List<Mention> out = new ArrayList<>(2);
      out.add(first);
      if (first.type() != 'C') {
        return out;
      }
      if (cue.from() >= first.to()) {
        coordinatedBefore(first, out);
      }
      int j = first.to();
      Mention last = first;
      int slack = 0; // tokens of a list run ("fino ad arrivare a") since the last item
      while (j < t.size && j - last.to() - slack <= 3) {
        final Mention m = mentionAt[j];
        if (m != null && m != last) {
          if (m.type() != 'C') {
            break;
          }
          if (!out.contains(m)) {
            out.add(m);
          }
          last = m;
          j = m.to();
          slack = 0;
          continue;
        }
        final int run = listRunAt(j);
        if (run > 0) {
          j += run; // "prima X e poi Y fino ad arrivare a Z": the list goes on
          slack += run;
          continue;
        }
        // "porta a X e a Y", "punta su X e su Y": the preposition repeated after the conjunction
        final boolean repeatedPreposition =
            t.kind[j] == Tokens.WORD
                && CHAIN_PREPOSITIONS.contains(t.norm[j])
                && j > last.to()
                && (CONJUNCTIONS.contains(t.norm[j - 1]) || THEN_WORDS.contains(t.norm[j - 1]));
        if (t.kind[j] == Tokens.WORD && !CHAIN_WORDS.contains(t.norm[j]) && !repeatedPreposition
            || t.kind[j] == Tokens.PUNCT && !t.norm[j].equals(",")) {
          break;
        }
        j++;
      }
      // "Igor Tudor, libero dopo l'esperienza alla Lazio, e Roberto Mancini, ...": a list whose
      // items carry appositions
      final int comma = first.to();
      if (out.size() == 1 && comma < t.size && t.norm[comma].equals(",")) {
        for (int k = comma + 1; k + 2 < t.size && k < comma + 16; k++) {
          if (t.isHardBoundary(k) || (mentionAt[k] != null && mentionAt[k].type() == 'C')) {
            break;
          }
          if (t.norm[k].equals(",") && (t.norm[k + 1].equals("e") || t.norm[k + 1].equals("and"))) {
            // ", e di Y", ", e a Y": the item may repeat the list's preposition
            final int item =
                CHAIN_PREPOSITIONS.contains(t.norm[k + 2]) && k + 3 < t.size ? k + 3 : k + 2;
            // a cue inside the first item's apposition is about that item only ("X, libero dopo
            // l'esperienza alla Lazio, e Y")
            if (mentionAt[item] != null
                && mentionAt[item].type() == 'C'
                && (cue.from() < comma || cue.from() > item)) {
              out.add(mentionAt[item]);
            }
            break;
          }
        }
      }
      return out;
    }

    /**
     * The length of "fino a(d) arrivare a(d)" ("all the way to") at token {@code j}, which carries
     * a list on to its last item, or 0.
     */
    private int listRunAt(int j) {
      if (j + 3 >= t.size
          || !t.norm[j].equals("fino")
          || !(t.norm[j + 1].equals("a") || t.norm[j + 1].equals("ad"))
          || !t.norm[j + 2].equals("arrivare")
          || !(t.norm[j + 3].equals("a") || t.norm[j + 3].equals("ad"))) {
        return 0;
      }
      return 4;
    }

    /**
     * "ha esonerato prima X e poi Y fino ad arrivare a Z del Genoa": a later item of a list named
     * with its own club ("del Genoa", "of Genoa") is that club's coach, so the spell the list
     * shares is the one at that club; null when the item names no club of its own.
     */
    private Mention ownClub(Mention item) {
      final int p = item.to();
      if (p + 1 >= t.size
          || t.kind[p] != Tokens.WORD
          || !OWN_CLUB_PREPOSITIONS.contains(t.norm[p])
          || t.sentence[p] != t.sentence[item.from()]) {
        return null;
      }
      final Mention m = mentionAt[p + 1];
      return m != null && m.type() == 'T' && m.from() == p + 1 ? m : null;
    }

    /**
     * "Marco Silva and Gary O'Neil are under consideration": the coaches joined to {@code first}
     * before it ("A and B", "A, B and C") share the cue that follows them; a coach named as an
     * object is not one of them ("Tudor e Fonseca sono in corsa" alike; "or"/"o" offers a choice,
     * not a pair).
     */
    private void coordinatedBefore(Mention first, List<Mention> out) {
      Mention item = first;
      for (int n = 0; n < 3; n++) {
        final int p = item.from() - 1;
        if (p < 1 || !CareerHistory.isItemJoin(t.norm[p])) {
          return;
        }
        final Mention m = mentionAt[p - 1];
        if (m == null || m.type() != 'C' || out.contains(m) || namedAsObject(m)) {
          return;
        }
        out.add(0, m);
        item = m;
      }
    }

    // ---- output ---------------------------------------------------------------------------

    private List<Signal> aggregate(
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
      for (Found f0 : found) {
        final String key = f0.coach() + '|' + f0.team();
        final Found f =
            f0.relation() == Relation.REJECTED && holds.containsKey(key) ? holds.get(key) : f0;
        final Found b = best.get(key);
        if (b == null || f.relation().precedence() > b.relation().precedence()) {
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
      final List<Signal> out = new ArrayList<>(best.size() + free.size() + employed.size());
      for (Map.Entry<String, Found> e : best.entrySet()) {
        final Found f = e.getValue();
        out.add(
            signal(
                f.coach(), f.team(), f.relation(), null, strength.get(e.getKey()), f.sentence()));
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
     * A past hiring (an agreement that is not the article's news) ended some way: "Everton hired
     * him ... and he was dismissed" is SACKED by Everton, where the agreement alone would outrank
     * the dismissal; without a dismissal of that pair in the sentence of the hiring it is a spell
     * that ended (LEFT).
     */
    private Found pastSpellEnd(Found agreed, List<Found> found) {
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
     * "Brighton appoint X: he becomes the Premier League's youngest head coach": an appointment to
     * a club says where he goes; the market named beside it is where that club plays, no move of
     * its own.
     */
    private void marketYieldsToClub(Map<String, Found> best) {
      final Set<String> toClub = new java.util.HashSet<>();
      for (Found f : best.values()) {
        if (f.relation() == Relation.AGREED && !isMarket(f.team())) {
          toClub.add(f.coach());
        }
      }
      best.values()
          .removeIf(
              f ->
                  f.relation() == Relation.AGREED
                      && isMarket(f.team())
                      && toClub.contains(f.coach()));
    }

    private boolean isMarket(String team) {
      final KnowledgeBase.Team info = kb.teams.get(team);
      return info != null && "market".equals(info.kind());
    }

    private boolean marketRelation(Relation r) {
      return r == Relation.LINKED || r == Relation.REJECTED || r == Relation.AGREED;
    }

    private Signal signal(
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
}
