package dev.coachradar.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coachradar.extract.OpenBenches;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled corpus of shared/corpus turned into model signals: gold relations and employment
 * statements with strength 1, a test-local SimHash of the body as fingerprint, and evidence
 * pointing at the first sentence naming the team (so that a headline mention ranks first on ties).
 */
final class GoldCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  record Checkpoint(
      Instant asOf, String coach, String currentTeam, Employment employment, String destination) {}

  final Path dir;
  final Map<String, List<String>> aliases = new HashMap<>();
  final Set<String> markets = new HashSet<>();

  GoldCorpus(Path dir) throws IOException {
    this.dir = dir;
    for (String line : Files.readAllLines(dir.resolve("teams.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].equals("id")) {
        continue;
      }
      List<String> names = new ArrayList<>();
      names.add(f[1].replaceAll("\\s*\\(.*\\)", ""));
      if (f.length > 4) {
        names.addAll(List.of(f[4].split("\\|")));
      }
      aliases.put(f[0], names);
      if (f[2].equals("market")) {
        markets.add(f[0]);
      }
    }
  }

  /** shared/corpus next to the repository root, found from the working directory upwards. */
  static GoldCorpus locate() throws IOException {
    String prop = System.getProperty("coachradar.corpus");
    if (prop != null) {
      return new GoldCorpus(Path.of(prop));
    }
    Path p = Path.of("").toAbsolutePath();
    for (Path q = p; q != null; q = q.getParent()) {
      for (Path c : List.of(q.resolve("shared/corpus"), q.resolve("../shared/corpus"))) {
        if (Files.isRegularFile(c.resolve("dev.jsonl"))) {
          return new GoldCorpus(c.normalize());
        }
      }
    }
    throw new IllegalStateException(
        "corpus not found: expected shared/corpus (with dev.jsonl) next to the repository root, "
            + "searched upwards from "
            + p
            + "; or set -Dcoachradar.corpus=/path/to/corpus");
  }

  List<Signal> signals(String file) throws IOException {
    List<Signal> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode a = JSON.readTree(line);
      String id = a.get("id").asText();
      Instant at = instant(a.get("published_at"));
      String source = a.path("source").asText(null);
      NewsArticle article =
          new NewsArticle(
              id,
              at,
              source,
              a.path("lang").asText(null),
              a.path("title").asText(""),
              a.path("body").asText(""));
      long print = simhash(article.body());
      JsonNode gold = a.path("gold");
      List<Signal> links = new ArrayList<>();
      for (JsonNode s : gold.path("signals")) {
        String coach = s.get("coach").asText();
        String team = s.get("team").asText();
        links.add(
            new Signal(
                coach,
                name(coach),
                team,
                Relation.valueOf(s.get("relation").asText()),
                null,
                1.0,
                id,
                at,
                source,
                print,
                evidence(article, team)));
      }
      out.addAll(OpenBenches.mark(links)); // as the extractor marks its own signals
      for (JsonNode e : gold.path("employment")) {
        String coach = e.get("coach").asText();
        out.add(
            new Signal(
                coach,
                name(coach),
                null,
                null,
                Employment.valueOf(e.get("status").asText()),
                1.0,
                id,
                at,
                source,
                print,
                null));
      }
    }
    return out;
  }

  List<Checkpoint> checkpoints(String file) throws IOException {
    List<Checkpoint> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode c = JSON.readTree(line);
      out.add(
          new Checkpoint(
              instant(c.get("as_of")),
              c.get("coach").asText(),
              c.get("current_team").isNull() ? null : c.get("current_team").asText(),
              Employment.valueOf(c.get("employment").asText()),
              c.get("likely_destination").isNull() ? null : c.get("likely_destination").asText()));
    }
    return out;
  }

  static Instant instant(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.asText();
    if (s.matches("\\d{4}-\\d{2}")) {
      return YearMonth.parse(s).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return Instant.parse(s);
  }

  static String name(String coachId) {
    StringBuilder b = new StringBuilder();
    for (String w : coachId.split("-")) {
      b.append(b.length() == 0 ? "" : " ")
          .append(Character.toUpperCase(w.charAt(0)))
          .append(w.substring(1));
    }
    return b.toString();
  }

  /** The sentence holding the first mention of the team (any alias), or null if none. */
  Evidence evidence(NewsArticle a, String team) {
    String text = a.text();
    int first = -1;
    int len = 0;
    for (String alias : aliases.getOrDefault(team, List.of(team.replace('-', ' ')))) {
      Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}])" + Pattern.quote(alias) + "(?![\\p{L}])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(text);
      if (m.find() && (first < 0 || m.start() < first)) {
        first = m.start();
        len = alias.length();
      }
    }
    if (first < 0) {
      return null;
    }
    int start = first;
    while (start > 0 && ".!?\n".indexOf(text.charAt(start - 1)) < 0) {
      start--;
    }
    int end = first + len;
    while (end < text.length() && ".!?\n".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    end = Math.min(text.length(), end + 1);
    return new Evidence(a.id(), a.title(), text.substring(start, end).trim(), start, end);
  }

  /** Test-local SimHash: 64-bit FNV-1a of each lower-cased word, one vote per occurrence. */
  static long simhash(String body) {
    int[] votes = new int[64];
    Matcher m = WORD.matcher(body.toLowerCase(Locale.ROOT));
    while (m.find()) {
      long h = 0xcbf29ce484222325L;
      for (byte b : m.group().getBytes(StandardCharsets.UTF_8)) {
        h ^= (b & 0xff);
        h *= 0x100000001b3L;
      }
      for (int i = 0; i < 64; i++) {
        votes[i] += ((h >>> i) & 1) == 1 ? 1 : -1;
      }
    }
    long out = 0;
    for (int i = 0; i < 64; i++) {
      if (votes[i] > 0) {
        out |= 1L << i;
      }
    }
    return out;
  }
}
