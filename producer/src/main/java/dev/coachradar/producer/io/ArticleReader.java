package dev.coachradar.producer.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.coachradar.avro.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from files into {@link Article} records, streaming: a JSONL file is read line by
 * line, never whole, and every line is judged on its own.
 *
 * <p>Formats, chosen by file name:
 *
 * <ul>
 *   <li>{@code *.jsonl}, {@code *.json}: one article per line in the corpus format ({@code id},
 *       {@code published_at}, {@code source}, {@code lang}, {@code title}, {@code body}, optional
 *       {@code url}; {@code gold} and unknown fields are ignored). Blank lines are skipped.
 *   <li>{@code *.txt}: a seed text. An optional first line {@code " date YYYY-MM[-DD] title"} gives
 *       the date (first day of the month at 00:00Z when only the month is given) and the title; the
 *       rest, trimmed, is the body. Without that header the article has no date, an empty title,
 *       and the whole trimmed file as body. {@code source} is {@code "file:" + name}; Windows line
 *       ends become {@code \n}.
 *   <li>anything else is skipped with a warning (hidden files and directories silently).
 * </ul>
 *
 * <p>An article without an id gets {@code "a-" + 16 hex chars of SHA-256(title + "\n" + body)}, so
 * publishing the same file twice gives the same keys. When the input names no language, it is
 * guessed from Italian and English function words ({@code it}, {@code en}, or null when unsure).
 *
 * <p>Rejected (reported, never dropped): malformed JSON, a field of the wrong type, a missing body,
 * title and body both empty, an unparsable date or one before 1900, invalid UTF-8, and lines or
 * text files longer than {@link #MAX_RECORD_BYTES}. A headline with an empty body is accepted.
 */
public final class ArticleReader {

  /** Longest line (JSONL) or file (seed text) read; longer ones are rejected unread. */
  public static final int MAX_RECORD_BYTES = 8 * 1024 * 1024;

  /** Earliest publication date accepted; anything older is a data error. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  private static final Logger LOG = LoggerFactory.getLogger(ArticleReader.class);

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final Pattern HEADER =
      Pattern.compile("^\\s*date\\s+(\\S+)(?:\\s+(.*))?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private ArticleReader() {}

  /**
   * Reads a file or a directory (files sorted by name, recursively; {@code *.jsonl}/{@code *.json}
   * as JSONL, {@code *.txt} as seed text, others skipped with a warning); calls sink for every
   * accepted article and every rejection, in input order.
   *
   * @throws IOException when the input does not exist or cannot be read (bad content is a
   *     rejection, not an exception)
   */
  public static ReadSummary read(final Path input, final Consumer<ParsedArticle> sink)
      throws IOException {
    final Counting counting = new Counting(sink);
    if (Files.isDirectory(input)) {
      for (final Path file : filesIn(input)) {
        readFile(file, counting);
      }
    } else if (Files.isRegularFile(input)) {
      readFile(input, counting);
    } else {
      throw new NoSuchFileException(input.toString(), null, "no such file or directory");
    }
    return counting.summary();
  }

  /**
   * Reads JSONL from a stream (for standard input or archives); {@code name} prefixes locations.
   * Does not close the stream.
   */
  public static ReadSummary readJsonl(
      final InputStream in, final String name, final Consumer<ParsedArticle> sink)
      throws IOException {
    final Counting counting = new Counting(sink);
    final LineReader lines = new LineReader(in, MAX_RECORD_BYTES);
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      final String location = name + ":" + line.number();
      if (line.text() == null) {
        counting.accept(new Rejected(location, line.problem(), line.raw()));
      } else if (!line.text().isBlank()) {
        counting.accept(parseJsonLine(line.text(), location));
      }
    }
    return counting.summary();
  }

  /** Parses the text of a seed file named {@code fileName} (the file name gives the source). */
  public static ParsedArticle parseSeedText(final String fileName, final String text) {
    final String location = fileName;
    final String normalized = stripBom(text).replace("\r\n", "\n");
    final int newline = normalized.indexOf('\n');
    final String first = newline < 0 ? normalized : normalized.substring(0, newline);
    final Matcher header = HEADER.matcher(first);
    Instant publishedAt = null;
    String title = "";
    String body = normalized.strip();
    if (header.matches()) {
      final String date = header.group(1);
      try {
        publishedAt = parseDate(date);
      } catch (InvalidArticle e) {
        return new Rejected(location, "date header: " + e.getMessage(), text);
      }
      title = header.group(2) == null ? "" : header.group(2).strip();
      body = newline < 0 ? "" : normalized.substring(newline + 1).strip();
    }
    if (title.isEmpty() && body.isEmpty()) {
      return new Rejected(location, "empty article: no title and no body", text);
    }
    final Article article =
        Article.newBuilder()
            .setId(derivedId(title, body))
            .setPublishedAt(publishedAt)
            .setSource("file:" + Path.of(fileName).getFileName())
            .setLang(LanguageGuess.guess(title + "\n" + body))
            .setTitle(title)
            .setBody(body)
            .setUrl(null)
            .build();
    return new Accepted(article, location);
  }

  /** {@code "a-"} + the first 16 hex chars of SHA-256(title + "\n" + body), UTF-8. */
  public static String derivedId(final String title, final String body) {
    try {
      final byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest((title + "\n" + body).getBytes(StandardCharsets.UTF_8));
      return "a-" + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * Parses a publication date: a full ISO-8601 instant (with {@code Z} or an offset), {@code
   * YYYY-MM-DD} (00:00Z) or {@code YYYY-MM} (first day, 00:00Z).
   */
  static Instant parseDate(final String value) throws InvalidArticle {
    final String text = value.strip();
    final Instant instant;
    try {
      if (MONTH.matcher(text).matches()) {
        instant = YearMonth.parse(text).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      } else if (DAY.matcher(text).matches()) {
        instant = LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } else {
        instant = OffsetDateTime.parse(text).toInstant();
      }
    } catch (DateTimeException e) {
      throw new InvalidArticle(
          "unparsable published_at '"
              + value
              + "' (expected an ISO-8601 instant, YYYY-MM-DD or YYYY-MM)");
    }
    if (instant.isBefore(EARLIEST)) {
      throw new InvalidArticle("published_at '" + value + "' is before 1900");
    }
    return instant;
  }

  private static void readFile(final Path file, final Consumer<ParsedArticle> sink)
      throws IOException {
    final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".json")) {
      try (InputStream in = Files.newInputStream(file)) {
        readJsonl(in, file.toString(), sink);
      }
    } else if (name.endsWith(".txt")) {
      sink.accept(readSeedFile(file));
    } else {
      LOG.warn("{}: skipped (not .jsonl, .json or .txt)", file);
    }
  }

  private static ParsedArticle readSeedFile(final Path file) throws IOException {
    final String location = file.toString();
    final long size = Files.size(file);
    if (size > MAX_RECORD_BYTES) {
      final byte[] head;
      try (InputStream in = Files.newInputStream(file)) {
        head = in.readNBytes(Rejected.MAX_RAW_CHARS);
      }
      return new Rejected(
          location,
          "file of " + size + " bytes is longer than the limit of " + MAX_RECORD_BYTES,
          new String(head, StandardCharsets.UTF_8));
    }
    final byte[] bytes = Files.readAllBytes(file);
    final String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return new Rejected(location, "invalid UTF-8", new String(bytes, StandardCharsets.UTF_8));
    }
    final ParsedArticle parsed = parseSeedText(file.getFileName().toString(), text);
    // Report the path as given (the parser only knows the file name).
    if (parsed instanceof Accepted accepted) {
      return new Accepted(accepted.article(), location);
    }
    final Rejected rejected = (Rejected) parsed;
    return new Rejected(location, rejected.reason(), rejected.raw());
  }

  private static ParsedArticle parseJsonLine(final String text, final String location) {
    final JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new Rejected(location, "malformed JSON: " + e.getOriginalMessage(), text);
    }
    if (node == null || !node.isObject()) {
      return new Rejected(location, "not a JSON object", text);
    }
    String id = null;
    try {
      id = optionalString(node, "id");
      final String title = optionalString(node, "title");
      final String body = optionalString(node, "body");
      final String published = optionalString(node, "published_at");
      if (body == null) {
        throw new InvalidArticle("missing body");
      }
      final String safeTitle = title == null ? "" : title;
      if (safeTitle.isBlank() && body.isBlank()) {
        throw new InvalidArticle("empty article: title and body are both empty");
      }
      final String lang = optionalString(node, "lang");
      final Article article =
          Article.newBuilder()
              .setId(id == null || id.isBlank() ? derivedId(safeTitle, body) : id)
              .setPublishedAt(published == null ? null : parseDate(published))
              .setSource(optionalString(node, "source"))
              .setLang(
                  lang == null || lang.isBlank()
                      ? LanguageGuess.guess(safeTitle + "\n" + body)
                      : lang)
              .setTitle(safeTitle)
              .setBody(body)
              .setUrl(optionalString(node, "url"))
              .build();
      return new Accepted(article, location);
    } catch (InvalidArticle e) {
      final String reason =
          id == null || id.isBlank() ? e.getMessage() : "id " + id + ": " + e.getMessage();
      return new Rejected(location, reason, text);
    }
  }

  private static String optionalString(final JsonNode node, final String field)
      throws InvalidArticle {
    final JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new InvalidArticle(
          "field '"
              + field
              + "' must be a string, not "
              + value.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return value.textValue();
  }

  private static String stripBom(final String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Regular files under {@code dir} in name order, depth first: compared name by name along the
   * path, so {@code a/z.jsonl} comes before {@code b.jsonl}. Hidden entries are left out.
   */
  private static List<Path> filesIn(final Path dir) throws IOException {
    final List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> !isHidden(dir.relativize(p)))
          .filter(Files::isRegularFile)
          .forEach(files::add);
    }
    files.sort(Comparator.comparing(dir::relativize, ArticleReader::compareByName));
    return files;
  }

  private static boolean isHidden(final Path relative) {
    for (final Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static int compareByName(final Path a, final Path b) {
    final Iterator<Path> left = a.iterator();
    final Iterator<Path> right = b.iterator();
    while (left.hasNext() && right.hasNext()) {
      final int cmp = left.next().toString().compareTo(right.next().toString());
      if (cmp != 0) {
        return cmp;
      }
    }
    return Boolean.compare(left.hasNext(), right.hasNext());
  }

  /** A record that is not a valid article; the message is the reason. */
  static final class InvalidArticle extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidArticle(final String message) {
      super(message);
    }
  }

  /** Passes records on and counts them. */
  private static final class Counting implements Consumer<ParsedArticle> {
    private final Consumer<ParsedArticle> sink;
    private long accepted;
    private long rejected;

    Counting(final Consumer<ParsedArticle> sink) {
      this.sink = sink;
    }

    @Override
    public void accept(final ParsedArticle parsed) {
      if (parsed instanceof Accepted) {
        accepted++;
      } else {
        rejected++;
      }
      sink.accept(parsed);
    }

    ReadSummary summary() {
      return new ReadSummary(accepted, rejected);
    }
  }
}
