package dev.coachradar.cli;

import dev.coachradar.alert.AlertMatcher;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import java.util.Collection;
import java.util.Locale;

/** Renders coach states and changes as readable text for the terminal. */
final class Report {
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
    return AlertMatcher.line(c);
  }

  private static String dash(final String s) {
    return s == null ? "-" : s;
  }
}
