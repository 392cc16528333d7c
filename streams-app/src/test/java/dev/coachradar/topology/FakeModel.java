package dev.coachradar.topology;

import dev.coachradar.extract.Extractor;
import dev.coachradar.model.Candidate;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Employment;
import dev.coachradar.model.Evidence;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Stand-ins for the extractor and the folder, so that topology tests pin the plumbing and not the
 * linguistics: an article body holds lines {@code coach|team|RELATION}; the folder takes the latest
 * relation per team.
 */
final class FakeModel {
  private FakeModel() {}

  static final Extractor EXTRACTOR =
      (NewsArticle a) -> {
        if (a.body().contains("BOOM")) {
          throw new IllegalStateException("extractor exploded on " + a.id());
        }
        final List<Signal> out = new ArrayList<>();
        for (final String line : a.body().split("\n")) {
          final String[] p = line.strip().split("\\|");
          if (p.length == 3) {
            out.add(
                new Signal(
                    p[0],
                    p[0],
                    p[1],
                    Relation.valueOf(p[2]),
                    null,
                    1.0,
                    a.id(),
                    a.publishedAt(),
                    a.source(),
                    0L,
                    new Evidence(a.id(), a.title(), line, 0, line.length())));
          }
        }
        return out;
      };

  static final StatusFolder FOLDER =
      (String coach, Collection<Signal> signals, Instant asOf) -> {
        final List<Signal> sorted = new ArrayList<>(signals);
        sorted.sort(Signal.CANONICAL);
        String team = null;
        String destination = null;
        Instant updated = null;
        final List<String> articles = new ArrayList<>();
        for (final Signal s : sorted) {
          if (asOf != null && s.publishedAt() != null && s.publishedAt().isAfter(asOf)) {
            continue;
          }
          if (!articles.contains(s.articleId())) {
            articles.add(s.articleId());
          }
          updated = s.publishedAt() == null ? updated : s.publishedAt();
          switch (s.relation()) {
            case COACHES, AGREED -> {
              team = s.teamId();
              if (s.teamId().equals(destination)) {
                destination = null;
              }
            }
            case SACKED, LEFT -> team = s.teamId().equals(team) ? null : team;
            case LINKED -> destination = s.teamId();
            case REJECTED -> destination = s.teamId().equals(destination) ? null : destination;
            default -> {}
          }
        }
        final List<Candidate> candidates =
            destination == null
                ? List.of()
                : List.of(new Candidate(destination, 1.0, 0.6, Relation.LINKED, List.of()));
        return new CoachState(
            coach,
            coach,
            team == null ? Employment.FREE : Employment.EMPLOYED,
            team,
            false,
            false,
            destination,
            destination == null ? 0.0 : 0.6,
            List.of(),
            candidates,
            List.of(),
            articles.size(),
            updated);
      };
}
