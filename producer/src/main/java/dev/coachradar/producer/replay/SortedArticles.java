package dev.coachradar.producer.replay;

import dev.coachradar.avro.Article;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.schema.Topics;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Articles collected in any order and given back in replay order: undated first, then by {@code
 * published_at}, ties by id, then by arrival. An external merge sort keeps memory bounded: articles
 * are held in memory up to a budget (about {@code maxBufferBytes} of text), and each full buffer is
 * sorted and written to a temporary file (Avro single-object encoding) that is merged at the end.
 * An input that fits in the budget never touches the disk.
 */
public final class SortedArticles implements Closeable, Iterable<Accepted> {

  /** Default in-memory budget: a quarter of the heap, at most 256 MiB. */
  public static final long DEFAULT_BUFFER_BYTES =
      Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4);

  /** Sort key of undated articles: before every date. */
  static final long UNDATED = Long.MIN_VALUE;

  private static final Comparator<Entry> ORDER =
      Comparator.comparingLong(Entry::time)
          .thenComparing(Entry::id)
          .thenComparingLong(Entry::sequence);

  private final long maxBufferBytes;
  private final Serializer<Article> serializer = Topics.ARTICLES.valueSerde().serializer();
  private final Deserializer<Article> deserializer = Topics.ARTICLES.valueSerde().deserializer();
  private final List<Entry> buffer = new ArrayList<>();
  private final List<Path> runs = new ArrayList<>();
  private Path spillDir;
  private long bufferBytes;
  private long size;
  private boolean iterated;

  /** With the {@link #DEFAULT_BUFFER_BYTES} budget. */
  public SortedArticles() {
    this(DEFAULT_BUFFER_BYTES);
  }

  /** With an in-memory budget of about {@code maxBufferBytes}. */
  public SortedArticles(final long maxBufferBytes) {
    this.maxBufferBytes = maxBufferBytes;
  }

  /** Adds an article; may write a sorted run to disk. */
  public void add(final Accepted accepted) {
    if (iterated) {
      throw new IllegalStateException("articles added after iteration started");
    }
    final Article article = accepted.article();
    buffer.add(
        new Entry(sortTime(article), article.getId(), size, accepted.location(), accepted, null));
    size++;
    bufferBytes +=
        256L
            + 2L * (article.getBody().length() + article.getTitle().length())
            + accepted.location().length();
    if (bufferBytes >= maxBufferBytes) {
      spill();
    }
  }

  /** How many articles were added. */
  public long size() {
    return size;
  }

  /** How many sorted runs went to disk (0 when everything fitted in memory). */
  public int spilledRuns() {
    return runs.size();
  }

  /** The sort key of an article: its publication instant in ms, or {@link #UNDATED}. */
  static long sortTime(final Article article) {
    return article.getPublishedAt() == null ? UNDATED : article.getPublishedAt().toEpochMilli();
  }

  /** The articles in replay order; may be called once. */
  @Override
  public Iterator<Accepted> iterator() {
    if (iterated) {
      throw new IllegalStateException("already iterated");
    }
    iterated = true;
    buffer.sort(ORDER);
    if (runs.isEmpty()) {
      final Iterator<Entry> entries = buffer.iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return entries.hasNext();
        }

        @Override
        public Accepted next() {
          return entries.next().accepted();
        }
      };
    }
    return new Merge();
  }

  private void spill() {
    buffer.sort(ORDER);
    try {
      if (spillDir == null) {
        spillDir = Files.createTempDirectory("coach-radar-replay-");
      }
      final Path run = spillDir.resolve("run-" + runs.size() + ".bin");
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
        for (final Entry entry : buffer) {
          out.writeLong(entry.time());
          out.writeLong(entry.sequence());
          writeBytes(out, entry.id().getBytes(StandardCharsets.UTF_8));
          writeBytes(out, entry.location().getBytes(StandardCharsets.UTF_8));
          writeBytes(out, serializer.serialize(Topics.ARTICLES.name(), entry.accepted().article()));
        }
      }
      runs.add(run);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a sorted run to a temporary file", e);
    }
    buffer.clear();
    bufferBytes = 0;
  }

  private static void writeBytes(final DataOutputStream out, final byte[] bytes)
      throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Deletes the temporary files. */
  @Override
  public void close() throws IOException {
    for (final Path run : runs) {
      Files.deleteIfExists(run);
    }
    if (spillDir != null) {
      Files.deleteIfExists(spillDir);
    }
  }

  /**
   * One article with its sort key. In memory {@code accepted} is set; read back from a run, the
   * article stays encoded in {@code encoded} until it is handed out.
   */
  private record Entry(
      long time, String id, long sequence, String location, Accepted accepted, byte[] encoded) {}

  /** A sorted run on disk, read one entry ahead. */
  private final class RunReader implements Closeable {
    private final DataInputStream in;
    private Entry head;

    RunReader(final Path file) throws IOException {
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
      advance();
    }

    void advance() throws IOException {
      final long time;
      try {
        time = in.readLong();
      } catch (EOFException end) {
        head = null;
        in.close();
        return;
      }
      final long sequence = in.readLong();
      final String id = new String(readBytes(), StandardCharsets.UTF_8);
      final String location = new String(readBytes(), StandardCharsets.UTF_8);
      head = new Entry(time, id, sequence, location, null, readBytes());
    }

    private byte[] readBytes() throws IOException {
      final byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      return bytes;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** K-way merge of the runs on disk and the sorted remainder in memory. */
  private final class Merge implements Iterator<Accepted> {
    private final PriorityQueue<Source> queue =
        new PriorityQueue<>(Comparator.comparing(Source::head, ORDER));

    Merge() {
      try {
        for (final Path run : runs) {
          final RunReader reader = new RunReader(run);
          if (reader.head != null) {
            queue.add(new Source(reader, null));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read a sorted run", e);
      }
      final Iterator<Entry> memory = buffer.iterator();
      if (memory.hasNext()) {
        queue.add(new Source(null, memory).start());
      }
    }

    @Override
    public boolean hasNext() {
      return !queue.isEmpty();
    }

    @Override
    public Accepted next() {
      final Source source = queue.poll();
      if (source == null) {
        throw new NoSuchElementException();
      }
      final Entry entry = source.head();
      if (source.advance()) {
        queue.add(source);
      }
      if (entry.accepted() != null) {
        return entry.accepted();
      }
      return new Accepted(
          deserializer.deserialize(Topics.ARTICLES.name(), entry.encoded()), entry.location());
    }
  }

  /** A run on disk or the in-memory remainder, with its current head. */
  private static final class Source {
    private final RunReader reader;
    private final Iterator<Entry> memory;
    private Entry memoryHead;

    Source(final RunReader reader, final Iterator<Entry> memory) {
      this.reader = reader;
      this.memory = memory;
    }

    Source start() {
      memoryHead = memory.next();
      return this;
    }

    Entry head() {
      return reader != null ? reader.head : memoryHead;
    }

    /** Moves to the next entry; false when the source is exhausted. */
    boolean advance() {
      if (reader != null) {
        try {
          reader.advance();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read a sorted run", e);
        }
        return reader.head != null;
      }
      memoryHead = memory.hasNext() ? memory.next() : null;
      return memoryHead != null;
    }
  }
}
