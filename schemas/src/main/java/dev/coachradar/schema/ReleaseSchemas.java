package dev.coachradar.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Records the current schemas as a new released version where they differ from the last release.
 *
 * <p>Run before a release, with the released directory of the source tree as argument; it writes
 * {@code Name.vN.avsc} files and appends them to {@code index.txt}. The compatibility test then
 * keeps every later change backward and forward compatible with them.
 */
public final class ReleaseSchemas {
  private ReleaseSchemas() {}

  /**
   * Entry point: {@code ReleaseSchemas schemas/src/main/resources/dev/coachradar/avro/released}.
   */
  public static void main(final String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReleaseSchemas RELEASED_DIR");
      System.exit(2);
    }
    final Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    final Path index = dir.resolve("index.txt");
    final List<String> lines =
        Files.exists(index) ? new ArrayList<>(Files.readAllLines(index)) : new ArrayList<>();
    for (final Schema current : SchemaCatalog.CURRENT) {
      final List<Schema> versions = SchemaCatalog.released(current.getFullName());
      final boolean same =
          !versions.isEmpty()
              && SchemaCatalog.fingerprint(versions.get(versions.size() - 1))
                  == SchemaCatalog.fingerprint(current);
      if (same) {
        continue;
      }
      final String file = current.getName() + ".v" + (versions.size() + 1) + ".avsc";
      Files.writeString(dir.resolve(file), current.toString(true) + "\n", StandardCharsets.UTF_8);
      lines.add(file);
      System.out.println("released " + file);
    }
    Files.write(index, lines, StandardCharsets.UTF_8);
  }
}
