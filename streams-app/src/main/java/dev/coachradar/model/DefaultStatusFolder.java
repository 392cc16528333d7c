package dev.coachradar.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The status model of docs/status-model.md: replays a coach's signals in event time to find his
 * employment, current team and flags, then scores every team he is linked to against the option of
 * staying where he is (or staying without a bench) and turns the scores into probabilities.
 *
 * <p>Pure and deterministic: the result depends only on the set of signals (deduplicated by {@link
 * Signal#key()}, sorted by {@link Signal#CANONICAL}) and the configuration. Recency is measured
 * against the newest event time folded in, never the wall clock.
 */
public final class DefaultStatusFolder implements StatusFolder {

  /** Below this many articles the all-pairs pass is cheaper than sorting four block indexes. */
  private static final int PIGEONHOLE_MIN_ARTICLES = 24;

  private static final Employment[] EMPLOYMENTS = Employment.values();

  private final ModelConfig config;

  /** A folder with {@link ModelConfig#DEFAULTS}. */
  public DefaultStatusFolder() {
    this(ModelConfig.DEFAULTS);
  }

  /** A folder with these parameters. */
  public DefaultStatusFolder(ModelConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** The parameters in use. */
  public ModelConfig config() {
    return config;
  }

  @Override
  public CoachState fold(String coachId, Collection<Signal> signals, Instant asOf) {
    Objects.requireNonNull(coachId, "coachId");
    if (asOf == null
        && signals instanceof Signals.Canonical canonical
        && canonical.coachId().equals(coachId)) {
      // A CoachHistory's list: the filter below would keep all of it and canonicalSet would
      // return it as it is.
      return canonical.isEmpty()
          ? CoachState.unknown(coachId, coachId)
          : fullRun(coachId, canonical).result();
    }
    List<Signal> own = new ArrayList<>();
    for (Signal s : signals) {
      if (coachId.equals(s.coachId())
          && (asOf == null || s.publishedAt() == null || !s.publishedAt().isAfter(asOf))) {
        own.add(s);
      }
    }
    List<Signal> sorted = Signals.canonicalSet(own);
    if (sorted.isEmpty()) {
      return CoachState.unknown(coachId, coachId);
    }
    return fullRun(coachId, sorted).result();
  }

  /**
   * The same state as {@code fold(history.coachId(), history.signals(), null)}, resuming from the
   * replay this folder saved in the history at its previous fold when the retained signals then are
   * still the first ones now, unchanged and at the same places, and the new ones start a new event
   * time: the common case of news arriving in time order. Then only the new signals are replayed;
   * the scoring, which depends on the newest event time, is redone. Otherwise (an article older
   * than the newest, signals that left the retention window or bound, a replaced signal, a new
   * signal at the newest event time, another folder) it folds everything again. The saved replay
   * lives only in memory: a history rebuilt from a store has none, so its first fold is a full one.
   */
  @Override
  public CoachState fold(CoachHistory history) {
    String coachId = history.coachId();
    Signal[] retained = history.retainedArray();
    int n = history.size();
    Run run =
        history.foldMemo instanceof Run saved
                && saved.owner() == this
                && saved.canResume(retained, n)
            ? saved
            : null;
    history.foldMemo = null; // saved again only once this fold has succeeded
    if (n == 0) {
      return CoachState.unknown(coachId, coachId);
    }
    if (run == null) {
      run = new Run(coachId);
    } else {
      run.resumed++;
    }
    run.append(retained, n);
    CoachState state = run.result();
    history.foldMemo = run;
    return state;
  }

  /** How many folds of this history resumed the saved replay (for tests). */
  static int resumedFolds(CoachHistory history) {
    return history.foldMemo instanceof Run saved ? saved.resumed : 0;
  }

  /** How many void links the saved replay of this history has dropped from its teams' lists. */
  static int voidLinksDropped(CoachHistory history) {
    int dropped = 0;
    if (history.foldMemo instanceof Run saved) {
      for (TeamLinks l : saved.links.values()) {
        dropped += l.first;
      }
    }
    return dropped;
  }

  private Run fullRun(String coachId, List<Signal> canonical) {
    Signal[] all = canonical.toArray(new Signal[0]);
    Run run = new Run(coachId);
    run.append(all, all.length);
    return run;
  }

  /**
   * One fold: the replay state and the scoring, kept together to share the instants. The replay
   * (instants, articles and their sources, {@link #step}) only grows: {@link #append} extends it
   * with signals that come after all those already in it, so a run saved after one fold can resume
   * the next one. {@link #result} leaves the replay state as it is; it only drops, from the
   * per-team lists of links, those that have become void for good.
   */
  private final class Run {
    private final String coachId;

    /** The signals folded so far, in canonical order: {@code signals[0 .. size)}. */
    private Signal[] signals = new Signal[0];

    private int size;

    /**
     * Signals grouped by event time, undated group first: instant {@code i} is {@code
     * signals[instantStart[i] .. instantStart[i + 1])}. Index ranges instead of a list per instant.
     */
    private int[] instantStart = new int[1];

    private int instantCount;

    private Instant reference;
    private Instant oldestDated;

    /**
     * Distinct articles among the signals, in order of first signal: their ids, fingerprints, and a
     * union-find forest of independent sources (see {@link #joinSources}) whose roots hold the
     * smallest article id of their group in {@code sourceName}.
     */
    private Map<String, Integer> articleIndex;

    private int[] articleOf = new int[0];
    private String[] articleIds = new String[0];
    private long[] prints = new long[0];
    private int[] parent = new int[0];
    private String[] sourceName = new String[0];
    private int articleCount;

    /** Folds that resumed this run instead of starting over (for tests). */
    int resumed;

    /** 2^(-age/halfLife) of each instant, computed on first use (NaN until then); per result. */
    private double[] decayOf;

    // replay state
    private String current;
    private Employment employment = Employment.UNKNOWN;
    private boolean atRisk;
    private boolean leaving;
    private String pending;
    private int currentSince = -1;
    private final Map<String, Integer> resetAt = new HashMap<>();
    private final List<Map.Entry<Integer, String>> agreements = new ArrayList<>();

    /**
     * Each team's LINKED/AGREED signals, the only ones the scoring reads, so that it walks the live
     * links instead of every retained signal (see {@link TeamLinks}).
     */
    private final Map<String, TeamLinks> links = new HashMap<>();

    Run(String coachId) {
      this.coachId = coachId;
    }

    DefaultStatusFolder owner() {
      return DefaultStatusFolder.this;
    }

    /**
     * Whether {@code all[0 .. n)} is this run's signals (the same objects, at the same places)
     * followed by signals of a later event time than the last instant, so that {@link #append}
     * gives the run a full fold of {@code all[0 .. n)} would. A new signal at the last instant's
     * event time would change that instant's step, which is not undone, so it does not resume.
     */
    boolean canResume(Signal[] all, int n) {
      if (size == 0 || n < size || !Arrays.equals(signals, 0, size, all, 0, size)) {
        // Arrays.equals calls equals(), which is == first; records compare fields otherwise, and
        // equal signals fold alike, so the prefix may even be equal copies.
        return false;
      }
      return n == size || !Objects.equals(all[size].publishedAt(), signals[size - 1].publishedAt());
    }

    /** Extends the run with {@code all[size .. n)}, which come after its signals. */
    void append(Signal[] all, int n) {
      int from = size;
      if (n > signals.length) {
        signals = Arrays.copyOf(signals, Math.max(n, signals.length * 2));
        instantStart = Arrays.copyOf(instantStart, signals.length + 1);
      }
      System.arraycopy(all, from, signals, from, n - from);
      size = n;
      int firstNewInstant = instantCount;
      Instant groupTime = from == 0 ? null : signals[from - 1].publishedAt();
      for (int k = from; k < n; k++) {
        Instant t = signals[k].publishedAt();
        if (k == 0 || !Objects.equals(t, groupTime)) {
          instantStart[instantCount++] = k;
          groupTime = t;
        }
        Signal s = signals[k];
        if (s.teamId() != null
            && (s.relation() == Relation.LINKED || s.relation() == Relation.AGREED)) {
          links.computeIfAbsent(s.teamId(), team -> new TeamLinks()).add(k, instantCount - 1);
        }
        if (t != null) {
          reference = reference == null || t.isAfter(reference) ? t : reference;
          oldestDated = oldestDated == null || t.isBefore(oldestDated) ? t : oldestDated;
        }
      }
      instantStart[instantCount] = n;
      joinSources(from);
      for (int i = firstNewInstant; i < instantCount; i++) {
        step(i, instantStart[i], instantStart[i + 1]);
      }
    }

    /**
     * Groups the coach's articles into independent sources: articles whose fingerprints are within
     * {@link ModelConfig#duplicateDistance()} bits (transitively) are one source, named by its
     * smallest article id. A zero fingerprint means "not computed": such an article is its own
     * source. An article's fingerprint is that of its first signal. Registers the articles of
     * {@code signals[from .. size)} and joins them to the groups.
     *
     * <p>The groups are the connected components of the "within the distance" graph, so they do not
     * depend on the order in which its edges are found; the name is the component's smallest id
     * whatever union-find roots it. On a fresh run with a distance of at most 3 the edges are found
     * through a pigeonhole index (see {@link #closePairsByBlock}) instead of comparing every pair
     * of articles, which was quadratic and the largest part of folding a full history. A resumed
     * run compares each new article with every earlier one: linear per new article.
     */
    private void joinSources(int from) {
      int firstNew = articleCount;
      if (articleIndex == null) {
        articleIndex = new HashMap<>(Math.max(16, size * 2));
      }
      if (size > articleOf.length) {
        articleOf = Arrays.copyOf(articleOf, Math.max(size, 2 * articleOf.length));
      }
      // at most one new article per new signal
      if (articleCount + size - from > articleIds.length) {
        int capacity = Math.max(articleCount + size - from, 2 * articleIds.length);
        articleIds = Arrays.copyOf(articleIds, capacity);
        prints = Arrays.copyOf(prints, capacity);
        parent = Arrays.copyOf(parent, capacity);
        sourceName = Arrays.copyOf(sourceName, capacity);
      }
      for (int k = from; k < size; k++) {
        Signal s = signals[k];
        if (k > 0 && s.articleId().equals(signals[k - 1].articleId())) {
          articleOf[k] = articleOf[k - 1]; // an article's signals are mostly adjacent
          continue;
        }
        Integer known = articleIndex.putIfAbsent(s.articleId(), articleCount);
        if (known != null) {
          articleOf[k] = known;
          continue;
        }
        int m = articleCount++;
        articleIds[m] = s.articleId();
        prints[m] = s.fingerprint();
        parent[m] = m;
        sourceName[m] = s.articleId();
        articleOf[k] = m;
      }
      int m = articleCount;
      int distance = config.duplicateDistance();
      if (firstNew == 0) {
        if (distance <= 3 && m > PIGEONHOLE_MIN_ARTICLES) {
          closePairsByBlock(prints, m, distance, parent);
        } else {
          for (int i = 0; i < m; i++) {
            long a = prints[i];
            if (a == 0L) {
              continue;
            }
            for (int j = i + 1; j < m; j++) {
              long b = prints[j];
              if (b != 0L && Signals.hamming(a, b) <= distance) {
                union(parent, i, j);
              }
            }
          }
        }
        for (int i = 0; i < m; i++) {
          int r = root(parent, i);
          if (articleIds[i].compareTo(sourceName[r]) < 0) {
            sourceName[r] = articleIds[i];
          }
        }
        return;
      }
      for (int j = firstNew; j < m; j++) {
        long b = prints[j];
        if (b == 0L) {
          continue;
        }
        for (int i = 0; i < j; i++) {
          long a = prints[i];
          if (a != 0L && Signals.hamming(a, b) <= distance) {
            joinNamed(i, j);
          }
        }
      }
    }

    /**
     * {@link #union} of the groups of articles {@code i} and {@code j} that keeps the joined
     * group's {@code sourceName} its smallest article id (a resumed run has no final naming pass).
     */
    private void joinNamed(int i, int j) {
      int ra = root(parent, i);
      int rb = root(parent, j);
      if (ra == rb) {
        return;
      }
      int lo = Math.min(ra, rb);
      int hi = Math.max(ra, rb);
      parent[hi] = lo;
      if (sourceName[hi].compareTo(sourceName[lo]) < 0) {
        sourceName[lo] = sourceName[hi];
      }
    }

    /** The independent source of signal {@code k}: its group's smallest article id. */
    private String sourceOf(int k) {
      return sourceName[root(parent, articleOf[k])];
    }

    /** The state after the signals appended so far (the scoring; the replay is up to date). */
    CoachState result() {
      decayOf = new double[instantCount];
      Arrays.fill(decayOf, Double.NaN);
      List<Scored> scored = candidates();
      double base = baseWeight();
      double total = base;
      for (Scored c : scored) {
        if (c.eligible) {
          total += c.score;
        }
      }
      List<Candidate> out = new ArrayList<>();
      for (Scored c : scored) {
        c.probability = c.eligible ? c.score / total : 0.0;
      }
      scored.sort(ranking);
      for (Scored c : scored) {
        out.add(new Candidate(c.team, c.score, c.probability, c.lastRelation, c.articles()));
      }
      String destination = null;
      double confidence = 0.0;
      List<String> destinationArticles = List.of();
      Scored top = scored.stream().filter(c -> c.eligible).findFirst().orElse(null);
      if (top != null && top.score > base) {
        destination = top.team;
        confidence = top.probability;
        destinationArticles = top.articles();
      }
      return new CoachState(
          coachId,
          coachName(),
          employment,
          current,
          current != null && atRisk,
          current != null && leaving,
          destination,
          clamp(confidence),
          destinationArticles,
          List.copyOf(out),
          evidence(top != null && destination != null ? top : null),
          articleCount,
          reference);
    }

    private String coachName() {
      for (int i = size - 1; i > -1; i--) {
        String n = signals[i].coachName();
        if (n != null && !n.isBlank()) {
          return n;
        }
      }
      return coachId;
    }

    /**
     * Applies one instant ({@code signals[from .. to)}): the stance of every team at that time,
     * then employment statements. The stance is kept in two small arrays instead of a sorted map:
     * what follows does not depend on the order of the teams (it sorts by a total order or only
     * asks whether a team is in a list).
     */
    private void step(int index, int from, int to) {
      int size = to - from;
      String[] stanceTeam = new String[size];
      Signal[] stance = new Signal[size];
      int teams = 0; // distinct teams at this instant: stanceTeam[0 .. teams)
      int stated = 0; // bit per Employment ordinal
      for (int k = from; k < to; k++) {
        Signal s = signals[k];
        if (s.teamId() == null) {
          stated |= 1 << s.employment().ordinal();
          continue;
        }
        int t = 0;
        while (t < teams && !stanceTeam[t].equals(s.teamId())) {
          t++;
        }
        if (t == teams) {
          stanceTeam[teams] = s.teamId();
          stance[teams++] = s;
        } else if (outranks(s, stance[t])) {
          stance[t] = s;
        }
      }
      List<String> implied = new ArrayList<>();
      List<String> agreed = new ArrayList<>();
      List<String> ended = new ArrayList<>();
      for (int t = 0; t < teams; t++) {
        String team = stanceTeam[t];
        Relation r = stance[t].relation();
        if (r != Relation.LINKED && r != Relation.AGREED) {
          resetAt.put(team, index);
        }
        if (r.impliesCurrentTeam()) {
          implied.add(team);
        } else if (r == Relation.AGREED) {
          agreed.add(team);
        } else if (r.endsSpell()) {
          ended.add(team);
        }
      }
      String agreedTeam = null;
      if (!agreed.isEmpty()) {
        agreed.sort(
            Comparator.comparingDouble((String t) -> -stanceOf(stanceTeam, stance, t).strength())
                .thenComparing(Comparator.naturalOrder()));
        agreedTeam = agreed.get(0);
        agreements.add(Map.entry(index, agreedTeam));
      }
      if (pending != null && resetAt.getOrDefault(pending, -1) == index) {
        pending = null; // the agreed move was called off or is over
      }
      Employment statement = null;
      if (Integer.bitCount(stated) == 1) {
        statement = EMPLOYMENTS[Integer.numberOfTrailingZeros(stated)];
      } else if (stated != 0) {
        // contradictory statements at one instant: side with the team relations
        statement =
            !implied.isEmpty() || agreedTeam != null ? Employment.EMPLOYED : Employment.FREE;
      }

      if (!implied.isEmpty()) {
        String next;
        if (current != null && implied.contains(current)) {
          next = current;
        } else if (pending != null && implied.contains(pending)) {
          next = pending;
        } else {
          implied.sort(
              Comparator.comparingInt(
                      (String t) -> -stanceOf(stanceTeam, stance, t).relation().precedence())
                  .thenComparing(Comparator.naturalOrder()));
          next = implied.get(0);
        }
        moveTo(next, index);
        Relation r = stanceOf(stanceTeam, stance, next).relation();
        if (r == Relation.AT_RISK) {
          atRisk = true;
        } else if (r == Relation.LEAVING) {
          leaving = true;
        } else {
          atRisk = false; // he stays / renewed / denies leaving
          leaving = false;
        }
        if (agreedTeam != null && !agreedTeam.equals(current)) {
          pending = agreedTeam; // agreed elsewhere, has not started yet
        }
        return;
      }
      if (current != null && ended.contains(current)) {
        leave();
      } else if (current == null && !ended.isEmpty()) {
        // the latest news about his career is that a spell ended
        employment = Employment.FREE;
      }
      if (agreedTeam != null) {
        if (!config.agreedNeedsEmployment()
            || statement == Employment.EMPLOYED
            || (current == null && !stanceOf(stanceTeam, stance, agreedTeam).benchHeld())) {
          // he has started, or he is free and nobody else holds the seat: he coaches it now
          moveTo(agreedTeam, index);
        } else {
          pending = agreedTeam;
        }
      }
      if (statement == Employment.EMPLOYED) {
        employment = Employment.EMPLOYED;
        if (current == null && pending != null) {
          moveTo(pending, index);
        }
      } else if (statement == Employment.FREE) {
        leave();
      }
    }

    /** The stance of {@code team}, which is one of {@code teams}. */
    private static Signal stanceOf(String[] teams, Signal[] stance, String team) {
      int t = 0;
      while (!teams[t].equals(team)) {
        t++;
      }
      return stance[t];
    }

    private void moveTo(String team, int index) {
      if (!team.equals(current)) {
        current = team;
        currentSince = index;
        atRisk = false;
        leaving = false;
      }
      employment = Employment.EMPLOYED;
      if (team.equals(pending)) {
        pending = null;
      }
    }

    private void leave() {
      current = null;
      currentSince = -1;
      atRisk = false;
      leaving = false;
      employment = Employment.FREE;
    }

    /** Weight of the "no move" option. */
    private double baseWeight() {
      if (current != null) {
        if (leaving) {
          return config.leavingStayWeight();
        }
        return atRisk ? config.atRiskStayWeight() : config.stayWeight();
      }
      return employment == Employment.EMPLOYED ? config.stayWeight() : config.nowhereWeight();
    }

    /**
     * Live LINKED/AGREED evidence per team, scored: each team but the current one with its links
     * after {@link #voidUpTo}, in signal order.
     */
    private List<Scored> candidates() {
      Map<String, Scored> byTeam = new TreeMap<>();
      for (Map.Entry<String, TeamLinks> e : links.entrySet()) {
        String team = e.getKey();
        if (team.equals(current)) {
          continue;
        }
        TeamLinks l = e.getValue();
        l.dropUpTo(voidUpTo(team));
        if (l.first < l.count) {
          Scored c = new Scored(team);
          for (int j = l.first; j < l.count; j++) {
            c.add(signals[l.index[j]], l.instant[j], sourceOf(l.index[j]));
          }
          byTeam.put(team, c);
        }
      }
      List<Scored> out = new ArrayList<>();
      for (Scored c : byTeam.values()) {
        c.finish();
        if (c.score >= config.minCandidateScore()) {
          c.eligible = !config.nonBenchTeams().contains(c.team);
          out.add(c);
        }
      }
      out.sort(ranking);
      return out;
    }

    /**
     * Instants up to which a team's links are void: its last reset or a later deal elsewhere. The
     * agreements are in increasing instant order, so the latest deal with another team is the last
     * one, or, when the last one is with this team, the latest with any other team. Appending
     * instants never lowers it: resets and deals are only added, at later instants.
     */
    private int voidUpTo(String team) {
      int upTo = resetAt.getOrDefault(team, -1);
      if (agreements.isEmpty()) {
        return upTo;
      }
      Map.Entry<Integer, String> last = agreements.get(agreements.size() - 1);
      if (!last.getValue().equals(team)) {
        return Math.max(upTo, last.getKey());
      }
      for (int k = agreements.size() - 2; k > -1; k--) {
        Map.Entry<Integer, String> a = agreements.get(k);
        if (!a.getValue().equals(team)) {
          return Math.max(upTo, a.getKey());
        }
      }
      return upTo;
    }

    private double weight(Signal s, int instant) {
      double w = s.relation() == Relation.AGREED ? config.agreedWeight() : config.linkedWeight();
      if (s.openBench() && s.relation() == Relation.LINKED) {
        w *= config.openBenchWeight();
      }
      return w * s.strength() * decay(instant, s.publishedAt());
    }

    /**
     * 2^(-age/halfLife), age in event time from the newest signal; undated = as old as the oldest.
     */
    private double decay(int instant, Instant t) {
      if (reference == null) {
        return 1.0;
      }
      double cached = decayOf[instant];
      if (Double.isNaN(cached)) {
        // every signal of an instant has the same event time, hence the same factor
        Instant at = t == null ? oldestDated : t;
        double age = Duration.between(at, reference).toMillis();
        cached = Math.pow(0.5, Math.max(0.0, age) / config.halfLife().toMillis());
        decayOf[instant] = cached;
      }
      return cached;
    }

    private List<Evidence> evidence(Scored destination) {
      Set<Evidence> out = new LinkedHashSet<>();
      int forCurrent =
          destination == null ? config.maxEvidence() : Math.min(2, config.maxEvidence());
      if (current != null && currentSince >= 0) {
        for (int i = instantCount - 1; i > currentSince - 1 && out.size() < forCurrent; i--) {
          for (int k = instantStart[i]; k < instantStart[i + 1]; k++) {
            Signal s = signals[k];
            if (current.equals(s.teamId())
                && s.evidence() != null
                && (s.relation().impliesCurrentTeam() || s.relation() == Relation.AGREED)
                && out.size() < forCurrent) {
              out.add(s.evidence());
            }
          }
        }
      }
      if (destination != null) {
        for (int k = destination.signals.size() - 1; k > -1; k--) {
          Evidence e = destination.signals.get(k).evidence();
          if (e != null && out.size() < config.maxEvidence()) {
            out.add(e);
          }
        }
      }
      return List.copyOf(out);
    }

    /** A candidate team being scored. */
    private final class Scored {
      final String team;
      final List<Signal> signals = new ArrayList<>();
      final List<Integer> instantOf = new ArrayList<>();
      final Map<String, Double> bySource = new TreeMap<>();
      int newestInstant = -1;
      Relation lastRelation;
      double score;
      double probability;
      boolean eligible;

      Scored(String team) {
        this.team = team;
      }

      void add(Signal s, int instant, String source) {
        signals.add(s);
        instantOf.add(instant);
        bySource.merge(source, weight(s, instant), Math::max);
        if (instant > newestInstant) {
          newestInstant = instant;
          lastRelation = s.relation();
        } else if (instant == newestInstant && outranksRelation(s.relation(), lastRelation)) {
          lastRelation = s.relation();
        }
      }

      void finish() {
        score = 0;
        for (double w : bySource.values()) {
          score += w; // one contribution per independent source: duplicates do not add up
        }
      }

      List<String> articles() {
        Set<String> ids = new LinkedHashSet<>();
        for (int k = signals.size() - 1; k > -1; k--) {
          ids.add(signals.get(k).articleId());
        }
        return List.copyOf(ids);
      }

      /** Where the newest article first names the team: earlier means more prominent. */
      int prominence() {
        int best = Integer.MAX_VALUE;
        for (int k = 0; k < signals.size(); k++) {
          Evidence e = signals.get(k).evidence();
          if (e != null && instantOf.get(k) == newestInstant) {
            best = Math.min(best, e.start());
          }
        }
        return best;
      }
    }

    /** Best first: probability, score, most recent news, most prominent mention, team id. */
    private final Comparator<Scored> ranking =
        Comparator.comparingDouble((Scored c) -> -c.probability)
            .thenComparingDouble(c -> -c.score)
            .thenComparingInt(c -> -c.newestInstant)
            .thenComparingInt(Scored::prominence)
            .thenComparing(c -> c.team);
  }

  /**
   * One team's LINKED/AGREED signals in a {@link Run}: their indices in the run's signals and their
   * instants, in signal order. The links up to the team's void bound ({@code Run.voidUpTo}) are
   * dropped from the front when the scoring reads them; the bound only grows as the run is
   * extended, so a dropped link would stay void, and a resumed run's scoring walks only the links
   * that can still count.
   */
  private static final class TeamLinks {
    int[] index = new int[4];
    int[] instant = new int[4];

    /** The links before this one are void. */
    int first;

    int count;

    void add(int k, int at) {
      if (count == index.length) {
        index = Arrays.copyOf(index, count * 2);
        instant = Arrays.copyOf(instant, count * 2);
      }
      index[count] = k;
      instant[count++] = at;
    }

    void dropUpTo(int voidInstant) {
      while (first < count && instant[first] <= voidInstant) {
        first++;
      }
    }
  }

  private static boolean outranks(Signal a, Signal b) {
    if (a.relation().precedence() != b.relation().precedence()) {
      return a.relation().precedence() > b.relation().precedence();
    }
    return a.strength() > b.strength(); // equal: the first in canonical order stays
  }

  private static boolean outranksRelation(Relation a, Relation b) {
    return b == null || a.precedence() > b.precedence();
  }

  private static double clamp(double p) {
    return Double.isNaN(p) ? 0.0 : Math.max(0.0, Math.min(1.0, p));
  }

  /**
   * Joins every pair of non-zero {@code prints[0 .. m)} within {@code distance <= 3} bits. Two
   * 64-bit prints that differ in at most 3 bits are equal in at least one of their four 16-bit
   * blocks (pigeonhole), so for each block it chains the prints by that block's value in a small
   * hash table and compares a print only with the earlier prints of its chain that have the same
   * block: the same pairs as the all-pairs pass finds, far fewer comparisons (unrelated articles
   * share a given block with probability 1/65536). Linear per block; a sort per block cost more.
   */
  private static void closePairsByBlock(long[] prints, int m, int distance, int[] parent) {
    int bits = 32 - Integer.numberOfLeadingZeros(2 * m);
    int[] head = new int[1 << bits];
    int[] next = new int[m];
    for (int shift = 0; shift < 64; shift += 16) {
      Arrays.fill(head, -1);
      for (int i = 0; i < m; i++) {
        long print = prints[i];
        if (print == 0L) {
          continue;
        }
        int block = (int) (print >>> shift) & 0xFFFF;
        int slot = (block * 0x9E3779B1) >>> (32 - bits);
        for (int j = head[slot]; j >= 0; j = next[j]) {
          if (((int) (prints[j] >>> shift) & 0xFFFF) == block
              && Signals.hamming(print, prints[j]) <= distance) {
            union(parent, j, i);
          }
        }
        next[i] = head[slot];
        head[slot] = i;
      }
    }
  }

  private static void union(int[] parent, int i, int j) {
    int ra = root(parent, i);
    int rb = root(parent, j);
    parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
