package dev.coachradar.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link DefaultStatusFolder} as it was before its speed-ups (commit 1fa51f9), kept verbatim as the
 * reference that {@code FoldEquivalenceTest} compares the production folder with: the speed-ups
 * must not change any result.
 */
final class ReferenceStatusFolder implements StatusFolder {

  private final ModelConfig config;

  /** A folder with {@link ModelConfig#DEFAULTS}. */
  ReferenceStatusFolder() {
    this(ModelConfig.DEFAULTS);
  }

  /** A folder with these parameters. */
  ReferenceStatusFolder(ModelConfig config) {
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
          : new Run(coachId, canonical).result();
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
    return new Run(coachId, sorted).result();
  }

  /** One fold: the replay state and the scoring, kept together to share the instants. */
  private final class Run {
    private final String coachId;
    private final List<Signal> signals;

    /** Signals grouped by event time, undated group first; index = instant ordinal. */
    private final List<List<Signal>> instants = new ArrayList<>();

    private final Instant reference;
    private final Instant oldestDated;
    private final Map<String, String> sourceOf;

    // replay state
    private String current;
    private Employment employment = Employment.UNKNOWN;
    private boolean atRisk;
    private boolean leaving;
    private String pending;
    private int currentSince = -1;
    private final Map<String, Integer> resetAt = new HashMap<>();
    private final List<Map.Entry<Integer, String>> agreements = new ArrayList<>();

    Run(String coachId, List<Signal> signals) {
      this.coachId = coachId;
      this.signals = signals;
      Instant newest = null;
      Instant oldest = null;
      List<Signal> group = null;
      Instant groupTime = null;
      for (Signal s : signals) {
        Instant t = s.publishedAt();
        if (group == null || !Objects.equals(t, groupTime)) {
          group = new ArrayList<>();
          instants.add(group);
          groupTime = t;
        }
        group.add(s);
        if (t != null) {
          newest = newest == null || t.isAfter(newest) ? t : newest;
          oldest = oldest == null || t.isBefore(oldest) ? t : oldest;
        }
      }
      this.reference = newest;
      this.oldestDated = oldest;
      this.sourceOf = sources(signals);
    }

    CoachState result() {
      for (int i = 0; i < instants.size(); i++) {
        step(i, instants.get(i));
      }
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
          (int) signals.stream().map(Signal::articleId).distinct().count(),
          reference);
    }

    private String coachName() {
      for (int i = signals.size() - 1; i >= 0; i--) {
        String n = signals.get(i).coachName();
        if (n != null && !n.isBlank()) {
          return n;
        }
      }
      return coachId;
    }

    /** Applies one instant: the stance of every team at that time, then employment statements. */
    private void step(int index, List<Signal> group) {
      Map<String, Signal> stance = new TreeMap<>();
      Set<Employment> stated = new TreeSet<>();
      for (Signal s : group) {
        if (s.teamId() == null) {
          stated.add(s.employment());
          continue;
        }
        Signal prev = stance.get(s.teamId());
        if (prev == null || outranks(s, prev)) {
          stance.put(s.teamId(), s);
        }
      }
      List<String> implied = new ArrayList<>();
      List<String> agreed = new ArrayList<>();
      Set<String> ended = new TreeSet<>();
      for (Map.Entry<String, Signal> e : stance.entrySet()) {
        Relation r = e.getValue().relation();
        if (r != Relation.LINKED && r != Relation.AGREED) {
          resetAt.put(e.getKey(), index);
        }
        if (r.impliesCurrentTeam()) {
          implied.add(e.getKey());
        } else if (r == Relation.AGREED) {
          agreed.add(e.getKey());
        } else if (r.endsSpell()) {
          ended.add(e.getKey());
        }
      }
      String agreedTeam = null;
      if (!agreed.isEmpty()) {
        agreed.sort(
            Comparator.comparingDouble((String t) -> -stance.get(t).strength())
                .thenComparing(Comparator.naturalOrder()));
        agreedTeam = agreed.get(0);
        agreements.add(Map.entry(index, agreedTeam));
      }
      if (pending != null && resetAt.getOrDefault(pending, -1) == index) {
        pending = null; // the agreed move was called off or is over
      }
      Employment statement = null;
      if (stated.size() == 1) {
        statement = stated.iterator().next();
      } else if (stated.size() > 1) {
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
              Comparator.comparingInt((String t) -> -stance.get(t).relation().precedence())
                  .thenComparing(Comparator.naturalOrder()));
          next = implied.get(0);
        }
        moveTo(next, index);
        Relation r = stance.get(next).relation();
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
            || (current == null && !stance.get(agreedTeam).benchHeld())) {
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

    /** Live LINKED/AGREED evidence per team, scored. */
    private List<Scored> candidates() {
      Map<String, Scored> byTeam = new TreeMap<>();
      for (int i = 0; i < instants.size(); i++) {
        for (Signal s : instants.get(i)) {
          if (s.teamId() == null
              || (s.relation() != Relation.LINKED && s.relation() != Relation.AGREED)
              || s.teamId().equals(current)
              || i <= voidUpTo(s.teamId())) {
            continue;
          }
          byTeam.computeIfAbsent(s.teamId(), Scored::new).add(s, i, sourceOf.get(s.articleId()));
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

    /** Instants up to which a team's links are void: its last reset or a later deal elsewhere. */
    private int voidUpTo(String team) {
      int upTo = resetAt.getOrDefault(team, -1);
      for (Map.Entry<Integer, String> a : agreements) {
        if (!a.getValue().equals(team)) {
          upTo = Math.max(upTo, a.getKey());
        }
      }
      return upTo;
    }

    private double weight(Signal s) {
      double w = s.relation() == Relation.AGREED ? config.agreedWeight() : config.linkedWeight();
      if (s.openBench() && s.relation() == Relation.LINKED) {
        w *= config.openBenchWeight();
      }
      return w * s.strength() * decay(s.publishedAt());
    }

    /**
     * 2^(-age/halfLife), age in event time from the newest signal; undated = as old as the oldest.
     */
    private double decay(Instant t) {
      if (reference == null) {
        return 1.0;
      }
      Instant at = t == null ? oldestDated : t;
      double age = Duration.between(at, reference).toMillis();
      return Math.pow(0.5, Math.max(0.0, age) / config.halfLife().toMillis());
    }

    private List<Evidence> evidence(Scored destination) {
      Set<Evidence> out = new LinkedHashSet<>();
      int forCurrent =
          destination == null ? config.maxEvidence() : Math.min(2, config.maxEvidence());
      if (current != null && currentSince >= 0) {
        for (int i = instants.size() - 1; i >= currentSince && out.size() < forCurrent; i--) {
          for (Signal s : instants.get(i)) {
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
        for (int k = destination.signals.size() - 1; k >= 0; k--) {
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
        bySource.merge(source, weight(s), Math::max);
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
        for (int k = signals.size() - 1; k >= 0; k--) {
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
   * Groups a coach's articles into independent sources: articles whose fingerprints are within
   * {@link ModelConfig#duplicateDistance()} bits (transitively) are one source, named by its
   * smallest article id. A zero fingerprint means "not computed": such an article is its own
   * source.
   */
  private Map<String, String> sources(List<Signal> signals) {
    TreeMap<String, Long> prints = new TreeMap<>();
    for (Signal s : signals) {
      prints.putIfAbsent(s.articleId(), s.fingerprint());
    }
    List<String> ids = new ArrayList<>(prints.keySet());
    // The pairwise pass is quadratic in a coach's articles (hundreds at most); it reads the prints
    // from an array, as a map lookup per pair dominated folding a full history.
    long[] fingerprints = new long[ids.size()];
    int next = 0;
    for (long print : prints.values()) {
      fingerprints[next++] = print;
    }
    int distance = config.duplicateDistance();
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < ids.size(); i++) {
      long a = fingerprints[i];
      if (a == 0L) {
        continue;
      }
      for (int j = i + 1; j < ids.size(); j++) {
        long b = fingerprints[j];
        if (b != 0L && Signals.hamming(a, b) <= distance) {
          int ra = root(parent, i);
          int rb = root(parent, j);
          parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      out.put(ids.get(i), ids.get(root(parent, i)));
    }
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}
