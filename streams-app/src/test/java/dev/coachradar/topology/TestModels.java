package dev.coachradar.topology;

import dev.coachradar.extract.Extractor;

/**
 * The stand-in extractor of {@link FakeModel} for tests outside this package (article body lines
 * {@code coach|team|RELATION}), to run whole instances before the real extractor is wired.
 */
public final class TestModels {
  private TestModels() {}

  /** Reads {@code coach|team|RELATION} lines. */
  public static final Extractor EXTRACTOR = FakeModel.EXTRACTOR;
}
