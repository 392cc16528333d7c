package dev.coachradar.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coachradar.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of one application on a two-partition broker: each answers for every coach and
 * team, forwarding to the owner, and each lists the whole coach table.
 */
class TwoInstancesIT {
  private static final String APP = "two-instances-it";
  private static final List<String> COACHES =
      List.of("allegri", "ranieri", "gasperini", "sarri", "pioli", "conte", "motta", "inzaghi");

  private static EmbeddedKafka kafka;

  @BeforeAll
  static void startBroker() throws Exception {
    kafka = EmbeddedKafka.start();
    kafka.createTopics(2);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    kafka.close();
  }

  @Test
  void everyInstanceAnswersForEveryKey(@TempDir final Path dirA, @TempDir final Path dirB)
      throws Exception {
    // configure: both instances up before any data, so the tasks are spread at once
    try (ServedStreams a = ServeFixtures.instance(kafka, APP, dirA, 0);
        ServedStreams b = ServeFixtures.instance(kafka, APP, dirB, 0)) {
      final List<String> urls = List.of(a.http().url(), b.http().url());
      await()
          .atMost(Duration.ofSeconds(45))
          .until(
              () ->
                  urls.stream()
                      .allMatch(
                          u -> {
                            try {
                              return ServeFixtures.get(u + "coaches")
                                      .body()
                                      .path("instances")
                                      .size()
                                  == 2;
                            } catch (Exception e) {
                              return false;
                            }
                          }));

      // produce
      final List<String[]> articles = new ArrayList<>();
      int day = 1;
      for (final String coach : COACHES) {
        articles.add(
            new String[] {
              "a-" + coach, String.format("2025-01-%02d", day++), coach + "|roma|LINKED"
            });
      }
      articles.add(new String[] {"a-milan", "2025-02-01", "allegri|milan|COACHES"});
      ServeFixtures.publish(kafka, articles.toArray(new String[0][]));
      ServeFixtures.awaitProcessed(kafka, APP);

      // verify: the whole table from either instance
      for (final String url : urls) {
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () -> {
                  final JsonNode table = ServeFixtures.get(url + "coaches").body();
                  assertThat(table.path("count").asInt()).isEqualTo(COACHES.size());
                  assertThat(table.path("instances")).hasSize(2);
                });
      }
      // every coach from either instance; some answers come from the other one
      final Set<String> servedBy = new HashSet<>();
      for (final String coach : COACHES) {
        for (final String url : urls) {
          final ServeFixtures.Answer r = ServeFixtures.get(url + "coaches/" + coach);
          assertThat(r.status()).as(url + " " + coach).isEqualTo(200);
          assertThat(r.body().path("coach").asText()).isEqualTo(coach);
          assertThat(r.body().path("evidence")).isNotEmpty();
          servedBy.add(url + " <- " + r.servedBy());
        }
      }
      assertThat(servedBy)
          .as("each instance answered some keys itself and forwarded others")
          .hasSize(4);

      final ServeFixtures.Answer allegri = ServeFixtures.get(urls.get(1) + "coaches/allegri");
      assertThat(allegri.body().path("current_team").asText())
          .as(allegri.body().toString())
          .isEqualTo("milan");
      final ServeFixtures.Answer past =
          ServeFixtures.get(urls.get(0) + "coaches/allegri?as_of=2025-01-15");
      assertThat(past.body().path("current_team").isNull()).isTrue();
      assertThat(past.body().path("likely_destination").asText()).isEqualTo("roma");
      final ServeFixtures.Answer history =
          ServeFixtures.get(urls.get(0) + "coaches/allegri/history");
      assertThat(history.body().path("changes")).hasSize(2);
      assertThat(
              history.body().path("changes").get(1).path("caused_by").get(0).path("title").asText())
          .isEqualTo("Title of a-milan");

      for (final String url : urls) {
        assertThat(ServeFixtures.get(url + "teams/roma").body().path("candidates")).isNotEmpty();
        assertThat(ServeFixtures.get(url + "coaches/nobody").status()).isEqualTo(404);
        assertThat(ServeFixtures.get(url + "teams/nowhere").status()).isEqualTo(404);
        assertThat(ServeFixtures.get(url + "coaches/allegri?as_of=yesterday").status())
            .isEqualTo(400);
        assertThat(ServeFixtures.get(url + "health").body().path("status").asText())
            .isEqualTo("UP");
      }
    }
  }
}
