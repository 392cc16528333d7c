package dev.coachradar.reliability;

import dev.coachradar.embedded.EmbeddedKafka;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The broker of an integration test class, laid out by {@link RadarFixture#startBroker}, started
 * before its tests and closed after them: {@code @RegisterExtension static final RadarBroker BROKER
 * = new RadarBroker();}.
 */
public final class RadarBroker implements BeforeAllCallback, AfterAllCallback {
  private final Map<String, String> brokerConfig;
  private EmbeddedKafka kafka;

  /** A broker with the test kit's settings. */
  public RadarBroker() {
    this(Map.of());
  }

  /** A broker with extra settings. */
  public RadarBroker(final Map<String, String> brokerConfig) {
    this.brokerConfig = brokerConfig;
  }

  @Override
  public void beforeAll(final ExtensionContext context) throws Exception {
    kafka = RadarFixture.startBroker(brokerConfig);
  }

  @Override
  public void afterAll(final ExtensionContext context) throws Exception {
    if (kafka != null) {
      kafka.close();
      kafka = null;
    }
  }

  /** The running broker. */
  public EmbeddedKafka kafka() {
    return kafka;
  }
}
