package dev.coachradar.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides whether an update of a coach's state is worth telling subscribers, and words it. Only
 * employment, current team, the two flags, the likely destination and the confidence band count;
 * articles seen, candidate scores and evidence moving do not.
 */
public final class ChangeDetector {

  private final Function<String, String> teamName;

  /** A detector naming teams by their id made readable ("west-ham" → "West Ham"). */
  public ChangeDetector() {
    this(ChangeDetector::readable);
  }

  /** A detector naming teams with {@code teamName} (e.g. from the knowledge base). */
  public ChangeDetector(Function<String, String> teamName) {
    this.teamName = Objects.requireNonNull(teamName, "teamName");
  }

  /** Band of a confidence: 0 for [0,.25), 1 for [.25,.5), 2 for [.5,.75), 3 for [.75,1]. */
  public static int band(double confidence) {
    return (int) Math.min(3, Math.max(0, Math.floor(confidence * 4)));
  }

  /**
   * The change from {@code before} to {@code after}, if any.
   *
   * @param before state before the update, null for a coach seen for the first time
   * @param after state after the update
   * @param causes the signals of the update (their articles become {@code causedBy})
   */
  public Optional<StatusChangeEvent> detect(
      CoachState before, CoachState after, Collection<Signal> causes) {
    Objects.requireNonNull(after, "after");
    CoachState b = before == null ? CoachState.unknown(after.coachId(), after.coachName()) : before;
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    if (b.employment() != after.employment()) {
      kinds.add(ChangeKind.EMPLOYMENT);
    }
    if (!Objects.equals(b.currentTeam(), after.currentTeam())) {
      kinds.add(ChangeKind.TEAM);
    }
    if (b.atRisk() != after.atRisk()) {
      kinds.add(ChangeKind.AT_RISK);
    }
    if (b.leaving() != after.leaving()) {
      kinds.add(ChangeKind.LEAVING);
    }
    if (!Objects.equals(b.likelyDestination(), after.likelyDestination())) {
      kinds.add(ChangeKind.DESTINATION);
    }
    if (band(b.confidence()) != band(after.confidence())) {
      kinds.add(ChangeKind.CONFIDENCE_BAND);
    }
    if (kinds.isEmpty()) {
      return Optional.empty();
    }
    Set<String> articles = new TreeSet<>();
    Instant eventTime = null;
    for (Signal s : causes) {
      articles.add(s.articleId());
      if (s.publishedAt() != null && (eventTime == null || s.publishedAt().isAfter(eventTime))) {
        eventTime = s.publishedAt();
      }
    }
    boolean late =
        before != null
            && before.updatedAt() != null
            && !causes.isEmpty()
            && (eventTime == null || eventTime.isBefore(before.updatedAt()));
    return Optional.of(
        new StatusChangeEvent(
            after.coachId(),
            after.coachName(),
            eventTime,
            List.copyOf(kinds),
            before,
            after,
            List.copyOf(articles),
            late,
            summary(b, after, kinds, causes)));
  }

  private String summary(
      CoachState b, CoachState a, Set<ChangeKind> kinds, Collection<Signal> causes) {
    List<String> parts = new ArrayList<>();
    if (kinds.contains(ChangeKind.TEAM)) {
      if (a.currentTeam() == null) {
        boolean sacked =
            causes.stream()
                .anyMatch(
                    s -> s.relation() == Relation.SACKED && b.currentTeam().equals(s.teamId()));
        parts.add((sacked ? "sacked by " : "left ") + team(b.currentTeam()));
      } else if (b.currentTeam() == null) {
        parts.add("now coaches " + team(a.currentTeam()));
      } else {
        parts.add("moves from " + team(b.currentTeam()) + " to " + team(a.currentTeam()));
      }
    } else if (kinds.contains(ChangeKind.EMPLOYMENT)) {
      parts.add(
          switch (a.employment()) {
            case EMPLOYED -> "now employed";
            case FREE -> "now free";
            case UNKNOWN -> "employment unknown";
          });
    }
    if (kinds.contains(ChangeKind.AT_RISK) && a.currentTeam() != null) {
      parts.add((a.atRisk() ? "at risk at " : "no longer at risk at ") + team(a.currentTeam()));
    }
    if (kinds.contains(ChangeKind.LEAVING) && a.currentTeam() != null) {
      parts.add((a.leaving() ? "about to leave " : "no longer leaving ") + team(a.currentTeam()));
    }
    if (kinds.contains(ChangeKind.DESTINATION) || kinds.contains(ChangeKind.CONFIDENCE_BAND)) {
      parts.add(
          "likely destination "
              + (Objects.equals(b.likelyDestination(), a.likelyDestination())
                  ? team(a.likelyDestination())
                  : team(b.likelyDestination()) + " → " + team(a.likelyDestination()))
              + ", confidence "
              + twoDecimals(b.confidence())
              + " → "
              + twoDecimals(a.confidence()));
    }
    String who = a.coachName() == null || a.coachName().isBlank() ? a.coachId() : a.coachName();
    String sep = parts.size() == 1 && kinds.contains(ChangeKind.TEAM) ? " " : ": ";
    return who + sep + String.join("; ", parts);
  }

  /**
   * {@code String.format(Locale.ROOT, "%.2f", x)}, without the Formatter (it was ~6% of the stream
   * thread in `coach-radar bench`): for a finite non-negative x, %.2f rounds the digits of {@link
   * Double#toString(double)} half up, which is what this BigDecimal does. Anything else (negative,
   * where %.2f keeps the sign of a value rounding to zero; NaN; infinite) goes to String.format.
   */
  static String twoDecimals(double x) {
    if (!(x >= 0) || Double.isInfinite(x) || (x == 0 && 1 / x < 0)) {
      return String.format(Locale.ROOT, "%.2f", x);
    }
    return new BigDecimal(Double.toString(x)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private String team(String id) {
    return id == null ? "none" : teamName.apply(id);
  }

  /** "west-ham" → "West Ham", "nazionale-italia" → "Nazionale Italia". */
  public static String readable(String id) {
    StringBuilder out = new StringBuilder();
    for (String w : id.split("-")) {
      if (w.isEmpty()) {
        continue;
      }
      out.append(out.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    return out.toString();
  }
}
