package dev.coachradar.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.model.ChangeDetector;
import dev.coachradar.model.CoachState;
import dev.coachradar.model.Signal;
import dev.coachradar.model.StatusFolder;
import dev.coachradar.topology.AvroMapping;
import dev.coachradar.topology.CoachRadarTopology;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of an instance: the JSON query API over interactive queries, the OpenAPI
 * description and the web page. It starts before Kafka Streams (so that {@code application.server}
 * can name its real port) and answers 503 until {@link #attach} gives it the running client.
 *
 * <p>A request for a key owned by another instance is forwarded to that instance (see {@link
 * StateQueries}); the table endpoints gather every instance's local part.
 */
public final class HttpServer implements AutoCloseable {
  /** Names the instance that answered a keyed request. */
  public static final String SERVED_BY = "X-Coach-Radar-Served-By";

  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json; charset=utf-8";

  /** What queries need once Kafka Streams runs. */
  private record Backend(
      StateQueries queries,
      Forwarder forwarder,
      Topology topology,
      StatusFolder folder,
      ChangeDetector detector) {}

  /** An error with its HTTP status; rendered as a JSON body. */
  static final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    ApiError(final int status, final String message) {
      super(message);
      this.status = status;
    }
  }

  private final Javalin app;
  private final String host;
  private final String openApi;
  private volatile Backend backend;

  private HttpServer(final Javalin app, final String host) {
    this.app = app;
    this.host = host;
    this.openApi = resource("/openapi.json");
  }

  /** Binds {@code host:port} (port 0 picks a free one) and starts serving. */
  public static HttpServer start(final String host, final int port) {
    final Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                  });
            });
    final HttpServer server = new HttpServer(app, host);
    server.routes();
    app.start(host, port);
    LOG.info("HTTP API on {}", server.url());
    return server;
  }

  /** Starts answering queries from the running application. */
  public void attach(
      final StateQueries queries,
      final Topology topology,
      final StatusFolder folder,
      final ChangeDetector detector) {
    this.backend = new Backend(queries, new Forwarder(queries.self()), topology, folder, detector);
  }

  /** The address it is bound to. */
  public String host() {
    return host;
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** {@code host:port}, what {@code application.server} should say. */
  public String hostAndPort() {
    return host + ":" + port();
  }

  /** Base URL, e.g. {@code http://127.0.0.1:7070/}. */
  public String url() {
    return "http://" + hostAndPort() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }

  private void routes() {
    app.get("/health", this::health);
    app.get("/topology", ctx -> json(ctx, 200, topology()));
    app.get("/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(openApi));
    app.get(
        "/coaches",
        ctx ->
            gather(
                ctx,
                CoachRadarTopology.STATUS_STORE,
                "coaches",
                this::localCoaches,
                CoachJson::coaches));
    app.get("/coaches/{id}", this::coach);
    app.get("/coaches/{id}/history", this::history);
    app.get(
        "/teams",
        ctx ->
            gather(
                ctx, CoachRadarTopology.BENCH_STORE, "teams", this::localTeams, CoachJson::teams));
    app.get("/teams/{id}", this::team);
    app.exception(
        ApiError.class, (e, ctx) -> json(ctx, e.status, CoachJson.error(e.status, e.getMessage())));
    app.exception(
        InvalidStateStoreException.class,
        (e, ctx) ->
            json(
                ctx,
                503,
                CoachJson.error(503, "state not queryable now (rebalancing?): " + e.getMessage())));
    app.exception(
        IOException.class,
        (e, ctx) -> json(ctx, 502, CoachJson.error(502, "another instance did not answer: " + e)));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
          json(ctx, 500, CoachJson.error(500, e.toString()));
        });
  }

  private void health(final Context ctx) {
    final ObjectNode n = JSON.createObjectNode();
    final Backend b = backend;
    final KafkaStreams.State state = b == null ? null : b.queries().streams().state();
    final boolean up =
        state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    n.put("status", up ? "UP" : "DOWN");
    n.put("streams_state", state == null ? "STARTING" : state.name());
    n.put("instance", hostAndPort());
    json(ctx, up ? 200 : 503, n);
  }

  private ObjectNode topology() {
    final ObjectNode n = JSON.createObjectNode();
    n.put("description", backend().topology().describe().toString());
    return n;
  }

  private void coach(final Context ctx) throws IOException, InterruptedException {
    final Backend b = backend();
    final String id = ctx.pathParam("id");
    final Instant asOf = asOf(ctx.queryParam("as_of"));
    if (forwarded(ctx, b, b.queries().ownerOfCoach(id))) {
      return;
    }
    final List<Signal> history = b.queries().history(id);
    final Optional<CoachStatus> status = b.queries().status(id);
    if (status.isEmpty() && history.isEmpty()) {
      throw new ApiError(404, "unknown coach: " + id);
    }
    final CoachState state =
        asOf == null && status.isPresent()
            ? AvroMapping.toModel(status.get())
            : b.folder().fold(id, history, asOf);
    json(ctx, 200, CoachJson.coach(state, history, asOf));
  }

  private void history(final Context ctx) throws IOException, InterruptedException {
    final Backend b = backend();
    final String id = ctx.pathParam("id");
    if (forwarded(ctx, b, b.queries().ownerOfCoach(id))) {
      return;
    }
    final List<Signal> history = b.queries().history(id);
    if (history.isEmpty()) {
      throw new ApiError(404, "unknown coach: " + id);
    }
    json(
        ctx,
        200,
        CoachJson.timeline(id, Timeline.of(id, history, b.folder(), b.detector()), history));
  }

  private void team(final Context ctx) throws IOException, InterruptedException {
    final Backend b = backend();
    final String id = ctx.pathParam("id");
    if (forwarded(ctx, b, b.queries().ownerOfTeam(id))) {
      return;
    }
    json(
        ctx,
        200,
        CoachJson.team(
            b.queries().bench(id).orElseThrow(() -> new ApiError(404, "unknown team: " + id))));
  }

  private List<ObjectNode> localCoaches(final Backend b) {
    final List<ObjectNode> out = new ArrayList<>();
    b.queries().localStatuses().forEach(s -> out.add(CoachJson.summary(AvroMapping.toModel(s))));
    return out;
  }

  private List<ObjectNode> localTeams(final Backend b) {
    final List<ObjectNode> out = new ArrayList<>();
    b.queries().localBenches().forEach(bench -> out.add(CoachJson.team(bench)));
    return out;
  }

  /**
   * A table endpoint: with {@code ?scope=local} this instance's part as {@code {field: [...]}};
   * otherwise every instance's part, gathered and rendered by {@code render}.
   */
  private void gather(
      final Context ctx,
      final String store,
      final String field,
      final Function<Backend, List<ObjectNode>> local,
      final Function<List<ObjectNode>, ObjectNode> render)
      throws IOException, InterruptedException {
    final Backend b = backend();
    if ("local".equals(ctx.queryParam("scope"))) {
      final ObjectNode n = JSON.createObjectNode();
      n.putArray(field).addAll(local.apply(b));
      json(ctx, 200, n);
      return;
    }
    final List<ObjectNode> all = new ArrayList<>();
    final List<String> instances = new ArrayList<>();
    for (final HostInfo h : b.queries().instancesOf(store)) {
      instances.add(h.host() + ":" + h.port());
      if (h.equals(b.queries().self())) {
        all.addAll(local.apply(b));
        continue;
      }
      final Forwarder.Response r = b.forwarder().get(h, ctx.path() + "?scope=local");
      if (r.status() != 200) {
        throw new ApiError(502, "instance " + h + " answered " + r.status() + ": " + r.body());
      }
      for (final JsonNode item : JSON.readTree(r.body()).path(field)) {
        all.add((ObjectNode) item);
      }
    }
    final ObjectNode n = render.apply(all);
    final var list = n.putArray("instances");
    instances.forEach(list::add);
    json(ctx, 200, n);
  }

  /**
   * Forwards the request when another instance owns the key; false when this one does. Never
   * forwards a forwarded request: the owner moved, and the caller should retry.
   */
  private boolean forwarded(final Context ctx, final Backend b, final Optional<HostInfo> owner)
      throws IOException, InterruptedException {
    final HostInfo target =
        owner.orElseThrow(() -> new ApiError(503, "key owner unknown (rebalancing?); retry"));
    if (target.equals(b.queries().self())) {
      ctx.header(SERVED_BY, hostAndPort());
      return false;
    }
    if (ctx.header(Forwarder.HEADER) != null) {
      throw new ApiError(503, "key moved during a rebalance; retry");
    }
    final String query = ctx.queryString();
    final Forwarder.Response r =
        b.forwarder().get(target, ctx.path() + (query == null ? "" : "?" + query));
    ctx.header(SERVED_BY, target.host() + ":" + target.port());
    ctx.status(r.status()).contentType(r.contentType()).result(r.body());
    return true;
  }

  private Backend backend() {
    final Backend b = backend;
    if (b == null) {
      throw new ApiError(503, "Kafka Streams is starting; retry");
    }
    return b;
  }

  private static Instant asOf(final String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CoachJson.parseInstant(value);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "bad as_of: " + e.getMessage());
    }
  }

  private static void json(final Context ctx, final int status, final JsonNode body) {
    try {
      ctx.status(status).contentType(JSON_TYPE).result(JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(final String path) {
    try (InputStream in = HttpServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
