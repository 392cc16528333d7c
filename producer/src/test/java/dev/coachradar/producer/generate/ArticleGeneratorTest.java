package dev.coachradar.producer.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coachradar.avro.Relation;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.ArticleReader;
import dev.coachradar.producer.io.ParsedArticle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator is reproducible, its output is valid input, and it covers what tests need. */
class ArticleGeneratorTest {

  private static String jsonl(final long seed, final GeneratorOptions opts) throws IOException {
    final StringWriter out = new StringWriter();
    ArticleGenerator.writeJsonl(seed, opts, out);
    return out.toString();
  }

  @Test
  void sameSeedGivesTheSameBytesAndOtherSeedsDiffer() throws IOException {
    final GeneratorOptions opts = GeneratorOptions.of(500).withGold(true);

    final String first = jsonl(42, opts);
    assertThat(jsonl(42, opts)).isEqualTo(first);
    assertThat(jsonl(43, opts)).isNotEqualTo(first);
    // the mix is normalised and ordered, so the way it is written does not matter
    final GeneratorOptions reordered =
        new GeneratorOptions(
            500, LocalDate.of(2024, 1, 1), 730, GeneratorOptions.parseLangMix("en=1,it=4"), true);
    assertThat(jsonl(42, reordered)).isEqualTo(first);
  }

  @Test
  void everyLineIsAnAcceptedArticleInThePeriodWithIdsInOrder() throws IOException {
    final GeneratorOptions opts =
        new GeneratorOptions(
            2_000, LocalDate.of(2024, 1, 1), 730, Map.of("it", 0.8, "en", 0.2), true);
    final String text = jsonl(7, opts);
    final List<ParsedArticle> parsed = new ArrayList<>();

    ArticleReader.readJsonl(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "gen", parsed::add);

    assertThat(parsed).hasSize(2_000).allMatch(p -> p instanceof Accepted);
    final Instant start = Instant.parse("2024-01-01T00:00:00Z");
    final Instant end = start.plusSeconds(730L * 86_400);
    for (int i = 0; i < parsed.size(); i++) {
      final Accepted accepted = (Accepted) parsed.get(i);
      assertThat(accepted.article().getId()).isEqualTo(String.format("gen-7-%06d", i + 1));
      assertThat(accepted.article().getPublishedAt()).isBetween(start, end);
      assertThat(accepted.article().getTitle()).isNotBlank();
      assertThat(accepted.article().getBody()).isNotBlank().doesNotContain("{", "}");
    }
    // increasing-ish: the first and last tenth do not overlap
    final Instant earlyMax =
        parsed.subList(0, 200).stream()
            .map(p -> ((Accepted) p).article().getPublishedAt())
            .max(Instant::compareTo)
            .orElseThrow();
    final Instant lateMin =
        parsed.subList(1_800, 2_000).stream()
            .map(p -> ((Accepted) p).article().getPublishedAt())
            .min(Instant::compareTo)
            .orElseThrow();
    assertThat(earlyMax).isBefore(lateMin);
  }

  @Test
  void twoThousandArticlesCoverAllRelationsBothLanguagesAndManyLengths() {
    final Set<Relation> relations = EnumSet.noneOf(Relation.class);
    final Set<String> langs = new HashSet<>();
    final Set<String> coaches = new HashSet<>();
    final Set<String> teams = new HashSet<>();
    final int[] lengths = {Integer.MAX_VALUE, 0};
    final boolean[] hedged = new boolean[2];
    ArticleGenerator.generate(11, GeneratorOptions.of(2_000))
        .forEach(
            g -> {
              langs.add(g.article().getLang());
              final String body = g.article().getBody();
              lengths[0] = Math.min(lengths[0], body.length());
              lengths[1] = Math.max(lengths[1], body.length());
              hedged[0] |= body.contains("sarebbe") || body.contains("secondo indiscrezioni");
              hedged[1] |= body.toLowerCase().contains("reportedly");
              for (final GeneratedArticle.Signal s : g.gold()) {
                relations.add(s.relation());
                coaches.add(s.coach());
                teams.add(s.team());
              }
              // one relation per (coach, team) pair
              assertThat(g.gold().stream().map(s -> s.coach() + "/" + s.team()).distinct())
                  .hasSize(g.gold().size());
            });

    assertThat(relations).containsExactlyInAnyOrder(Relation.values());
    assertThat(langs).containsExactlyInAnyOrder("it", "en");
    assertThat(coaches).hasSizeGreaterThan(200);
    assertThat(teams).hasSizeGreaterThan(150);
    assertThat(lengths[0]).isLessThan(200);
    assertThat(lengths[1]).isGreaterThan(2_000);
    assertThat(hedged).containsExactly(true, true);
  }

  @Test
  void goldIsWrittenOnlyWhenAsked() throws IOException {
    assertThat(jsonl(1, GeneratorOptions.of(20))).doesNotContain("\"gold\"");
    assertThat(jsonl(1, GeneratorOptions.of(20).withGold(true)))
        .contains("\"gold\":{\"signals\":[{\"coach\":");
  }

  @Test
  void unknownLanguageAndBadMixAreRejected() {
    final GeneratorOptions french =
        new GeneratorOptions(1, LocalDate.of(2024, 1, 1), 10, Map.of("fr", 1.0), false);
    assertThatThrownBy(() -> jsonl(1, french))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fr'");
    assertThatThrownBy(() -> GeneratorOptions.parseLangMix("it:0.8"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knowledgeBaseIsReadByHeaderNameSkippingCommentsAndExtraColumns() {
    final String tsv =
        String.join(
            "\n",
            "# a comment before the header",
            "id\tname\tdescriptors\taliases\tsomething-new",
            "",
            "massimiliano-allegri\tMassimiliano Allegri\tlivornese|toscano\tAllegri|Max\textra",
            "# another comment",
            "antonio-conte\tAntonio Conte",
            "");
    final List<KnowledgeBase.Coach> coaches =
        KnowledgeBase.parse(
            "test.tsv",
            new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)),
            KnowledgeBase::coach);

    assertThat(coaches)
        .containsExactly(
            new KnowledgeBase.Coach(
                "massimiliano-allegri",
                "Massimiliano Allegri",
                List.of("Allegri", "Max"),
                List.of("livornese", "toscano")),
            new KnowledgeBase.Coach("antonio-conte", "Antonio Conte", List.of(), List.of()));
    assertThat(KnowledgeBase.load().coaches()).hasSizeGreaterThan(100);
  }
}
