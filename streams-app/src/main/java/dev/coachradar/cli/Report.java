package dev.coachradar.cli;

import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/** Renders coach states and changes as readable text for the terminal. */
final class Report {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private Report() {}

  static String coachTable(final Collection<CoachStatus> statuses) {
    final StringBuilder sb = new StringBuilder();
    final String format = "%-26s %-9s %-20s %-20s %10s %8s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            format,
            "COACH",
            "EMPLOYED",
            "CURRENT TEAM",
            "LIKELY NEXT",
            "CONFIDENCE",
            "ARTICLES"));
    for (final CoachStatus s : statuses) {
      sb.append(
          String.format(
              Locale.ROOT,
              format,
              s.getCoach(),
              s.getEmployment(),
              dash(s.getCurrentTeam()),
              dash(s.getLikelyDestination()),
              s.getLikelyDestination() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.2f", s.getConfidence()),
              s.getArticlesSeen()));
    }
    return sb.toString().stripTrailing();
  }

  static String changeLine(final StatusChange c) {
    return day(c.getEventTime())
        + "  "
        + c.getSummary()
        + (c.getLate() ? "  (late article, corrects the past)" : "")
        + "  ["
        + String.join(", ", c.getCausedBy())
        + "]";
  }

  static String day(final Instant t) {
    return t == null || t.toEpochMilli() == 0 ? "(undated) " : DAY.format(t);
  }

  private static String dash(final String s) {
    return s == null ? "-" : s;
  }
}
