package dev.coachradar.app;

import dev.coachradar.config.AppConfig;
import dev.coachradar.extract.Extractor;
import dev.coachradar.extract.RuleExtractor;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.DefaultStatusFolder;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.topology.CoachRadarTopology;
import java.time.Duration;
import org.apache.kafka.streams.Topology;

/**
 * Wires the production components from configuration: the extractor, the status model and the
 * topology around them. Commands get their parts here, so each is configured in one place.
 */
public final class Components {
  private static final TeamDirectory TEAMS = TeamDirectory.load();

  private Components() {}

  /** The production extractor (rule-based, over the knowledge base on the classpath). */
  public static Extractor extractor() {
    return RuleExtractor.defaultExtractor();
  }

  /**
   * Model settings: the documented defaults, the markets of the knowledge base (never a bench) and
   * the history retention from configuration.
   */
  public static ModelConfig modelConfig(final AppConfig cfg) {
    final ModelConfig defaults = ModelConfig.DEFAULTS.withNonBenchTeams(TEAMS.markets());
    return defaults.withHistory(
        Duration.ofDays(
            cfg.getLong("coach-radar.history.window.days", defaults.historyWindow().toDays())),
        (int) cfg.getLong("coach-radar.history.max.signals", defaults.historyMaxSignals()));
  }

  /** The status model. */
  public static StatusFolder folder(final ModelConfig config) {
    return new DefaultStatusFolder(config);
  }

  /** What counts as a change for subscribers, and how it is worded. */
  public static ChangeDetector detector() {
    return new ChangeDetector(TEAMS::name);
  }

  /** The production topology. */
  public static Topology topology(final AppConfig cfg) {
    final ModelConfig config = modelConfig(cfg);
    return CoachRadarTopology.build(extractor(), folder(config), config, detector());
  }
}
