package dev.coachradar.app;

import dev.coachradar.config.AppConfig;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.StatusFolder;

/** TEMPORARY until merge. */
public final class Components {
  private Components() {}

  public static Extractor extractor() {
    throw new UnsupportedOperationException();
  }

  public static StatusFolder folder(final AppConfig cfg) {
    throw new UnsupportedOperationException();
  }
}
