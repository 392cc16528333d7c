package dev.coachradar.extract;

import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Signal;

/** Developer aid: prints the signals of one text (not a test). */
final class DebugRun {
  private DebugRun() {}

  static String dump(String lang, String text) {
    final StringBuilder b = new StringBuilder();
    for (Signal s :
        RuleExtractor.defaultExtractor()
            .extract(new NewsArticle("x", null, null, lang, "", text))) {
      b.append(s.coachId())
          .append(" -> ")
          .append(s.teamId())
          .append(' ')
          .append(s.relation())
          .append(' ')
          .append(s.employment())
          .append(' ')
          .append(s.strength())
          .append('\n');
    }
    return b.toString();
  }
}
