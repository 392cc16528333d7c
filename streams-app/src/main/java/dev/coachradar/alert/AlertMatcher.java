package dev.coachradar.alert;

import dev.coachradar.avro.Alert;
import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.ChangeKind;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides which status changes a subscription wants, as pure functions over the Avro contract: the
 * topology matches every change against every subscription with it, and {@code watch} filters with
 * it too, so both agree on what "about this coach or team" means.
 */
public final class AlertMatcher {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private AlertMatcher() {}

  /**
   * The kinds of {@code change} that {@code subscription} wants; empty when it wants none.
   *
   * <ul>
   *   <li>a coach filter must name the change's coach;
   *   <li>a team filter must name a team the change involves ({@link #involves});
   *   <li>the kinds are those of the change, kept to the subscription's kinds when it lists any;
   *   <li>DESTINATION and CONFIDENCE_BAND count only when the confidence after the change reaches
   *       the subscription's minimum.
   * </ul>
   */
  public static List<ChangeKind> matchingKinds(
      final AlertSubscription subscription, final StatusChange change) {
    if (subscription.getCoach() != null && !subscription.getCoach().equals(change.getCoach())) {
      return List.of();
    }
    if (subscription.getTeam() != null && !involves(change, subscription.getTeam())) {
      return List.of();
    }
    final double confidence = change.getAfter().getConfidence();
    final List<ChangeKind> out = new ArrayList<>();
    for (final ChangeKind kind : change.getKinds()) {
      if (!subscription.getKinds().isEmpty() && !subscription.getKinds().contains(kind)) {
        continue;
      }
      if ((kind == ChangeKind.DESTINATION || kind == ChangeKind.CONFIDENCE_BAND)
          && confidence < subscription.getMinConfidence()) {
        continue;
      }
      out.add(kind);
    }
    return out;
  }

  /** True when {@code subscription} wants an alert for {@code change}. */
  public static boolean matches(final AlertSubscription subscription, final StatusChange change) {
    return !matchingKinds(subscription, change).isEmpty();
  }

  /** True when the team is the current team or the likely destination, before or after. */
  public static boolean involves(final StatusChange change, final String team) {
    return mentions(change.getBefore(), team) || mentions(change.getAfter(), team);
  }

  private static boolean mentions(final CoachStatus status, final String team) {
    return status != null
        && (team.equals(status.getCurrentTeam()) || team.equals(status.getLikelyDestination()));
  }

  /** The alert for a matching change. */
  public static Alert alert(final AlertSubscription subscription, final StatusChange change) {
    return Alert.newBuilder()
        .setSubscriptionId(subscription.getId())
        .setChange(change)
        .setLine(line(change))
        .build();
  }

  /**
   * One readable line: day ({@code (undated) } when none, same width), summary, a note when late
   * news corrected the past, the articles. The demo prints changes with it too.
   */
  public static String line(final StatusChange change) {
    final Instant t = change.getEventTime();
    return (t == null || t.toEpochMilli() == 0 ? "(undated) " : DAY.format(t))
        + "  "
        + change.getSummary()
        + (change.getLate() ? "  (late article, corrects the past)" : "")
        + "  ["
        + String.join(", ", change.getCausedBy())
        + "]";
  }

  /** A filter with no id, for {@code watch}: any kind, any confidence. */
  public static AlertSubscription filter(final String coach, final String team) {
    return AlertSubscription.newBuilder()
        .setId("watch")
        .setCoach(coach)
        .setTeam(team)
        .setKinds(List.of())
        .setMinConfidence(0.0)
        .build();
  }

  /** Checks a subscription before it is published: an id, a filter, a confidence in [0,1]. */
  public static void validate(final AlertSubscription subscription) {
    Objects.requireNonNull(subscription.getId(), "id");
    if (subscription.getId().isBlank()) {
      throw new IllegalArgumentException("a subscription needs an id");
    }
    if (subscription.getCoach() == null && subscription.getTeam() == null) {
      throw new IllegalArgumentException("a subscription needs a coach or a team filter");
    }
    final double min = subscription.getMinConfidence();
    if (!(min >= 0 && min <= 1)) {
      throw new IllegalArgumentException("minimum confidence must be in [0,1]: " + min);
    }
  }
}
