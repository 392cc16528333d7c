package dev.coachradar.schema;

import dev.coachradar.avro.Alert;
import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.BenchEntries;
import dev.coachradar.avro.BenchEntry;
import dev.coachradar.avro.CoachDestination;
import dev.coachradar.avro.CoachHistory;
import dev.coachradar.avro.CoachSignal;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.StatusChange;
import dev.coachradar.avro.TeamBench;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;

/**
 * Every top-level schema written to a topic, with all its released versions.
 *
 * <p>Released versions are kept as files under {@code dev/coachradar/avro/released/} (listed in
 * {@code index.txt}) so that records written by any earlier release stay readable: the decoder
 * looks the writer schema up by its fingerprint in {@link #store()}.
 */
public final class SchemaCatalog {

  /** Top-level record schemas that appear on topics or in store changelogs. */
  public static final List<Schema> CURRENT =
      List.of(
          Article.getClassSchema(),
          CoachSignal.getClassSchema(),
          CoachSignalBatch.getClassSchema(),
          CoachHistory.getClassSchema(),
          CoachStatus.getClassSchema(),
          StatusChange.getClassSchema(),
          CoachDestination.getClassSchema(),
          TeamBench.getClassSchema(),
          BenchEntry.getClassSchema(),
          BenchEntries.getClassSchema(),
          AlertSubscription.getClassSchema(),
          Alert.getClassSchema());

  static final String RELEASED_DIR = "/dev/coachradar/avro/released/";

  private static final Map<String, List<Schema>> RELEASED = loadReleased();
  private static final SchemaStore.Cache STORE = buildStore();

  private SchemaCatalog() {}

  /**
   * Released versions of the record with this full name, oldest first (empty if never released).
   */
  public static List<Schema> released(final String fullName) {
    return RELEASED.getOrDefault(fullName, List.of());
  }

  /** All released versions of all records, by full name. */
  public static Map<String, List<Schema>> allReleased() {
    return RELEASED;
  }

  /** A schema store holding every released and every current schema, keyed by fingerprint. */
  public static SchemaStore.Cache store() {
    return STORE;
  }

  /** Avro's 64-bit CRC fingerprint of the schema's parsing canonical form. */
  public static long fingerprint(final Schema schema) {
    return SchemaNormalization.parsingFingerprint64(schema);
  }

  private static SchemaStore.Cache buildStore() {
    final SchemaStore.Cache cache = new SchemaStore.Cache();
    RELEASED.values().forEach(versions -> versions.forEach(cache::addSchema));
    CURRENT.forEach(cache::addSchema);
    return cache;
  }

  private static Map<String, List<Schema>> loadReleased() {
    final Map<String, List<Schema>> byName = new LinkedHashMap<>();
    for (final String path : readIndex()) {
      final Schema schema = new Schema.Parser().parse(readResource(RELEASED_DIR + path));
      byName.computeIfAbsent(schema.getFullName(), k -> new ArrayList<>()).add(schema);
    }
    byName.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(byName);
  }

  private static List<String> readIndex() {
    final List<String> paths = new ArrayList<>();
    for (final String line : readResource(RELEASED_DIR + "index.txt").split("\n")) {
      final String trimmed = line.strip();
      if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
        paths.add(trimmed);
      }
    }
    return paths;
  }

  private static String readResource(final String path) {
    try (InputStream in = SchemaCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing schema resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + path, e);
    }
  }
}
