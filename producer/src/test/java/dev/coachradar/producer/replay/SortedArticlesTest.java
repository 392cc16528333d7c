package dev.coachradar.producer.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.Article;
import dev.coachradar.producer.io.Accepted;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Replay order: undated first, then published_at, ties by id; the same with spilled runs. */
class SortedArticlesTest {

  private static Accepted article(final String id, final String publishedAt) {
    return new Accepted(
        new Article(
            id,
            publishedAt == null ? null : Instant.parse(publishedAt),
            "s",
            "it",
            "t",
            "body of " + id,
            null),
        "in.jsonl:" + id);
  }

  private static List<String> ids(final SortedArticles sorted) {
    final List<String> ids = new ArrayList<>();
    for (final Accepted accepted : sorted) {
      ids.add(accepted.article().getId());
    }
    return ids;
  }

  @Test
  void undatedFirstThenByTimeThenById() throws IOException {
    try (SortedArticles sorted = new SortedArticles()) {
      sorted.add(article("c", "2024-05-01T10:00:00Z"));
      sorted.add(article("b", "2024-05-01T10:00:00Z"));
      sorted.add(article("z", null));
      sorted.add(article("a", "2024-06-01T00:00:00Z"));
      sorted.add(article("y", null));
      sorted.add(article("d", "2023-01-01T00:00:00Z"));

      assertThat(ids(sorted)).containsExactly("y", "z", "d", "b", "c", "a");
      assertThat(sorted.spilledRuns()).isZero();
    }
  }

  @Test
  void spilledRunsMergeToTheSameOrderAndKeepLocations() throws IOException {
    final Random random = new Random(42);
    final List<Accepted> input = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      final String time =
          random.nextInt(20) == 0
              ? null
              : Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(5_000)).toString();
      input.add(article(String.format("id-%04d", random.nextInt(1_500)), time));
    }
    final List<Accepted> expected = new ArrayList<>(input);
    expected.sort(
        Comparator.comparingLong((Accepted a) -> SortedArticles.sortTime(a.article()))
            .thenComparing(a -> a.article().getId()));

    try (SortedArticles sorted = new SortedArticles(20_000)) {
      input.forEach(sorted::add);
      assertThat(sorted.spilledRuns()).isGreaterThan(5);
      final List<Accepted> out = new ArrayList<>();
      sorted.forEach(out::add);

      assertThat(out).hasSize(input.size());
      assertThat(out.stream().map(a -> a.article().getId()).toList())
          .isEqualTo(expected.stream().map(a -> a.article().getId()).toList());
      assertThat(out.stream().map(Accepted::location).toList())
          .isEqualTo(expected.stream().map(Accepted::location).toList());
      assertThat(out.get(out.size() - 1).article())
          .isEqualTo(expected.get(out.size() - 1).article());
    }
  }
}
