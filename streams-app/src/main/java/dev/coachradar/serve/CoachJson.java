package dev.coachradar.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coachradar.model.Candidate;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Evidence;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusChangeEvent;
import dev.coachradar.model.TeamBenches;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The JSON of the query API, as pure functions of the model: a coach, his timeline, a team's bench,
 * the coach table. Article ids are resolved to titles and sentences from the coach's retained
 * signals, so every claim comes with the text behind it. Field names are snake_case like the Avro
 * contract.
 */
public final class CoachJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CoachJson() {}

  /**
   * A coach's state with its evidence.
   *
   * @param state the state (live or folded as of {@code asOf})
   * @param history his retained signals, to give article titles and sentences (may be empty)
   * @param asOf the time-travel instant, or null for the live state
   */
  public static ObjectNode coach(
      final CoachState state, final Collection<Signal> history, final Instant asOf) {
    final Articles articles = new Articles(history);
    final ObjectNode n = summary(state);
    n.put("as_of", text(asOf));
    n.set(
        "destination_articles",
        articles.refs(state.destinationArticles(), state.likelyDestination()));
    final ArrayNode candidates = n.putArray("candidates");
    for (final Candidate c : state.candidates()) {
      final ObjectNode cn = candidates.addObject();
      cn.put("team", c.teamId());
      cn.put("probability", round(c.probability()));
      cn.put("score", round(c.score()));
      cn.put("last_relation", c.lastRelation().name());
      cn.set("articles", articles.refs(c.articles(), c.teamId()));
    }
    final ArrayNode evidence = n.putArray("evidence");
    for (final Evidence e : state.evidence()) {
      final ObjectNode en = evidence.addObject();
      en.put("article_id", e.articleId());
      en.put("title", e.title());
      en.put("sentence", e.sentence());
    }
    return n;
  }

  /** The fields of a coach shown in the table: no evidence. */
  public static ObjectNode summary(final CoachState s) {
    final ObjectNode n = JSON.objectNode();
    n.put("coach", s.coachId());
    n.put("coach_name", s.coachName());
    n.put("employment", s.employment().name());
    n.put("current_team", s.currentTeam());
    n.put("at_risk", s.atRisk());
    n.put("leaving", s.leaving());
    n.put("likely_destination", s.likelyDestination());
    n.put("confidence", round(s.confidence()));
    n.put("articles_seen", s.articlesSeen());
    n.put("updated_at", text(s.updatedAt()));
    return n;
  }

  /** The coach table: one summary per coach, by coach id. */
  public static ObjectNode coaches(final Collection<ObjectNode> summaries) {
    final Map<String, ObjectNode> byId = new java.util.TreeMap<>();
    summaries.forEach(s -> byId.put(s.get("coach").asText(), s));
    final ObjectNode n = JSON.objectNode();
    final ArrayNode list = n.putArray("coaches");
    byId.values().forEach(list::add);
    n.put("count", byId.size());
    return n;
  }

  /** A coach's timeline: the state after each article, and the real changes with their causes. */
  public static ObjectNode timeline(
      final String coach, final Timeline.Result timeline, final Collection<Signal> history) {
    final Articles articles = new Articles(history);
    final ObjectNode n = JSON.objectNode();
    n.put("coach", coach);
    final ArrayNode changes = n.putArray("changes");
    for (final StatusChangeEvent c : timeline.changes()) {
      final ObjectNode cn = changes.addObject();
      cn.put("event_time", text(c.eventTime()));
      final ArrayNode kinds = cn.putArray("kinds");
      c.kinds().forEach(k -> kinds.add(k.name()));
      cn.put("summary", c.summary());
      cn.set("before", c.before() == null ? null : point(c.before()));
      cn.set("after", point(c.after()));
      cn.set("caused_by", articles.refs(c.causedBy(), null));
    }
    final ArrayNode points = n.putArray("points");
    for (final Timeline.Point p : timeline.points()) {
      final ObjectNode pn = point(p.state());
      pn.put("event_time", text(p.eventTime()));
      pn.put("article_id", p.articleId());
      pn.put("title", articles.title(p.articleId()));
      points.add(pn);
    }
    return n;
  }

  private static ObjectNode point(final CoachState s) {
    final ObjectNode n = JSON.objectNode();
    n.put("employment", s.employment().name());
    n.put("current_team", s.currentTeam());
    n.put("likely_destination", s.likelyDestination());
    n.put("confidence", round(s.confidence()));
    return n;
  }

  /** A team's bench: its coach and the candidates, ranked. */
  public static ObjectNode team(final TeamBenches.Bench bench) {
    final ObjectNode n = JSON.objectNode();
    n.put("team", bench.teamId());
    n.put("current_coach", bench.currentCoach());
    final ArrayNode candidates = n.putArray("candidates");
    int rank = 1;
    for (final TeamBenches.Entry e : bench.candidates()) {
      final ObjectNode cn = candidates.addObject();
      cn.put("rank", rank++);
      cn.put("coach", e.coachId());
      cn.put("probability", round(e.probability()));
      cn.put("score", round(e.score()));
    }
    n.put("updated_at", text(bench.updatedAt()));
    return n;
  }

  /** The team list: id, coach and number of candidates per team, by team id. */
  public static ObjectNode teams(final Collection<ObjectNode> benches) {
    final Map<String, ObjectNode> byId = new java.util.TreeMap<>();
    for (final ObjectNode b : benches) {
      final ObjectNode s = JSON.objectNode();
      s.put("team", b.get("team").asText());
      s.set("current_coach", b.get("current_coach"));
      s.put("candidates", b.get("candidates").size());
      s.set("top_candidate", b.get("candidates").isEmpty() ? null : b.get("candidates").get(0));
      byId.put(s.get("team").asText(), s);
    }
    final ObjectNode n = JSON.objectNode();
    final ArrayNode list = n.putArray("teams");
    byId.values().forEach(list::add);
    n.put("count", byId.size());
    return n;
  }

  /** A JSON error body. */
  public static ObjectNode error(final int status, final String message) {
    final ObjectNode n = JSON.objectNode();
    n.put("status", status);
    n.put("error", message);
    return n;
  }

  /**
   * An instant from an {@code as_of} value: ISO-8601 ({@code 2025-02-28T12:00:00Z}) or a day
   * ({@code 2025-02-28}, meaning its end, 23:59:59Z).
   *
   * @throws IllegalArgumentException when it is neither
   */
  public static Instant parseInstant(final String text) {
    final String t = Objects.requireNonNull(text, "text").strip();
    try {
      return t.length() == 10 ? Instant.parse(t + "T23:59:59Z") : Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "not an ISO-8601 instant or day (2025-02-28T12:00:00Z or 2025-02-28): " + text, e);
    }
  }

  private static double round(final double d) {
    return Math.round(d * 1000) / 1000.0;
  }

  private static String text(final Instant t) {
    return t == null ? null : t.toString();
  }

  /** Titles and sentences of the articles in a coach's retained signals. */
  private static final class Articles {
    private final Map<String, String> titles = new LinkedHashMap<>();
    private final Map<String, Set<String>> sentences = new LinkedHashMap<>();
    private final Map<String, Instant> times = new LinkedHashMap<>();

    Articles(final Collection<Signal> history) {
      final List<Signal> sorted = new ArrayList<>(history);
      sorted.sort(Signal.CANONICAL);
      for (final Signal s : sorted) {
        times.putIfAbsent(s.articleId(), s.publishedAt());
        if (s.evidence() == null) {
          continue;
        }
        if (s.evidence().title() != null && !s.evidence().title().isBlank()) {
          titles.putIfAbsent(s.articleId(), s.evidence().title());
        }
        if (s.evidence().sentence() != null && !s.evidence().sentence().isBlank()) {
          sentences
              .computeIfAbsent(s.articleId() + "|" + s.teamId(), k -> new LinkedHashSet<>())
              .add(s.evidence().sentence());
          sentences
              .computeIfAbsent(s.articleId() + "|*", k -> new LinkedHashSet<>())
              .add(s.evidence().sentence());
        }
      }
    }

    String title(final String articleId) {
      return titles.get(articleId);
    }

    /** Each article with its title and the sentences about {@code team} (all if null). */
    ArrayNode refs(final Collection<String> articleIds, final String team) {
      final ArrayNode out = JSON.arrayNode();
      for (final String id : articleIds) {
        final ObjectNode n = out.addObject();
        n.put("article_id", id);
        n.put("title", titles.get(id));
        n.put("published_at", text(times.get(id)));
        final ArrayNode ss = n.putArray("sentences");
        sentences.getOrDefault(id + "|" + (team == null ? "*" : team), Set.of()).forEach(ss::add);
      }
      return out;
    }
  }
}
