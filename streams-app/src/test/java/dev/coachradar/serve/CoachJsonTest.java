package dev.coachradar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coachradar.model.Candidate;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Employment;
import dev.coachradar.model.Evidence;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import dev.coachradar.model.TeamBenches;
import dev.coachradar.topology.TestModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API's JSON as pure functions: fields, evidence resolution, timeline, benches, as_of. */
class CoachJsonTest {

  private static Signal signal(
      final String article, final String day, final String team, final Relation r) {
    final String sentence = "allegri " + r + " " + team;
    return new Signal(
        "allegri",
        "Massimiliano Allegri",
        team,
        r,
        null,
        1.0,
        article,
        Instant.parse(day + "T10:00:00Z"),
        "test",
        0L,
        new Evidence(article, "Title " + article, sentence, 0, sentence.length()));
  }

  private static final List<Signal> HISTORY =
      List.of(
          signal("a2", "2025-02-01", "roma", Relation.LINKED),
          signal("a1", "2025-01-10", "west-ham", Relation.LINKED),
          signal("a3", "2025-05-30", "milan", Relation.COACHES));

  private static final CoachState STATE =
      new CoachState(
          "allegri",
          "Massimiliano Allegri",
          Employment.FREE,
          null,
          false,
          false,
          "roma",
          0.6254,
          List.of("a2"),
          List.of(new Candidate("roma", 2.5, 0.6254, Relation.LINKED, List.of("a2"))),
          List.of(new Evidence("a2", "Title a2", "allegri LINKED roma", 0, 19)),
          2,
          Instant.parse("2025-02-01T10:00:00Z"));

  @Test
  void coachHasTheTopLevelFieldsAndResolvesArticlesToTitlesAndSentences() {
    final ObjectNode n = CoachJson.coach(STATE, HISTORY, null);

    assertThat(n.fieldNames())
        .toIterable()
        .contains(
            "coach",
            "employment",
            "current_team",
            "likely_destination",
            "confidence",
            "evidence",
            "destination_articles",
            "candidates");
    assertThat(n.get("coach").asText()).isEqualTo("allegri");
    assertThat(n.get("employment").asText()).isEqualTo("FREE");
    assertThat(n.get("current_team").isNull()).isTrue();
    assertThat(n.get("confidence").asDouble()).isEqualTo(0.625);
    assertThat(n.get("as_of").isNull()).isTrue();
    final JsonNode dest = n.get("destination_articles").get(0);
    assertThat(dest.get("article_id").asText()).isEqualTo("a2");
    assertThat(dest.get("title").asText()).isEqualTo("Title a2");
    assertThat(dest.get("published_at").asText()).isEqualTo("2025-02-01T10:00:00Z");
    assertThat(dest.get("sentences").get(0).asText()).isEqualTo("allegri LINKED roma");
    final JsonNode candidate = n.get("candidates").get(0);
    assertThat(candidate.get("team").asText()).isEqualTo("roma");
    assertThat(candidate.get("last_relation").asText()).isEqualTo("LINKED");
    assertThat(candidate.get("articles").get(0).get("title").asText()).isEqualTo("Title a2");
    assertThat(n.get("evidence").get(0).get("sentence").asText()).isEqualTo("allegri LINKED roma");
  }

  @Test
  void articlesMissingFromTheHistoryKeepTheirIdWithoutTitle() {
    final JsonNode dest = CoachJson.coach(STATE, List.of(), Instant.parse("2025-03-01T00:00:00Z"));
    assertThat(dest.get("as_of").asText()).isEqualTo("2025-03-01T00:00:00Z");
    assertThat(dest.get("destination_articles").get(0).get("article_id").asText()).isEqualTo("a2");
    assertThat(dest.get("destination_articles").get(0).get("title").isNull()).isTrue();
  }

  @Test
  void timelineFoldsPrefixesInEventTimeOrderWhateverTheInputOrder() {
    final List<Signal> reversed = new ArrayList<>(HISTORY);
    java.util.Collections.reverse(reversed);
    final Timeline.Result a =
        Timeline.of("allegri", HISTORY, TestModels.FOLDER, new ChangeDetector());
    final Timeline.Result b =
        Timeline.of("allegri", reversed, TestModels.FOLDER, new ChangeDetector());
    assertThat(a).isEqualTo(b);

    final ObjectNode n = CoachJson.timeline("allegri", a, HISTORY);
    assertThat(n.get("points")).hasSize(3);
    assertThat(n.get("points").get(0).get("article_id").asText()).isEqualTo("a1");
    assertThat(n.get("points").get(0).get("likely_destination").asText()).isEqualTo("west-ham");
    assertThat(n.get("points").get(1).get("likely_destination").asText()).isEqualTo("roma");
    assertThat(n.get("points").get(2).get("current_team").asText()).isEqualTo("milan");
    final JsonNode changes = n.get("changes");
    assertThat(changes).hasSize(3);
    assertThat(changes.get(1).get("kinds").toString()).contains("DESTINATION");
    assertThat(changes.get(1).get("before").get("likely_destination").asText())
        .isEqualTo("west-ham");
    assertThat(changes.get(2).get("caused_by").get(0).get("title").asText()).isEqualTo("Title a3");
    assertThat(changes.get(2).get("summary").asText()).contains("Milan");
  }

  @Test
  void teamRanksCandidatesAndTheTeamListSummarises() {
    final TeamBenches.Bench bench =
        TeamBenches.bench(
            "roma",
            List.of(
                new TeamBenches.Entry("roma", "ranieri", TeamBenches.Role.CURRENT, 0, 0, null),
                new TeamBenches.Entry("roma", "allegri", TeamBenches.Role.CANDIDATE, 1, 0.3, null),
                new TeamBenches.Entry("roma", "sarri", TeamBenches.Role.CANDIDATE, 2, 0.6, null)));
    final ObjectNode n = CoachJson.team(bench);
    assertThat(n.get("current_coach").asText()).isEqualTo("ranieri");
    assertThat(n.get("candidates").get(0).get("coach").asText()).isEqualTo("sarri");
    assertThat(n.get("candidates").get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(n.get("candidates").get(1).get("rank").asInt()).isEqualTo(2);

    final ObjectNode teams = CoachJson.teams(List.of(n));
    assertThat(teams.get("count").asInt()).isEqualTo(1);
    assertThat(teams.get("teams").get(0).get("top_candidate").get("coach").asText())
        .isEqualTo("sarri");
  }

  @Test
  void coachTableIsSortedAndDeduplicatedById() {
    final ObjectNode b = CoachJson.summary(STATE);
    final ObjectNode a = CoachJson.summary(STATE).put("coach", "abate");
    final ObjectNode table = CoachJson.coaches(List.of(b, a, b));
    assertThat(table.get("count").asInt()).isEqualTo(2);
    assertThat(table.get("coaches").get(0).get("coach").asText()).isEqualTo("abate");
    assertThat(table.get("coaches").get(1).has("evidence")).isFalse();
  }

  @Test
  void asOfIsAnInstantOrTheEndOfADay() {
    assertThat(CoachJson.parseInstant("2025-02-28"))
        .isEqualTo(Instant.parse("2025-02-28T23:59:59Z"));
    assertThat(CoachJson.parseInstant(" 2025-02-28T12:00:00Z "))
        .isEqualTo(Instant.parse("2025-02-28T12:00:00Z"));
    assertThatThrownBy(() -> CoachJson.parseInstant("yesterday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO-8601");
  }

  @Test
  void errorsAreJson() {
    assertThat(CoachJson.error(404, "unknown coach: x").toString())
        .isEqualTo("{\"status\":404,\"error\":\"unknown coach: x\"}");
  }
}
