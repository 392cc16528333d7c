package dev.coachradar.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The application's configuration: {@code coach-radar.properties} defaults from the classpath, then
 * an optional properties file, then {@code COACH_RADAR_*} environment variables, then explicit
 * overrides (command-line flags). Later sources win.
 *
 * <p>Keys starting with {@code coach-radar.} are ours; every other key goes to Kafka Streams.
 */
public final class AppConfig {
  /** Prefix of coach-radar's own settings. */
  public static final String OWN_PREFIX = "coach-radar.";

  private static final String ENV_PREFIX = "COACH_RADAR_";

  private final Properties props;

  private AppConfig(final Properties props) {
    this.props = props;
  }

  /** Defaults, then the file (may be null), then the environment, then the overrides. */
  public static AppConfig load(
      final Path file, final Map<String, String> env, final Map<String, String> overrides) {
    final Properties props = new Properties();
    try (InputStream in = AppConfig.class.getResourceAsStream("/coach-radar.properties")) {
      if (in == null) {
        throw new IllegalStateException("coach-radar.properties missing from the classpath");
      }
      props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (file != null) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(reader);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot read config file " + file + ": " + e.getMessage(), e);
      }
    }
    for (final String key : props.stringPropertyNames()) {
      final String value = env.get(envName(key));
      if (value != null) {
        props.setProperty(key, value);
      }
    }
    final String bootstrap = env.get(ENV_PREFIX + "BOOTSTRAP_SERVERS");
    if (bootstrap != null) {
      props.setProperty("bootstrap.servers", bootstrap);
    }
    overrides.forEach(props::setProperty);
    return new AppConfig(props);
  }

  /** Defaults only (plus overrides), ignoring the environment: for tests and embedded runs. */
  public static AppConfig defaults(final Map<String, String> overrides) {
    return load(null, Map.of(), overrides);
  }

  /** The environment variable that overrides a key: COACH_RADAR_ + upper case, . and - as _. */
  static String envName(final String key) {
    final String bare = key.startsWith(OWN_PREFIX) ? key.substring(OWN_PREFIX.length()) : key;
    return ENV_PREFIX + bare.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /** A copy with one more setting (e.g. {@code application.server} once the port is known). */
  public AppConfig with(final String key, final String value) {
    final Properties copy = new Properties();
    copy.putAll(props);
    copy.setProperty(key, value);
    return new AppConfig(copy);
  }

  /** Kafka Streams properties (our own keys removed). */
  public Properties streamsProperties() {
    final Properties streams = new Properties();
    for (final String key : props.stringPropertyNames()) {
      if (!key.startsWith(OWN_PREFIX)) {
        streams.setProperty(key, props.getProperty(key));
      }
    }
    return streams;
  }

  /**
   * The connection and security settings (bootstrap servers, SSL, SASL, ...) among the Kafka ones:
   * what an admin client, or a plain producer or consumer, needs to reach the same cluster as the
   * streams application, secured or not.
   */
  public Map<String, Object> clientProperties() {
    final Map<String, Object> admin = new java.util.HashMap<>();
    final java.util.Set<String> known =
        org.apache.kafka.clients.admin.AdminClientConfig.configNames();
    streamsProperties()
        .forEach(
            (key, value) -> {
              if (known.contains(key.toString())) {
                admin.put(key.toString(), value);
              }
            });
    return admin;
  }

  /** A setting, or the fallback when absent. */
  public String get(final String key, final String fallback) {
    return props.getProperty(key, fallback);
  }

  /** A numeric setting; fails with the key's name when it is not a number. */
  public long getLong(final String key, final long fallback) {
    final String value = props.getProperty(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be a number, got: " + value, e);
    }
  }

  /** The bootstrap servers. */
  public String bootstrapServers() {
    return props.getProperty("bootstrap.servers");
  }

  /** The application id (also the consumer group and the prefix of internal topics). */
  public String applicationId() {
    return props.getProperty("application.id");
  }
}
