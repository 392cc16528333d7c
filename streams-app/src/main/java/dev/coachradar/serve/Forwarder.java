package dev.coachradar.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Passes a request on to the instance that owns the key. The forwarded request carries {@link
 * #HEADER}, so that an instance never forwards twice (metadata moving during a rebalance could
 * otherwise bounce a request between instances).
 */
final class Forwarder {
  /** Marks a request forwarded by another instance. */
  static final String HEADER = "X-Coach-Radar-Forwarded-By";

  /** A response from another instance. */
  record Response(int status, String contentType, String body) {}

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String selfName;

  Forwarder(final HostInfo self) {
    this.selfName = self.host() + ":" + self.port();
  }

  /** GET {@code pathAndQuery} on {@code target}. */
  Response get(final HostInfo target, final String pathAndQuery)
      throws IOException, InterruptedException {
    final HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://" + target.host() + ":" + target.port() + pathAndQuery))
            .timeout(Duration.ofSeconds(15))
            .header(HEADER, selfName)
            .header("Accept", "application/json")
            .GET()
            .build();
    final HttpResponse<String> r =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Response(
        r.statusCode(),
        r.headers().firstValue("Content-Type").orElse("application/json"),
        r.body());
  }
}
