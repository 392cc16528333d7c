package dev.coachradar.producer.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The coaches and teams of the knowledge-base module ({@code kb/coaches.tsv}, {@code kb/teams.tsv}
 * on the classpath), as the generator needs them. Read tolerantly, since the files are shared with
 * the extraction: columns are found by their header name, extra columns are ignored, {@code #}
 * comments and blank lines skipped, lists are {@code |}-separated.
 */
public final class KnowledgeBase {

  /**
   * A coach.
   *
   * @param id coach id (ANNOTATION.md)
   * @param name full name
   * @param aliases other names, usual short name first
   * @param descriptors phrases such as {@code livornese} or {@code di Livorno}
   */
  public record Coach(String id, String name, List<String> aliases, List<String> descriptors) {}

  /**
   * A team.
   *
   * @param id team id (ANNOTATION.md)
   * @param name usual name in the Italian press
   * @param kind {@code club}, {@code national}, {@code market}
   * @param aliases other names
   */
  public record Team(String id, String name, String kind, List<String> aliases) {}

  static final String COACHES = "kb/coaches.tsv";
  static final String TEAMS = "kb/teams.tsv";

  private final List<Coach> coaches;
  private final List<Team> teams;

  private KnowledgeBase(final List<Coach> coaches, final List<Team> teams) {
    this.coaches = List.copyOf(coaches);
    this.teams = List.copyOf(teams);
  }

  /** Loads both files from the classpath. */
  public static KnowledgeBase load() {
    return new KnowledgeBase(read(COACHES, KnowledgeBase::coach), read(TEAMS, KnowledgeBase::team));
  }

  static Coach coach(final Map<String, String> row) {
    return new Coach(
        row.get("id"), row.get("name"), list(row.get("aliases")), list(row.get("descriptors")));
  }

  static Team team(final Map<String, String> row) {
    return new Team(row.get("id"), row.get("name"), row.get("kind"), list(row.get("aliases")));
  }

  /** All coaches, in file order. */
  public List<Coach> coaches() {
    return coaches;
  }

  /** All teams, in file order. */
  public List<Team> teams() {
    return teams;
  }

  private static List<String> list(final String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static <T> List<T> read(
      final String resource, final Function<Map<String, String>, T> row) {
    final InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    return parse(resource, in, row);
  }

  /**
   * Rows of a TSV with a header line, as maps from column name to cell; {@code resource} names the
   * input in errors. Closes {@code in}.
   */
  static <T> List<T> parse(
      final String resource, final InputStream in, final Function<Map<String, String>, T> row) {
    final List<T> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String[] header = null;
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        final String[] cells = line.split("\t", -1);
        if (header == null) {
          header = cells;
          continue;
        }
        final Map<String, String> byName = new HashMap<>();
        for (int i = 0; i < header.length && i < cells.length; i++) {
          byName.put(header[i].strip(), cells[i].strip());
        }
        final String id = byName.get("id");
        final String name = byName.get("name");
        if (id == null || id.isEmpty() || name == null || name.isEmpty()) {
          throw new IllegalStateException(resource + ":" + number + ": id and name are required");
        }
        rows.add(row.apply(byName));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return rows;
  }
}
