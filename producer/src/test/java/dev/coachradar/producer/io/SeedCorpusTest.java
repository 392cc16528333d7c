package dev.coachradar.producer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.coachradar.avro.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed texts, read as txt, must give the same title, body and date as seeds.jsonl. */
class SeedCorpusTest {

  @Test
  void seedTextsMatchTheirJsonlVersions() throws IOException {
    final Path corpus = corpusDir();
    final Map<String, JsonNode> expected = new LinkedHashMap<>();
    final ObjectMapper json = new ObjectMapper();
    for (final String line :
        Files.readAllLines(corpus.resolve("seeds.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        final JsonNode node = json.readTree(line);
        // source is "seed:NAME.txt" in the corpus; the reader says "file:NAME.txt".
        expected.put(node.get("source").asText().replaceFirst("^seed:", "file:"), node);
      }
    }
    final List<ParsedArticle> read = new ArrayList<>();

    final ReadSummary summary = ArticleReader.read(corpus.resolve("seeds"), read::add);

    assertThat(summary).isEqualTo(new ReadSummary(expected.size(), 0));
    assertThat(expected).hasSize(5);
    for (final ParsedArticle parsed : read) {
      final Article article = ((Accepted) parsed).article();
      final JsonNode want = expected.get(article.getSource());
      assertThat(want).as("seeds.jsonl entry for %s", article.getSource()).isNotNull();
      assertThat(article.getTitle())
          .as("title of %s", parsed.location())
          .isEqualTo(want.get("title").asText());
      assertThat(article.getBody())
          .as("body of %s", parsed.location())
          .isEqualTo(want.get("body").asText());
      final Instant date =
          want.get("published_at").isNull()
              ? null
              : Instant.parse(want.get("published_at").asText());
      assertThat(article.getPublishedAt()).as("date of %s", parsed.location()).isEqualTo(date);
      assertThat(article.getLang())
          .as("lang of %s", parsed.location())
          .isEqualTo(want.get("lang").asText());
    }
  }

  /** {@code shared/corpus} next to the repository root, found from the working directory up. */
  private static Path corpusDir() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      final Path candidate = dir.resolve("shared/corpus");
      if (Files.isRegularFile(candidate.resolve("seeds.jsonl"))
          && Files.isDirectory(candidate.resolve("seeds"))) {
        return candidate;
      }
    }
    return fail(
        "shared/corpus (with seeds/ and seeds.jsonl) not found in any parent of "
            + Path.of("").toAbsolutePath()
            + "; the repository root's parent directory must hold shared/");
  }
}
