package dev.coachradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.config.AppConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defaults that keep a fresh installation from exposing more than it should. */
class SecureDefaultsTest {

  @Test
  void theHttpServerListensOnLoopbackUnlessConfiguredOtherwise() {
    assertThat(AppConfig.defaults(Map.of()).get("coach-radar.http.host", null))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void securitySettingsReachTheAdminAndPlainClientsButStreamsOnlySettingsDoNot() {
    final AppConfig cfg =
        AppConfig.defaults(
            Map.of(
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "x required;",
                "ssl.truststore.location", "/t.p12"));

    assertThat(cfg.clientProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
        .containsEntry("sasl.jaas.config", "x required;")
        .containsEntry("ssl.truststore.location", "/t.p12")
        .containsKey("bootstrap.servers")
        .doesNotContainKeys("application.id", "processing.guarantee", "coach-radar.http.host");
  }
}
