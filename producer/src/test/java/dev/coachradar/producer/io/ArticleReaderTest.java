package dev.coachradar.producer.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.Article;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  @TempDir Path dir;

  private final List<ParsedArticle> out = new ArrayList<>();

  @Test
  void readsJsonlInTheCorpusFormatIgnoringGoldAndUnknownFields() throws IOException {
    final Path file =
        write(
            "dev.jsonl",
            "{\"id\": \"dev-0001\", \"published_at\": \"2024-05-07T08:45:00Z\", \"source\":"
                + " \"pianeta-mercato\", \"lang\": \"it\", \"title\": \"Conte al Napoli\","
                + " \"body\": \"Il tecnico salentino firma.\", \"url\": \"https://x.example/1\","
                + " \"gold\": {\"signals\": []}, \"extra\": 42}",
            "",
            "   ",
            "{\"id\": \"dev-0002\", \"published_at\": \"2024-05-08\", \"source\": null,"
                + " \"lang\": \"en\", \"title\": \"\", \"body\": \"Only a body.\"}");

    final ReadSummary summary = ArticleReader.read(file, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(2, 0));
    final Accepted first = accepted(0);
    assertThat(first.location()).isEqualTo(file + ":1");
    final Article a = first.article();
    assertThat(a.getId()).isEqualTo("dev-0001");
    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-05-07T08:45:00Z"));
    assertThat(a.getSource()).isEqualTo("pianeta-mercato");
    assertThat(a.getLang()).isEqualTo("it");
    assertThat(a.getTitle()).isEqualTo("Conte al Napoli");
    assertThat(a.getBody()).isEqualTo("Il tecnico salentino firma.");
    assertThat(a.getUrl()).isEqualTo("https://x.example/1");
    final Accepted second = accepted(1);
    assertThat(second.location()).isEqualTo(file + ":4"); // blank lines are skipped, not renumbered
    assertThat(second.article().getPublishedAt()).isEqualTo(Instant.parse("2024-05-08T00:00:00Z"));
    assertThat(second.article().getSource()).isNull();
    assertThat(second.article().getUrl()).isNull();
  }

  @Test
  void monthOnlyDateIsTheFirstDayOfTheMonthAtMidnightUtc() throws IOException {
    final Path file = write("m.jsonl", line("m-1", "\"2024-12\"", "t", "b"));

    ArticleReader.read(file, out::add);

    assertThat(accepted(0).article().getPublishedAt())
        .isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
  }

  @Test
  void offsetInstantIsNormalisedToUtc() throws IOException {
    final Path file = write("o.jsonl", line("o-1", "\"2025-06-09T12:12:00+02:00\"", "t", "b"));

    ArticleReader.read(file, out::add);

    assertThat(accepted(0).article().getPublishedAt())
        .isEqualTo(Instant.parse("2025-06-09T10:12:00Z"));
  }

  @Test
  void nullOrAbsentDateIsAcceptedAsUndated() throws IOException {
    final Path file =
        write(
            "n.jsonl",
            line("n-1", "null", "t", "b"),
            "{\"id\": \"n-2\", \"title\": \"t\", \"body\": \"b\"}");

    final ReadSummary summary = ArticleReader.read(file, out::add);

    assertThat(summary.accepted()).isEqualTo(2);
    assertThat(accepted(0).article().getPublishedAt()).isNull();
    assertThat(accepted(1).article().getPublishedAt()).isNull();
  }

  @Test
  void missingIdIsDerivedFromTheContentAndStable() throws IOException {
    final String noId =
        "{\"published_at\": \"2025-01-01T00:00:00Z\", \"title\": \"Titolo\", \"body\": \"Corpo\"}";
    final Path file =
        write("i.jsonl", noId, "{\"id\": \"\", \"title\": \"Titolo\", \"body\": \"Corpo\"}");

    ArticleReader.read(file, out::add);
    ArticleReader.read(file, out::add);

    final String id = accepted(0).article().getId();
    assertThat(id).matches("a-[0-9a-f]{16}").isEqualTo(ArticleReader.derivedId("Titolo", "Corpo"));
    assertThat(accepted(1).article().getId()).isEqualTo(id); // empty id counts as missing
    assertThat(accepted(2).article().getId()).isEqualTo(id); // same file, same keys
    assertThat(ArticleReader.derivedId("Titolo", "Corpo!")).isNotEqualTo(id);
  }

  @Test
  void malformedLineIsRejectedWithFileAndLineAndTheFollowingLinesAreStillRead() throws IOException {
    final Path file =
        write(
            "bad.jsonl",
            line("ok-1", "null", "t", "b"),
            "{\"id\": \"broken\", \"title\": ",
            line("ok-2", "null", "t", "b2"));

    final ReadSummary summary = ArticleReader.read(file, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(2, 1));
    final Rejected rejected = rejected(1);
    assertThat(rejected.location()).isEqualTo(file + ":2");
    assertThat(rejected.reason()).startsWith("malformed JSON");
    assertThat(rejected.raw()).isEqualTo("{\"id\": \"broken\", \"title\": ");
    assertThat(rejected.describe()).startsWith(file + ":2: malformed JSON");
    assertThat(accepted(2).article().getId()).isEqualTo("ok-2");
  }

  @Test
  void wrongTypesBadDatesAndNonObjectsAreRejectedNamingTheId() throws IOException {
    final Path file =
        write(
            "types.jsonl",
            "{\"id\": \"t-1\", \"title\": 7, \"body\": \"b\"}",
            line("t-2", "\"2024-13\"", "t", "b"),
            line("t-3", "\"yesterday\"", "t", "b"),
            line("t-4", "\"1899-12-31T23:59:59Z\"", "t", "b"),
            "[1, 2]",
            "{\"id\": \"t-6\", \"published_at\": 1700000000000, \"body\": \"b\"}",
            "{\"id\": \"t-7\", \"title\": \"a\"} {\"id\": \"t-8\"}");

    final ReadSummary summary = ArticleReader.read(file, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(0, 7));
    assertThat(rejected(0).reason())
        .isEqualTo("id t-1: field 'title' must be a string, not number");
    assertThat(rejected(1).reason()).startsWith("id t-2: unparsable published_at '2024-13'");
    assertThat(rejected(2).reason()).startsWith("id t-3: unparsable published_at 'yesterday'");
    assertThat(rejected(3).reason())
        .isEqualTo("id t-4: published_at '1899-12-31T23:59:59Z' is before 1900");
    assertThat(rejected(4).reason()).isEqualTo("not a JSON object");
    assertThat(rejected(5).reason()).contains("t-6", "'published_at' must be a string");
    assertThat(rejected(6).reason()).startsWith("malformed JSON");
    assertThat(rejected(6).location()).isEqualTo(file + ":7");
  }

  @Test
  void invalidUtf8LineIsRejectedAndReadingGoesOn() throws IOException {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((line("u-1", "null", "t", "città") + "\n").getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("{\"id\": \"u-2\", \"title\": \"caff".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE8); // Latin-1 'è': not valid UTF-8
    bytes.writeBytes("\", \"body\": \"b\"}\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes((line("u-3", "null", "t", "b") + "\n").getBytes(StandardCharsets.UTF_8));
    final Path file = dir.resolve("utf.jsonl");
    Files.write(file, bytes.toByteArray());

    final ReadSummary summary = ArticleReader.read(file, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(2, 1));
    assertThat(accepted(0).article().getBody()).isEqualTo("città");
    assertThat(rejected(1).location()).isEqualTo(file + ":2");
    assertThat(rejected(1).reason()).isEqualTo("invalid UTF-8 at byte 29 of the line");
    assertThat(rejected(1).raw()).startsWith("{\"id\": \"u-2\"");
    assertThat(accepted(2).article().getId()).isEqualTo("u-3");
  }

  @Test
  void utf16FilesAreRejectedLineByLineNamingTheEncoding() throws IOException {
    final String text = line("w-1", "null", "t", "b") + "\n" + line("w-2", "null", "t", "b") + "\n";
    final Path withBom = dir.resolve("utf16-bom.jsonl");
    Files.write(withBom, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
    final Path bigEndian = dir.resolve("utf16-be.jsonl");
    Files.write(bigEndian, text.getBytes(StandardCharsets.UTF_16BE));

    // little endian: the last "\n" leaves its 0x00 half as a third line
    assertThat(ArticleReader.read(withBom, out::add)).isEqualTo(new ReadSummary(0, 3));
    assertThat(ArticleReader.read(bigEndian, out::add)).isEqualTo(new ReadSummary(0, 2));

    assertThat(rejected(0).describe())
        .isEqualTo(withBom + ":1: UTF-16 byte order mark: the input must be UTF-8");
    assertThat(rejected(1).location()).isEqualTo(withBom + ":2");
    assertThat(rejected(1).reason()).contains("NUL byte", "UTF-16");
    assertThat(rejected(3).location()).isEqualTo(bigEndian + ":1");
    assertThat(rejected(3).reason()).startsWith("NUL byte at byte 1 of the line: UTF-16");
    assertThat(rejected(4).location()).isEqualTo(bigEndian + ":2");
  }

  @Test
  void latin1FileLosesOnlyItsNonAsciiLinesEachReportedWithItsLine() throws IOException {
    final Path file = dir.resolve("latin1.jsonl");
    Files.write(
        file,
        String.join(
                "\n",
                line("l-1", "null", "t", "plain ascii"),
                line("l-2", "null", "t", "città"),
                line("l-3", "null", "perché", "b"),
                line("l-4", "null", "t", "ascii again"),
                "")
            .getBytes(StandardCharsets.ISO_8859_1));

    final ReadSummary summary = ArticleReader.read(file, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(2, 2));
    assertThat(rejected(1).describe()).startsWith(file + ":2: invalid UTF-8 at byte");
    assertThat(rejected(2).describe()).startsWith(file + ":3: invalid UTF-8 at byte");
    assertThat(accepted(3).article().getId()).isEqualTo("l-4");
  }

  @Test
  void emptyOrMissingBodyIsRejectedButAHeadlineAloneIsAccepted() throws IOException {
    final Path file =
        write(
            "e.jsonl",
            line("e-1", "null", "", ""),
            "{\"id\": \"e-2\", \"title\": \"headline\"}",
            line("e-3", "null", "", "  \n "),
            line("e-4", "null", "Solo il titolo", ""));

    final ReadSummary summary = ArticleReader.read(file, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(1, 3));
    assertThat(rejected(0).reason())
        .isEqualTo("id e-1: empty article: title and body are both empty");
    assertThat(rejected(1).reason()).isEqualTo("id e-2: missing body");
    assertThat(rejected(2).reason()).contains("both empty");
    assertThat(accepted(3).article().getTitle()).isEqualTo("Solo il titolo");
  }

  @Test
  void crlfLinesAndAByteOrderMarkAreTolerated() throws IOException {
    final Path file = dir.resolve("crlf.jsonl");
    Files.write(
        file,
        ("\uFEFF" + line("c-1", "null", "t", "b") + "\r\n" + line("c-2", "null", "t", "b") + "\r\n")
            .getBytes(StandardCharsets.UTF_8));

    assertThat(ArticleReader.read(file, out::add)).isEqualTo(new ReadSummary(2, 0));
  }

  @Test
  void overlongLineIsRejectedWithoutBeingKept() throws IOException {
    final String longLine = line("l-1", "null", "t", "x".repeat(500));
    final byte[] input = (longLine + "\n" + "short\n").getBytes(StandardCharsets.UTF_8);
    try (LineReader lines = new LineReader(new ByteArrayInputStream(input), 100)) {
      final LineReader.Line first = lines.next();
      assertThat(first.text()).isNull();
      assertThat(first.problem()).contains("longer than the limit of 100");
      assertThat(first.raw()).hasSizeLessThanOrEqualTo(101);
      assertThat(lines.next().text()).isEqualTo("short");
      assertThat(lines.next()).isNull();
    }
  }

  @Test
  void seedTextWithDateHeaderSplitsTitleAndBody() throws IOException {
    final Path file =
        write(
            "001_x.txt",
            " date 2024-12 Allegri può tornare in panchina prima di Natale",
            "",
            "Concluso il suo secondo mandato alla Juventus, il tecnico è fermo.",
            "",
            "Secondo paragrafo del pezzo.",
            "");

    ArticleReader.read(file, out::add);

    final Accepted accepted = accepted(0);
    assertThat(accepted.location()).isEqualTo(file.toString());
    final Article a = accepted.article();
    assertThat(a.getPublishedAt()).isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
    assertThat(a.getTitle()).isEqualTo("Allegri può tornare in panchina prima di Natale");
    assertThat(a.getBody())
        .isEqualTo(
            "Concluso il suo secondo mandato alla Juventus, il tecnico è fermo.\n\n"
                + "Secondo paragrafo del pezzo.");
    assertThat(a.getSource()).isEqualTo("file:001_x.txt");
    assertThat(a.getLang()).isEqualTo("it");
    assertThat(a.getId()).isEqualTo(ArticleReader.derivedId(a.getTitle(), a.getBody()));
    assertThat(a.getUrl()).isNull();
  }

  @Test
  void seedTextWithFullDateAndWithoutHeader() throws IOException {
    write(
        "a.txt",
        " date 2026-03-04 Real Madrid, the new coach is on his way",
        "",
        "The club and the board will decide after the game.");
    write(
        "b.txt",
        "",
        "Dopo quanto fatto alla guida dell'Atalanta, Gasperini è pronto a dire addio.",
        "");
    write("c.txt", " date 2024-13 Bad month", "", "Body");
    write("d.txt", "  ", "");

    final ReadSummary summary = ArticleReader.read(dir, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(2, 2));
    final Article dated = accepted(0).article();
    assertThat(dated.getPublishedAt()).isEqualTo(Instant.parse("2026-03-04T00:00:00Z"));
    assertThat(dated.getLang()).isEqualTo("en");
    final Article undated = accepted(1).article();
    assertThat(undated.getPublishedAt()).isNull();
    assertThat(undated.getTitle()).isEmpty();
    assertThat(undated.getBody())
        .isEqualTo("Dopo quanto fatto alla guida dell'Atalanta, Gasperini è pronto a dire addio.");
    assertThat(rejected(2).reason()).startsWith("date header: unparsable published_at '2024-13'");
    assertThat(rejected(3).reason()).isEqualTo("empty article: no title and no body");
  }

  @Test
  void directoryIsReadRecursivelyInNameOrderSkippingOtherFiles() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve(".git"));
    write("b.jsonl", line("b-1", "null", "t", "b1"), line("b-2", "null", "t", "b2"));
    write("a/z.txt", " date 2025-01 Titolo z", "", "Corpo z");
    write("a/y.json", line("y-1", "null", "t", "y"));
    write("a.jsonl", line("a-1", "null", "t", "a"));
    write("c.md", "# not an article");
    write(".hidden.jsonl", line("h-1", "null", "t", "h"));
    write(".git/x.jsonl", line("g-1", "null", "t", "g"));

    final ReadSummary summary = ArticleReader.read(dir, out::add);

    assertThat(summary).isEqualTo(new ReadSummary(5, 0));
    assertThat(out)
        .extracting(ParsedArticle::location)
        .containsExactly(
            dir.resolve("a/y.json") + ":1",
            dir.resolve("a/z.txt").toString(),
            dir.resolve("a.jsonl") + ":1",
            dir.resolve("b.jsonl") + ":1",
            dir.resolve("b.jsonl") + ":2");
  }

  @Test
  void missingInputIsAnIoError() {
    org.assertj.core.api.Assertions.assertThatIOException()
        .isThrownBy(() -> ArticleReader.read(dir.resolve("nope"), out::add))
        .withMessageContaining("nope");
  }

  private Path write(final String name, final String... lines) throws IOException {
    final Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static String line(
      final String id, final String publishedAtJson, final String title, final String body) {
    return "{\"id\": \""
        + id
        + "\", \"published_at\": "
        + publishedAtJson
        + ", \"title\": \""
        + title.replace("\n", "\\n")
        + "\", \"body\": \""
        + body.replace("\n", "\\n")
        + "\"}";
  }

  private Accepted accepted(final int index) {
    assertThat(out.get(index))
        .as("record %d: %s", index, out.get(index))
        .isInstanceOf(Accepted.class);
    return (Accepted) out.get(index);
  }

  private Rejected rejected(final int index) {
    assertThat(out.get(index))
        .as("record %d: %s", index, out.get(index))
        .isInstanceOf(Rejected.class);
    return (Rejected) out.get(index);
  }
}
