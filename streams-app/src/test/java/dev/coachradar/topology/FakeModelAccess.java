package dev.coachradar.topology;

import dev.coachradar.extract.Extractor;

/** Lets tests of other packages use the stand-in extractor. */
public final class FakeModelAccess {
  private FakeModelAccess() {}

  /** The stand-in extractor: body lines {@code coach|team|RELATION}. */
  public static Extractor extractor() {
    return FakeModel.EXTRACTOR;
  }
}
