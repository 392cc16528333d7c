package dev.coachradar.producer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Producer configuration, layered from weakest to strongest: the built-in {@code
 * producer.properties}, a {@code --config} file, the environment variable {@value #BOOTSTRAP_ENV},
 * and an explicit {@code --bootstrap-server}.
 */
public final class ProducerSettings {

  /** Environment variable overriding {@code bootstrap.servers} (as in containers). */
  public static final String BOOTSTRAP_ENV = "COACH_RADAR_BOOTSTRAP_SERVERS";

  static final String DEFAULTS_RESOURCE = "/producer.properties";

  private ProducerSettings() {}

  /** The built-in defaults only. */
  public static Map<String, Object> defaults() {
    try (InputStream in = ProducerSettings.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULTS_RESOURCE);
      }
      final Properties props = new Properties();
      props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return toMap(props);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + DEFAULTS_RESOURCE, e);
    }
  }

  /**
   * Defaults, overridden by {@code configFile} (may be null), by {@code env}'s {@value
   * #BOOTSTRAP_ENV}, and by {@code bootstrapServers} (may be null).
   */
  public static Map<String, Object> load(
      final Path configFile, final Map<String, String> env, final String bootstrapServers)
      throws IOException {
    final Map<String, Object> config = defaults();
    if (configFile != null) {
      final Properties props = new Properties();
      try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        props.load(reader);
      }
      config.putAll(toMap(props));
    }
    final String fromEnv = env.get(BOOTSTRAP_ENV);
    if (fromEnv != null && !fromEnv.isBlank()) {
      config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, fromEnv.strip());
    }
    if (bootstrapServers != null && !bootstrapServers.isBlank()) {
      config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers.strip());
    }
    return config;
  }

  private static Map<String, Object> toMap(final Properties props) {
    final Map<String, Object> map = new LinkedHashMap<>();
    for (final String name : props.stringPropertyNames()) {
      map.put(name, props.getProperty(name).strip());
    }
    return map;
  }
}
