package dev.coachradar.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coachradar.model.Employment;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled corpus in the ANNOTATION.md JSONL format: articles with their gold signals and
 * employment, and the checkpoint verdicts file. Pure Java, no Kafka.
 *
 * @param articles the articles in file order
 */
public record GoldCorpus(List<GoldArticle> articles) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One gold (coach, team, relation) label. */
  public record GoldSignal(String coach, String team, Relation relation) {}

  /** One gold employment label. */
  public record GoldEmployment(String coach, Employment status) {}

  /** An article and its labels. */
  public record GoldArticle(
      NewsArticle article, List<GoldSignal> signals, List<GoldEmployment> employment) {}

  /** A reader's verdict on a coach after every article up to {@code asOf} (null = all of them). */
  public record Checkpoint(
      Instant asOf,
      String coach,
      String currentTeam,
      Employment employment,
      String likelyDestination) {}

  /** Reads a gold corpus file; blank lines are skipped. */
  public static GoldCorpus read(Path file) throws IOException {
    final List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          out.add(parseArticle(JSON.readTree(line)));
        }
      }
    }
    return new GoldCorpus(List.copyOf(out));
  }

  /** Parses one article record (the gold part may be absent). */
  public static GoldArticle parseArticle(JsonNode n) {
    final NewsArticle a =
        new NewsArticle(
            n.path("id").asText(),
            parseInstant(text(n, "published_at")),
            text(n, "source"),
            text(n, "lang"),
            text(n, "title"),
            text(n, "body"));
    final List<GoldSignal> signals = new ArrayList<>();
    final List<GoldEmployment> employment = new ArrayList<>();
    final JsonNode gold = n.path("gold");
    for (JsonNode s : gold.path("signals")) {
      signals.add(
          new GoldSignal(
              s.path("coach").asText(),
              s.path("team").asText(),
              Relation.valueOf(s.path("relation").asText())));
    }
    for (JsonNode e : gold.path("employment")) {
      employment.add(
          new GoldEmployment(
              e.path("coach").asText(), Employment.valueOf(e.path("status").asText())));
    }
    return new GoldArticle(a, List.copyOf(signals), List.copyOf(employment));
  }

  /** Reads a checkpoints file. */
  public static List<Checkpoint> readCheckpoints(Path file) throws IOException {
    final List<Checkpoint> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        final JsonNode n = JSON.readTree(line);
        final String emp = text(n, "employment");
        out.add(
            new Checkpoint(
                parseInstant(text(n, "as_of")),
                n.path("coach").asText(),
                text(n, "current_team"),
                emp == null ? Employment.UNKNOWN : Employment.valueOf(emp),
                text(n, "likely_destination")));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Parses a full instant, a date ({@code YYYY-MM-DD}) or a month ({@code YYYY-MM}, first day at
   * 00:00Z); null or blank gives null.
   */
  public static Instant parseInstant(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    final String v = s.trim();
    if (v.length() == 7) {
      return YearMonth.parse(v).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    if (v.length() == 10) {
      return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
    return Instant.parse(v);
  }

  private static String text(JsonNode n, String field) {
    final JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
