package dev.coachradar.topology;

import dev.coachradar.extract.Extractor;
import dev.coachradar.model.StatusFolder;

/**
 * The stand-ins of {@link FakeModel} for tests outside this package (article body lines {@code
 * coach|team|RELATION}), to run whole instances before the real extractor is wired.
 */
public final class TestModels {
  private TestModels() {}

  /** Reads {@code coach|team|RELATION} lines. */
  public static final Extractor EXTRACTOR = FakeModel.EXTRACTOR;

  /** Latest relation per team wins; confidence 0.6 for a destination. */
  public static final StatusFolder FOLDER = FakeModel.FOLDER;
}
