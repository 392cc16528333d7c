package dev.coachradar.producer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends records that could not be published to a JSONL file ({@code location}, {@code reason},
 * {@code raw}). The file is opened on the first write only, so a clean run leaves nothing behind.
 * Thread-safe: send failures arrive on the producer's I/O thread.
 */
final class DeadLetterFile implements Closeable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private BufferedWriter writer;
  private long written;

  DeadLetterFile(final Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  synchronized long written() {
    return written;
  }

  synchronized void append(final String location, final String reason, final String raw) {
    final ObjectNode line = JSON.createObjectNode();
    line.put("location", location);
    line.put("reason", reason);
    line.put("raw", raw);
    try {
      if (writer == null) {
        final Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        writer =
            Files.newBufferedWriter(
                path,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE);
      }
      writer.write(JSON.writeValueAsString(line));
      writer.write('\n');
      writer.flush(); // rejections are rare; keep the file complete even if the run dies
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write dead-letter file " + path, e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
  }
}
