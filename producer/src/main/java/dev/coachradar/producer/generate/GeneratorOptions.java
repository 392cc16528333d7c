package dev.coachradar.producer.generate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@link ArticleGenerator} makes.
 *
 * @param count how many articles
 * @param start first day of the period (UTC)
 * @param days length of the period; publication times are spread over it in increasing order, with
 *     jitter
 * @param langMix language code to share ({@code it=0.8, en=0.2}); shares are normalised, every
 *     language needs a {@code generator/templates.LANG.txt}
 * @param withGold whether JSON lines carry {@code gold.signals}
 */
public record GeneratorOptions(
    long count, LocalDate start, int days, Map<String, Double> langMix, boolean withGold) {

  /** Checks the values; the mix is copied in language order, so its input order does not matter. */
  public GeneratorOptions {
    Objects.requireNonNull(start, "start");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    if (langMix.isEmpty()
        || langMix.values().stream().anyMatch(v -> !(v >= 0))
        || langMix.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
      throw new IllegalArgumentException("language mix needs non-negative shares summing above 0");
    }
    langMix = java.util.Collections.unmodifiableMap(new TreeMap<>(langMix));
  }

  /** {@code count} articles from 2024-01-01 over 730 days, 80% Italian, no gold. */
  public static GeneratorOptions of(final long count) {
    return new GeneratorOptions(
        count, LocalDate.of(2024, 1, 1), 730, Map.of("it", 0.8, "en", 0.2), false);
  }

  /** A copy with gold signals on (or off). */
  public GeneratorOptions withGold(final boolean gold) {
    return new GeneratorOptions(count, start, days, langMix, gold);
  }

  /**
   * Parses {@code it=0.8,en=0.2}.
   *
   * @throws IllegalArgumentException on anything else
   */
  public static Map<String, Double> parseLangMix(final String text) {
    final Map<String, Double> mix = new TreeMap<>();
    for (final String part : text.split(",")) {
      final String[] kv = part.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank()) {
        throw new IllegalArgumentException("language mix '" + text + "': expected lang=share,...");
      }
      try {
        mix.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("language mix '" + text + "': bad share " + kv[1], e);
      }
    }
    return mix;
  }
}
