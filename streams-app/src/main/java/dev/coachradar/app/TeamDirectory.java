package dev.coachradar.app;

import dev.coachradar.model.ChangeDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Team display names and kinds from the knowledge base ({@code kb/teams.tsv}): what the model and
 * the change summaries need of it, read by header name so extra columns do not matter.
 */
public final class TeamDirectory {
  private final Map<String, String> names;
  private final Set<String> markets;

  private TeamDirectory(final Map<String, String> names, final Set<String> markets) {
    this.names = names;
    this.markets = markets;
  }

  /** Reads {@code kb/teams.tsv} from the classpath. */
  public static TeamDirectory load() {
    final Map<String, String> names = new HashMap<>();
    final Set<String> markets = new HashSet<>();
    try (InputStream in = TeamDirectory.class.getResourceAsStream("/kb/teams.tsv")) {
      if (in == null) {
        throw new IllegalStateException("kb/teams.tsv missing from the classpath");
      }
      String[] header = null;
      for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        final String[] cols = line.split("\t", -1);
        if (header == null) {
          header = cols;
          continue;
        }
        final String id = col(header, cols, "id");
        if (id.isEmpty()) {
          continue;
        }
        final String name = col(header, cols, "name");
        names.put(id, name.isEmpty() ? ChangeDetector.readable(id) : name);
        if ("market".equals(col(header, cols, "kind").toLowerCase(Locale.ROOT))) {
          markets.add(id);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kb/teams.tsv", e);
    }
    return new TeamDirectory(Map.copyOf(names), Collections.unmodifiableSet(markets));
  }

  private static String col(final String[] header, final String[] cols, final String name) {
    for (int i = 0; i < header.length && i < cols.length; i++) {
      if (header[i].strip().equals(name)) {
        return cols[i].strip();
      }
    }
    return "";
  }

  /** Display name of a team; ids not in the knowledge base are made readable. */
  public String name(final String id) {
    return names.getOrDefault(id, ChangeDetector.readable(id));
  }

  /** Ids of markets (a whole league or country's money), which are never a bench. */
  public Set<String> markets() {
    return markets;
  }
}
