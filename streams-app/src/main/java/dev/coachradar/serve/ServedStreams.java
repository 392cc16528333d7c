package dev.coachradar.serve;

import dev.coachradar.app.Components;
import dev.coachradar.app.StreamsRunner;
import dev.coachradar.config.AppConfig;
import dev.coachradar.extract.Extractor;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.ModelConfig;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.topology.CoachRadarTopology;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.HostInfo;

/**
 * One instance: the HTTP server (optional) next to the Kafka Streams application. The server binds
 * first, so that {@code application.server} advertises its real port (also when the port is 0),
 * then the application starts and the server begins answering queries.
 */
public final class ServedStreams implements AutoCloseable {
  /** Address the HTTP server binds to. */
  public static final String HTTP_HOST = "coach-radar.http.host";

  /** Port of the HTTP server; 0 picks a free port, a negative value disables it. */
  public static final String HTTP_PORT = "coach-radar.http.port";

  private final StreamsRunner runner;
  private final HttpServer http;

  private ServedStreams(final StreamsRunner runner, final HttpServer http) {
    this.runner = runner;
    this.http = http;
  }

  /**
   * Starts an instance around {@code extractor} and the production status model, serving HTTP on
   * {@link #HTTP_HOST}:{@link #HTTP_PORT} unless the port is negative, and waits up to {@code
   * timeout} for Kafka Streams to run. {@code application.server} defaults to the bound address.
   */
  public static ServedStreams start(
      final AppConfig cfg, final Extractor extractor, final Duration timeout)
      throws InterruptedException, UnknownHostException {
    final int port = (int) cfg.getLong(HTTP_PORT, 7070);
    final HttpServer http =
        port < 0 ? null : HttpServer.start(cfg.get(HTTP_HOST, "127.0.0.1"), port);
    StreamsRunner runner = null;
    try {
      final AppConfig effective =
          http == null || cfg.get("application.server", null) != null
              ? cfg
              : cfg.with("application.server", advertised(http));
      final ModelConfig config = Components.modelConfig(effective);
      final StatusFolder folder = Components.folder(config);
      final ChangeDetector detector = Components.detector();
      final Topology topology = CoachRadarTopology.build(extractor, folder, config, detector);
      runner = StreamsRunner.create(effective, topology);
      if (http != null) {
        http.attach(
            new StateQueries(
                runner.streams(),
                HostInfo.buildFromEndpoint(effective.get("application.server", null))),
            topology,
            folder,
            detector);
      }
      runner.start(timeout);
      return new ServedStreams(runner, http);
    } catch (RuntimeException | InterruptedException | UnknownHostException e) {
      if (runner != null) {
        runner.close();
      }
      if (http != null) {
        http.close();
      }
      throw e;
    }
  }

  /**
   * How other instances reach this one: the bound address, or this machine's host name when bound
   * to every interface (0.0.0.0 is no address to send a request to).
   */
  static String advertised(final HttpServer http) throws UnknownHostException {
    final String host = http.host();
    final boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    return (wildcard ? InetAddress.getLocalHost().getHostName() : host) + ":" + http.port();
  }

  /** The Kafka Streams side. */
  public StreamsRunner runner() {
    return runner;
  }

  /** The HTTP server, or null when disabled. */
  public HttpServer http() {
    return http;
  }

  @Override
  public void close() {
    if (http != null) {
      http.close();
    }
    runner.close();
  }
}
