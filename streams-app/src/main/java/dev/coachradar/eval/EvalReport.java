package dev.coachradar.eval;

import dev.coachradar.eval.GoldCorpus.Checkpoint;
import dev.coachradar.eval.GoldCorpus.GoldArticle;
import dev.coachradar.eval.GoldCorpus.GoldEmployment;
import dev.coachradar.eval.GoldCorpus.GoldSignal;
import dev.coachradar.extract.Text;
import dev.coachradar.model.Employment;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Scores predicted signals against a gold corpus: strict signals (article, coach, team, relation),
 * coarse signals (relations merged into {COACHES, AT_RISK, LEAVING}, {SACKED, LEFT}, {LINKED},
 * {AGREED}, {REJECTED}), pairs (article, coach, team), employment and checkpoints, per language
 * too. Renders one JSON line and a readable report listing every error.
 *
 * <p>Conventions: precision, recall and F1 are 0 when their denominator is 0. Without a verdict
 * function the checkpoints block reports the total with {@code correct} 0 and {@code accuracy}
 * null.
 */
public final class EvalReport {

  /** Micro-averaged counts. */
  public record Prf(int tp, int fp, int fn) {
    /** tp / (tp + fp). */
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    /** tp / (tp + fn). */
    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      final double p = precision();
      final double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String json() {
      return String.format(
          Locale.ROOT,
          "{\"tp\":%d,\"fp\":%d,\"fn\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}",
          tp,
          fp,
          fn,
          precision(),
          recall(),
          f1());
    }
  }

  /** Accuracy counts; {@code accuracy} is null when it is not measured. */
  public record Accuracy(int total, int correct, Double accuracy) {
    String json() {
      return String.format(
          Locale.ROOT,
          "{\"total\":%d,\"correct\":%d,\"accuracy\":%s}",
          total,
          correct,
          accuracy == null ? "null" : String.format(Locale.ROOT, "%.4f", accuracy));
    }
  }

  private record Key(String article, String coach, String team, String relation) {}

  private final int articles;
  private final Prf signals;
  private final Prf coarse;
  private final Prf pairs;
  private final Accuracy employment;
  private final Accuracy checkpoints;
  private final Map<String, Prf> byLang;
  private final Map<String, Integer> errorKinds;
  private final Map<String, Integer> confusions;
  private final List<String> errors;

  private EvalReport(
      int articles,
      Prf signals,
      Prf coarse,
      Prf pairs,
      Accuracy employment,
      Accuracy checkpoints,
      Map<String, Prf> byLang,
      Map<String, Integer> errorKinds,
      Map<String, Integer> confusions,
      List<String> errors) {
    this.articles = articles;
    this.signals = signals;
    this.coarse = coarse;
    this.pairs = pairs;
    this.employment = employment;
    this.checkpoints = checkpoints;
    this.byLang = byLang;
    this.errorKinds = errorKinds;
    this.confusions = confusions;
    this.errors = errors;
  }

  /**
   * Scores {@code predicted} (signals per article id; missing ids mean no signals) against {@code
   * gold}. {@code checkpoints} and {@code verdicts} may be null.
   */
  public static EvalReport score(
      GoldCorpus gold,
      Map<String, List<Signal>> predicted,
      List<Checkpoint> checkpoints,
      BiFunction<String, Instant, Verdict> verdicts) {
    return score(gold, predicted, checkpoints, verdicts, null);
  }

  /**
   * As {@link #score(GoldCorpus, Map, List, BiFunction)}; {@code named} (may be null) gives the
   * coach and team ids the knowledge base finds named in an article's text, so that the error kinds
   * also count the misses whose coach or team is not named at all.
   */
  public static EvalReport score(
      GoldCorpus gold,
      Map<String, List<Signal>> predicted,
      List<Checkpoint> checkpoints,
      BiFunction<String, Instant, Verdict> verdicts,
      Function<String, Set<String>> named) {
    final Map<String, int[]> langCounts = new TreeMap<>();
    final int[] strict = new int[3];
    final int[] coarse = new int[3];
    final int[] pairs = new int[3];
    int empTotal = 0;
    int empCorrect = 0;
    final List<String> errors = new ArrayList<>();
    final Map<String, Integer> kinds = new LinkedHashMap<>();
    for (String k : ERROR_KINDS) {
      kinds.put(k, 0);
    }
    final Map<String, Integer> confusions = new TreeMap<>();
    for (GoldArticle ga : gold.articles()) {
      final NewsArticle a = ga.article();
      final List<Signal> pred = predicted.getOrDefault(a.id(), List.of());
      final Map<Key, Signal> ps = new LinkedHashMap<>();
      for (Signal s : pred) {
        if (s.teamId() != null) {
          ps.putIfAbsent(new Key(a.id(), s.coachId(), s.teamId(), s.relation().name()), s);
        }
      }
      final Set<Key> gs = new LinkedHashSet<>();
      for (GoldSignal g : ga.signals()) {
        gs.add(new Key(a.id(), g.coach(), g.team(), g.relation().name()));
      }
      final int[] lang =
          langCounts.computeIfAbsent(a.lang() == null ? "unknown" : a.lang(), k -> new int[3]);
      count(gs, ps.keySet(), strict, lang);
      count(coarsen(gs), coarsen(ps.keySet()), coarse, null);
      count(pairsOf(gs), pairsOf(ps.keySet()), pairs, null);
      classify(gs, ps.keySet(), named == null ? null : named.apply(a.text()), kinds, confusions);
      for (Map.Entry<Key, Signal> e : ps.entrySet()) {
        if (!gs.contains(e.getKey())) {
          errors.add(
              String.format(
                  "FP %s %s -> %s %s | %s",
                  a.id(),
                  e.getKey().coach(),
                  e.getKey().team(),
                  e.getKey().relation(),
                  e.getValue().evidence() == null ? "" : e.getValue().evidence().sentence()));
        }
      }
      for (Key g : gs) {
        if (!ps.containsKey(g)) {
          final String predRel =
              ps.keySet().stream()
                  .filter(k -> k.coach().equals(g.coach()) && k.team().equals(g.team()))
                  .map(Key::relation)
                  .findFirst()
                  .orElse("-");
          errors.add(
              String.format(
                  "FN %s %s -> %s %s (predicted %s) | %s",
                  a.id(),
                  g.coach(),
                  g.team(),
                  g.relation(),
                  predRel,
                  sentenceMentioning(a.text(), g.coach())));
        }
      }
      for (GoldEmployment ge : ga.employment()) {
        empTotal++;
        final Employment got = employmentOf(ge.coach(), pred);
        if (got == ge.status()) {
          empCorrect++;
        } else {
          errors.add(
              String.format(
                  "EMP %s %s gold %s predicted %s", a.id(), ge.coach(), ge.status(), got));
        }
      }
    }
    int cpTotal = 0;
    int cpCorrect = 0;
    if (checkpoints != null) {
      for (Checkpoint c : checkpoints) {
        cpTotal++;
        if (verdicts != null) {
          final Verdict v = verdicts.apply(c.coach(), c.asOf());
          final boolean team = v != null && Objects.equals(v.currentTeam(), c.currentTeam());
          final boolean emp = v != null && v.employment() == c.employment();
          final boolean dest =
              v != null && Objects.equals(v.likelyDestination(), c.likelyDestination());
          if (team && emp && dest) {
            cpCorrect++;
          } else {
            kinds.merge("cp_current_team", team ? 0 : 1, Integer::sum);
            kinds.merge("cp_employment", emp ? 0 : 1, Integer::sum);
            kinds.merge("cp_likely_destination", dest ? 0 : 1, Integer::sum);
            errors.add(
                String.format("CHECKPOINT %s @%s gold %s got %s", c.coach(), c.asOf(), c, v));
          }
        }
      }
    }
    final Map<String, Prf> byLang = new TreeMap<>();
    langCounts.forEach((k, v) -> byLang.put(k, new Prf(v[0], v[1], v[2])));
    return new EvalReport(
        gold.articles().size(),
        prf(strict),
        prf(coarse),
        prf(pairs),
        new Accuracy(empTotal, empCorrect, empTotal == 0 ? null : (double) empCorrect / empTotal),
        new Accuracy(
            cpTotal,
            cpCorrect,
            verdicts == null || cpTotal == 0 ? null : (double) cpCorrect / cpTotal),
        byLang,
        Collections.unmodifiableMap(kinds),
        Collections.unmodifiableMap(confusions),
        List.copyOf(errors));
  }

  /**
   * The kinds of error {@link #errorKinds()} counts, in report order. A false negative is a gold
   * signal whose pair the output gives another relation ({@code fn_wrong_relation}); else, when the
   * knowledge base's names are known, whose coach ({@code fn_coach_unnamed}) or team ({@code
   * fn_team_unnamed}) no KB name in the text names; else whose coach the output links to other
   * teams only ({@code fn_coach_elsewhere}) or gives no signal at all ({@code fn_coach_silent}). A
   * false positive is the mirror: a gold pair with another relation ({@code fp_wrong_relation}), a
   * coach of the article's gold with a team the gold does not pair him with ({@code
   * fp_other_team}), or a coach the gold does not name for that article ({@code fp_other_coach}). A
   * missed checkpoint counts once for each field it gets wrong ({@code cp_current_team}, {@code
   * cp_employment}, {@code cp_likely_destination}). Then one count per gold relation missed ({@code
   * fn_<RELATION>}) and per predicted relation wrong ({@code fp_<RELATION>}).
   */
  public static final List<String> ERROR_KINDS = errorKindNames();

  private static List<String> errorKindNames() {
    final List<String> out =
        new ArrayList<>(
            List.of(
                "fn_wrong_relation",
                "fn_coach_unnamed",
                "fn_team_unnamed",
                "fn_coach_elsewhere",
                "fn_coach_silent",
                "fp_wrong_relation",
                "fp_other_team",
                "fp_other_coach",
                "cp_current_team",
                "cp_employment",
                "cp_likely_destination"));
    for (Relation r : Relation.values()) {
      out.add("fn_" + r.name());
    }
    for (Relation r : Relation.values()) {
      out.add("fp_" + r.name());
    }
    return List.copyOf(out);
  }

  private static void classify(
      Set<Key> gold,
      Set<Key> pred,
      Set<String> named,
      Map<String, Integer> kinds,
      Map<String, Integer> confusions) {
    final Set<Key> goldPairs = pairsOf(gold);
    final Set<Key> predPairs = pairsOf(pred);
    final Set<String> goldCoaches = new LinkedHashSet<>();
    gold.forEach(k -> goldCoaches.add(k.coach()));
    final Set<String> predCoaches = new LinkedHashSet<>();
    pred.forEach(k -> predCoaches.add(k.coach()));
    for (Key g : gold) {
      if (pred.contains(g)) {
        continue;
      }
      kinds.merge("fn_" + g.relation(), 1, Integer::sum);
      final String kind;
      if (predPairs.contains(pairOf(g))) {
        kind = "fn_wrong_relation";
        for (Key p : pred) {
          if (pairOf(p).equals(pairOf(g)) && !gold.contains(p)) {
            confusions.merge(g.relation() + ">" + p.relation(), 1, Integer::sum);
          }
        }
      } else if (named != null && !named.contains(g.coach())) {
        kind = "fn_coach_unnamed";
      } else if (named != null && !named.contains(g.team())) {
        kind = "fn_team_unnamed";
      } else {
        kind = predCoaches.contains(g.coach()) ? "fn_coach_elsewhere" : "fn_coach_silent";
      }
      kinds.merge(kind, 1, Integer::sum);
    }
    for (Key p : pred) {
      if (gold.contains(p)) {
        continue;
      }
      kinds.merge("fp_" + p.relation(), 1, Integer::sum);
      kinds.merge(
          goldPairs.contains(pairOf(p))
              ? "fp_wrong_relation"
              : goldCoaches.contains(p.coach()) ? "fp_other_team" : "fp_other_coach",
          1,
          Integer::sum);
    }
  }

  /**
   * The employment the output gives a coach in one article: an explicit employment signal if any,
   * else EMPLOYED when he has a current or agreed team, else FREE when he only has ended spells,
   * else null.
   */
  static Employment employmentOf(String coach, List<Signal> pred) {
    boolean current = false;
    boolean ended = false;
    for (Signal s : pred) {
      if (!s.coachId().equals(coach)) {
        continue;
      }
      if (s.teamId() == null && s.employment() != null) {
        return s.employment();
      }
      if (s.relation() != null) {
        if (s.relation().impliesCurrentTeam() || s.relation() == Relation.AGREED) {
          current = true;
        } else if (s.relation().endsSpell()) {
          ended = true;
        }
      }
    }
    return current ? Employment.EMPLOYED : ended ? Employment.FREE : null;
  }

  private static void count(Set<Key> gold, Set<Key> pred, int[] acc, int[] lang) {
    for (Key p : pred) {
      final int i = gold.contains(p) ? 0 : 1;
      acc[i]++;
      if (lang != null) {
        lang[i]++;
      }
    }
    for (Key g : gold) {
      if (!pred.contains(g)) {
        acc[2]++;
        if (lang != null) {
          lang[2]++;
        }
      }
    }
  }

  private static Set<Key> coarsen(Set<Key> keys) {
    final Set<Key> out = new LinkedHashSet<>();
    for (Key k : keys) {
      out.add(new Key(k.article(), k.coach(), k.team(), coarse(Relation.valueOf(k.relation()))));
    }
    return out;
  }

  /** The coarse class of a relation. */
  static String coarse(Relation r) {
    return switch (r) {
      case COACHES, AT_RISK, LEAVING -> "CURRENT";
      case SACKED, LEFT -> "ENDED";
      default -> r.name();
    };
  }

  private static Set<Key> pairsOf(Set<Key> keys) {
    final Set<Key> out = new LinkedHashSet<>();
    for (Key k : keys) {
      out.add(pairOf(k));
    }
    return out;
  }

  private static Key pairOf(Key k) {
    return new Key(k.article(), k.coach(), k.team(), "");
  }

  private static Prf prf(int[] c) {
    return new Prf(c[0], c[1], c[2]);
  }

  /** The first sentence-like line of the text that names the coach's surname, or "". */
  static String sentenceMentioning(String text, String coachId) {
    final String[] parts = coachId.split("-");
    final String surname = parts[parts.length - 1];
    final StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      folded.append(Text.fold(text.charAt(i)));
    }
    final int at = folded.indexOf(surname);
    if (at < 0) {
      return "";
    }
    int s = at;
    while (s > 0 && ".!?\n".indexOf(text.charAt(s - 1)) < 0) {
      s--;
    }
    int e = at;
    while (e < text.length() && ".!?\n".indexOf(text.charAt(e)) < 0) {
      e++;
    }
    return text.substring(s, Math.min(text.length(), e + 1)).trim();
  }

  /** Number of gold articles scored. */
  public int articles() {
    return articles;
  }

  /** Strict signal scores. */
  public Prf signals() {
    return signals;
  }

  /** Coarse signal scores. */
  public Prf coarse() {
    return coarse;
  }

  /** Pair scores. */
  public Prf pairs() {
    return pairs;
  }

  /** Employment accuracy. */
  public Accuracy employment() {
    return employment;
  }

  /** Checkpoint accuracy. */
  public Accuracy checkpoints() {
    return checkpoints;
  }

  /** Strict scores per language. */
  public Map<String, Prf> byLang() {
    return byLang;
  }

  /**
   * How many strict errors of each kind, keyed as in {@link #ERROR_KINDS}: where the misses are
   * without the sentences, so a held-out corpus can be diagnosed without reading it.
   */
  public Map<String, Integer> errorKinds() {
    return errorKinds;
  }

  /** Every false positive, false negative, employment and checkpoint miss, one line each. */
  public List<String> errors() {
    return errors;
  }

  /** The figures as one JSON line. */
  public String toJson() {
    final StringBuilder b = new StringBuilder();
    b.append("{\"articles\":").append(articles);
    b.append(",\"signals\":").append(signals.json());
    b.append(",\"signals_coarse\":").append(coarse.json());
    b.append(",\"pairs\":").append(pairs.json());
    b.append(",\"employment\":").append(employment.json());
    b.append(",\"checkpoints\":").append(checkpoints.json());
    b.append(",\"by_lang\":{");
    boolean first = true;
    for (Map.Entry<String, Prf> e : byLang.entrySet()) {
      if (!first) {
        b.append(',');
      }
      first = false;
      b.append('"').append(e.getKey()).append("\":").append(e.getValue().json());
    }
    return b.append("}}").toString();
  }

  /**
   * How often the output gave a gold pair another relation, keyed {@code GOLD>OUTPUT} (for example
   * {@code SACKED>LEFT}), in key order: which relations the extraction confuses, without any text.
   */
  public Map<String, Integer> relationConfusions() {
    return confusions;
  }

  /** A readable report: the figures and the error kinds, then every error with its sentence. */
  public String toText() {
    final StringBuilder b = new StringBuilder(toSummary());
    for (String e : errors) {
      b.append(e).append(System.lineSeparator());
    }
    return b.toString();
  }

  /** The figures and the counts of each error kind, without any article text. */
  public String toSummary() {
    final StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "articles            %d%n", articles));
    line(b, "signals (strict)", signals);
    line(b, "signals (coarse)", coarse);
    line(b, "pairs", pairs);
    for (Map.Entry<String, Prf> e : byLang.entrySet()) {
      line(b, "  lang " + e.getKey(), e.getValue());
    }
    b.append(
        String.format(
            Locale.ROOT, "employment          %d/%d%n", employment.correct(), employment.total()));
    b.append(
        String.format(
            Locale.ROOT,
            "checkpoints         %d/%d%s%n",
            checkpoints.correct(),
            checkpoints.total(),
            checkpoints.accuracy() == null ? " (not measured)" : ""));
    b.append("errors by kind     ");
    errorKinds.forEach(
        (k, v) -> {
          if (v > 0) {
            b.append(' ').append(k).append(' ').append(v);
          }
        });
    b.append(System.lineSeparator()).append("gold>output        ");
    confusions.forEach((k, v) -> b.append(' ').append(k).append(' ').append(v));
    return b.append(System.lineSeparator()).toString();
  }

  private static void line(StringBuilder b, String label, Prf p) {
    b.append(
        String.format(
            Locale.ROOT,
            "%-20s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
            label,
            p.precision(),
            p.recall(),
            p.f1(),
            p.tp(),
            p.fp(),
            p.fn()));
  }
}
