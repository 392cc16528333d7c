package dev.coachradar.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.coachradar.serve.ServeFixtures;
import dev.coachradar.topology.TestModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The web page in a real browser: {@code demo --serve} replays stand-in articles, then headless
 * Chromium loads the page, lets its JavaScript fetch the API and render, and dumps the DOM. Fails
 * (never skips) when Chromium is missing: {@code ./test.sh} installs it.
 */
class BrowserIT {
  private static final Pattern URL = Pattern.compile("Serving (http://\\S+/) ");

  @TempDir Path work;

  @Test
  void coachTableAndTimelineRenderInChromium() throws Exception {
    final String chromium = chromium();
    final Path input = work.resolve("articles.jsonl");
    Files.write(
        input,
        List.of(
            article(
                "a1",
                "2025-01-10",
                "Allegri in the sights of West Ham",
                "massimiliano-allegri|west-ham|LINKED"),
            article(
                "a2",
                "2025-02-01",
                "Roma call Allegri",
                "massimiliano-allegri|roma|LINKED\\nclaudio-ranieri|roma|COACHES"),
            article(
                "a3",
                "2025-05-30",
                "Allegri signs for Milan",
                "massimiliano-allegri|milan|COACHES")),
        StandardCharsets.UTF_8);

    final DemoCommand demo = new DemoCommand(() -> TestModels.EXTRACTOR);
    final StringWriter out = new StringWriter();
    final CommandLine cl = new CommandLine(demo);
    cl.setOut(new PrintWriter(out, true));
    final CompletableFuture<Integer> running =
        CompletableFuture.supplyAsync(
            () -> cl.execute("--input", input.toString(), "--serve", "--port", "0"));
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .until(() -> URL.matcher(out.toString()).find() || running.isDone());
      final Matcher m = URL.matcher(out.toString());
      assertThat(m.find()).as("demo printed its URL:%n%s", out).isTrue();
      final String url = m.group(1);

      // the API answers with the fields the issue names
      final JsonNode coach = ServeFixtures.get(url + "coaches/massimiliano-allegri").body();
      assertThat(coach.fieldNames())
          .toIterable()
          .contains(
              "coach",
              "employment",
              "current_team",
              "likely_destination",
              "confidence",
              "evidence");
      assertThat(coach.path("current_team").asText()).isEqualTo("milan");

      final String table = dumpDom(chromium, url + "#/");
      assertThat(table)
          .contains("id=\"coach-table\"")
          .contains("data-coach=\"massimiliano-allegri\"")
          .contains("data-coach=\"claudio-ranieri\"")
          .contains("Milan");

      final String timeline = dumpDom(chromium, url + "#/coaches/massimiliano-allegri");
      assertThat(timeline)
          .contains("id=\"coach-name\"")
          .contains("id=\"confidence-chart\"")
          .contains("<circle")
          .contains("class=\"destination-label\"")
          .contains("id=\"timeline\"")
          .contains("Allegri signs for Milan")
          .doesNotContain("Could not load");

      final String teams = dumpDom(chromium, url + "#/teams");
      assertThat(teams)
          .contains("id=\"team-table\"")
          .contains("data-team=\"roma\"")
          .contains("data-team=\"milan\"");

      final String bench = dumpDom(chromium, url + "#/teams/roma");
      assertThat(bench).contains("id=\"team-bench\"").contains("claudio-ranieri");
    } finally {
      demo.stop();
      assertThat(running.get(60, TimeUnit.SECONDS)).as(out.toString()).isZero();
    }
  }

  private static String article(
      final String id, final String day, final String title, final String body) {
    return "{\"id\":\""
        + id
        + "\",\"published_at\":\""
        + day
        + "T10:00:00Z\",\"lang\":\"en\","
        + "\"source\":\"test\",\"title\":\""
        + title
        + "\",\"body\":\""
        + body
        + "\"}";
  }

  /** The chromium binary: $CHROMIUM, else chromium or chromium-browser on the PATH. */
  private static String chromium() {
    final String env = System.getenv("CHROMIUM");
    final List<String> candidates =
        env != null ? List.of(env) : List.of("chromium", "chromium-browser", "google-chrome");
    for (final String c : candidates) {
      for (final String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
        if (c.startsWith("/")
            ? Files.isExecutable(Path.of(c))
            : Files.isExecutable(Path.of(dir, c))) {
          return c;
        }
      }
    }
    return fail(
        "headless Chromium is needed for the browser test and was not found (tried "
            + candidates
            + "): install Debian's chromium and chromium-driver (./test.sh does) or set CHROMIUM");
  }

  /** The DOM after the page's scripts ran, as headless Chromium serializes it. */
  private String dumpDom(final String chromium, final String url)
      throws IOException, InterruptedException {
    final Path profile = Files.createTempDirectory(work, "chromium-profile-");
    final Path dom = Files.createTempFile(work, "dom-", ".html");
    final Process p =
        new ProcessBuilder(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--virtual-time-budget=5000",
                "--dump-dom",
                url)
            .redirectOutput(dom.toFile())
            .redirectError(work.resolve("chromium.log").toFile())
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish in 60 s on " + url);
    }
    final String html = Files.readString(dom, StandardCharsets.UTF_8);
    assertThat(p.exitValue())
        .as("chromium exit status; log: %s", Files.readString(work.resolve("chromium.log")))
        .isZero();
    return html;
  }
}
