package dev.coachradar.cli;

import dev.coachradar.alert.AlertMatcher;
import dev.coachradar.app.TopicReader;
import dev.coachradar.avro.AlertSubscription;
import dev.coachradar.avro.ChangeKind;
import dev.coachradar.config.AppConfig;
import dev.coachradar.schema.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates, removes and lists alert subscriptions on the compacted alert.subscriptions topic. */
@Command(
    name = "subscribe",
    mixinStandardHelpOptions = true,
    description = {
      "Create (prints its id), remove or list alert subscriptions.",
      "A subscription names a coach or a team, optionally kinds of change and a minimum",
      "confidence; its alerts go to the alerts topic (see `coach-radar watch`)."
    })
final class SubscribeCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin ClusterOptions cluster;

  @Option(names = "--coach", description = "Only changes of this coach id.")
  String coach;

  @Option(names = "--team", description = "Only changes involving this team id.")
  String team;

  @Option(
      names = "--kinds",
      split = ",",
      description = "Only these kinds of change (default: all): ${COMPLETION-CANDIDATES}.")
  List<ChangeKind> kinds = new ArrayList<>();

  @Option(
      names = "--min-confidence",
      defaultValue = "0",
      description =
          "DESTINATION and CONFIDENCE_BAND changes only from this confidence on, in [0,1]"
              + " (default: ${DEFAULT-VALUE}).")
  double minConfidence;

  @Option(names = "--id", description = "Subscription id (default: a new random one).")
  String id;

  @Option(names = "--remove", paramLabel = "ID", description = "Remove this subscription.")
  String remove;

  @Option(names = "--list", description = "List the current subscriptions.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    final PrintWriter out = spec.commandLine().getOut();
    final AppConfig cfg = cluster.load();
    requireTopic(cfg);
    if (list) {
      out.print(table(current(cfg.clientProperties())));
    } else if (remove != null) {
      send(cfg, remove, null);
      out.println("removed " + remove);
    } else {
      final AlertSubscription s =
          AlertSubscription.newBuilder()
              .setId(id != null ? id : "sub-" + UUID.randomUUID().toString().substring(0, 8))
              .setCoach(coach)
              .setTeam(team)
              .setKinds(List.copyOf(kinds))
              .setMinConfidence(minConfidence)
              .setCreatedAt(Instant.now())
              .build();
      AlertMatcher.validate(s);
      send(cfg, s.getId(), s);
      out.println(s.getId());
    }
    out.flush();
    return 0;
  }

  private static void requireTopic(final AppConfig cfg) throws Exception {
    try (Admin admin = Admin.create(cfg.clientProperties())) {
      if (!admin.listTopics().names().get().contains(Topics.ALERT_SUBSCRIPTIONS.name())) {
        throw new IllegalStateException(
            "no topic "
                + Topics.ALERT_SUBSCRIPTIONS.name()
                + " on "
                + cfg.bootstrapServers()
                + ": start `coach-radar run` once (it creates the topics)");
      }
    }
  }

  private static void send(final AppConfig cfg, final String key, final AlertSubscription value)
      throws Exception {
    final Properties props = new Properties();
    props.putAll(cfg.clientProperties()); // bootstrap servers and security settings
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    try (KafkaProducer<String, AlertSubscription> producer =
        new KafkaProducer<>(
            props,
            Topics.ALERT_SUBSCRIPTIONS.keySerde().serializer(),
            Topics.ALERT_SUBSCRIPTIONS.valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(Topics.ALERT_SUBSCRIPTIONS.name(), key, value)).get();
    }
  }

  /** The live subscriptions: the topic read to its end, tombstones applied. */
  static Map<String, AlertSubscription> current(final Map<String, Object> clientConfig) {
    final Map<String, AlertSubscription> byId = new TreeMap<>();
    for (final ConsumerRecord<String, AlertSubscription> r :
        TopicReader.readAll(
            clientConfig,
            Topics.ALERT_SUBSCRIPTIONS.name(),
            Topics.ALERT_SUBSCRIPTIONS.valueSerde().deserializer(),
            Duration.ofSeconds(30))) {
      if (r.value() == null) {
        byId.remove(r.key());
      } else {
        byId.put(r.key(), r.value());
      }
    }
    return byId;
  }

  static String table(final Map<String, AlertSubscription> subscriptions) {
    final StringBuilder sb = new StringBuilder();
    final String format = "%-20s %-24s %-18s %-28s %8s  %s%n";
    sb.append(
        String.format(Locale.ROOT, format, "ID", "COACH", "TEAM", "KINDS", "MIN CONF", "CREATED"));
    for (final AlertSubscription s : subscriptions.values()) {
      sb.append(
          String.format(
              Locale.ROOT,
              format,
              s.getId(),
              s.getCoach() == null ? "*" : s.getCoach(),
              s.getTeam() == null ? "*" : s.getTeam(),
              s.getKinds().isEmpty()
                  ? "all"
                  : String.join(",", s.getKinds().stream().map(Enum::name).toList()),
              String.format(Locale.ROOT, "%.2f", s.getMinConfidence()),
              s.getCreatedAt() == null ? "-" : s.getCreatedAt().toString()));
    }
    return sb.toString();
  }
}
