package dev.coachradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coachradar.app.Components;
import dev.coachradar.app.StreamsRunner;
import dev.coachradar.app.TopicReader;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.CoachSignalBatch;
import dev.coachradar.avro.CoachStatus;
import dev.coachradar.config.AppConfig;
import dev.coachradar.schema.AvroCodec;
import dev.coachradar.schema.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.InvalidTimestampException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile records on news.articles, through the production topology on a real broker: each lands in
 * news.articles.dlq once with its reason or is processed sanely, the application stays RUNNING, and
 * a good article sent after them is still processed.
 */
class PoisonPillIT {
  private static final String APP = "poison-pill-it";
  private static final int HUGE_BYTES = 5 * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @RegisterExtension static final RadarBroker BROKER = new RadarBroker();

  @TempDir static Path dir;

  @BeforeAll
  static void makeRoomForHugeArticles() throws Exception {
    try (Admin admin = BROKER.kafka().admin()) {
      // Room for the 5 MB article on its topic (the broker default is 1 MB).
      admin
          .incrementalAlterConfigs(
              Map.of(
                  new ConfigResource(ConfigResource.Type.TOPIC, Topics.ARTICLES.name()),
                  List.of(
                      new AlterConfigOp(
                          new ConfigEntry("max.message.bytes", String.valueOf(8 * 1024 * 1024)),
                          AlterConfigOp.OpType.SET))))
          .all()
          .get();
    }
  }

  @Test
  void poisonPillsGoToTheDeadLetterTopicOrAreProcessedAndTheAppKeepsRunning() throws Exception {
    // configure
    final AppConfig cfg = RadarFixture.config(BROKER.kafka(), APP, dir.resolve("state"), Map.of());
    try (StreamsRunner runner = StreamsRunner.create(cfg, Components.topology(cfg));
        KafkaProducer<String, byte[]> producer = producer()) {
      runner.start(Duration.ofSeconds(60));

      // produce: undecodable records
      final SplittableRandom random = new SplittableRandom(7);
      send(producer, "text-not-avro", 0L, "not avro at all".getBytes(StandardCharsets.UTF_8));
      send(producer, "binary-garbage", 0L, randomBytes(random, 4096));
      final byte[] fakeHeader = randomBytes(random, 64);
      fakeHeader[0] = (byte) 0xC3;
      fakeHeader[1] = 0x01;
      send(producer, "unknown-fingerprint", 0L, fakeHeader);
      send(producer, "other-shape", 0L, olderShapeArticle());
      send(
          producer,
          "wrong-record-type",
          0L,
          AvroCodec.of(CoachStatus.class).encode(status("x-coach")));
      send(producer, "empty-bytes", 0L, new byte[0]);
      // records that decode but cannot be processed
      send(producer, "null-value", 0L, null);
      send(producer, "blank-article", 0L, encode(article("blank-article", day(2025, 1), "", "")));
      // records that decode and are processed sanely
      send(
          producer,
          "huge",
          day(2025, 2),
          encode(
              article(
                  "huge", day(2025, 2), "Mercato", hugeBody("Allegri nel mirino della Roma. "))));
      send(
          producer,
          "german",
          day(2025, 3),
          encode(
              article(
                  "german",
                  day(2025, 3),
                  "Trainer entlassen",
                  "Der FC Bayern hat seinen Trainer entlassen. Allegri übernimmt in München.")));
      send(
          producer,
          "chinese",
          day(2025, 3),
          encode(article("chinese", day(2025, 3), "主教练被解雇", "米兰解雇了主教练丰塞卡。阿莱格里将执教罗马。")));
      final long soon = Instant.now().plus(100, ChronoUnit.DAYS).toEpochMilli();
      send(
          producer,
          "future",
          soon,
          encode(
              article(
                  "future",
                  soon,
                  "Il Milan esonera Fonseca",
                  "Il Milan ha esonerato Paulo Fonseca.")));
      final long before1900 = Instant.parse("1850-06-01T00:00:00Z").toEpochMilli();
      // A Kafka timestamp cannot be negative: such an article travels as undated (timestamp 0).
      send(
          producer,
          "before-1900",
          0L,
          encode(
              article(
                  "before-1900",
                  before1900,
                  "La Juventus esonera Allegri",
                  "La Juventus ha esonerato Massimiliano Allegri.")));
      send(
          producer,
          "good",
          day(2025, 4),
          encode(
              article(
                  "good",
                  day(2025, 4),
                  "Il Milan esonera Fonseca",
                  "Il Milan ha esonerato Paulo Fonseca. Al suo posto arriva Sérgio Conceição.")));
      producer.flush();

      // the broker refuses timestamps beyond message.timestamp.after.max.ms (one year)
      final long farFuture = Instant.now().plus(800, ChronoUnit.DAYS).toEpochMilli();
      assertThatThrownBy(
              () ->
                  producer
                      .send(
                          new ProducerRecord<>(
                              Topics.ARTICLES.name(),
                              null,
                              farFuture,
                              "far-future",
                              encode(article("far-future", farFuture, "t", "Fonseca esonerato."))))
                      .get())
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(InvalidTimestampException.class);

      RadarFixture.awaitCaughtUp(BROKER.kafka(), APP, TIMEOUT);

      // verify: still running, every undecodable or unprocessable pill once in the DLQ
      assertThat(runner.streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
      assertThat(runner.hasFailed()).isFalse();
    }
    final List<ConsumerRecord<String, byte[]>> dead =
        TopicReader.readAll(
            BROKER.kafka().bootstrapServers(),
            Topics.ARTICLES_DLQ.name(),
            new ByteArrayDeserializer(),
            Duration.ofSeconds(30));
    assertThat(dead).as("one dead letter per pill: no retry loop").hasSize(8);
    final Map<String, String> reasons =
        dead.stream().collect(Collectors.toMap(ConsumerRecord::key, PoisonPillIT::reason));
    assertThat(reasons)
        .containsOnlyKeys(
            "text-not-avro",
            "binary-garbage",
            "unknown-fingerprint",
            "other-shape",
            "wrong-record-type",
            "empty-bytes",
            "null-value",
            "blank-article");
    assertThat(reasons.get("text-not-avro")).contains("not an Avro single-object record");
    assertThat(reasons.get("binary-garbage")).contains("not an Avro single-object record");
    assertThat(reasons.get("unknown-fingerprint")).contains("unknown schema fingerprint");
    assertThat(reasons.get("other-shape")).contains("unknown schema fingerprint");
    assertThat(reasons.get("empty-bytes")).contains("0 bytes");
    assertThat(reasons.get("blank-article")).contains("empty article");
    assertThat(reasons.values()).allSatisfy(r -> assertThat(r).isNotBlank());

    final List<String> extractedFrom =
        TopicReader.readAll(
                BROKER.kafka().bootstrapServers(),
                Topics.SIGNALS.name(),
                Topics.SIGNALS.valueSerde().deserializer(),
                Duration.ofSeconds(30))
            .stream()
            .map(ConsumerRecord::value)
            .map(CoachSignalBatch::getArticleId)
            .toList();
    assertThat(extractedFrom).contains("good", "future").doesNotContain("german", "chinese");
  }

  private static KafkaProducer<String, byte[]> producer() {
    final Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER.kafka().bootstrapServers());
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(8 * 1024 * 1024));
    return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
  }

  private static void send(
      final KafkaProducer<String, byte[]> producer,
      final String key,
      final long timestamp,
      final byte[] value)
      throws Exception {
    producer.send(new ProducerRecord<>(Topics.ARTICLES.name(), null, timestamp, key, value)).get();
  }

  private static String reason(final ConsumerRecord<String, byte[]> r) {
    final var header = r.headers().lastHeader("__streams.errors.message");
    return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static long day(final int year, final int month) {
    return Instant.parse(String.format("%d-%02d-01T10:00:00Z", year, month)).toEpochMilli();
  }

  private static Article article(
      final String id, final long publishedAt, final String title, final String body) {
    return Article.newBuilder()
        .setId(id)
        .setPublishedAt(Instant.ofEpochMilli(publishedAt))
        .setTitle(title)
        .setBody(body)
        .build();
  }

  private static byte[] encode(final Article article) {
    return Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article);
  }

  private static String hugeBody(final String sentence) {
    return sentence.repeat(HUGE_BYTES / sentence.length() + 1);
  }

  private static byte[] randomBytes(final SplittableRandom random, final int n) {
    final byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  /** An "Article" of an older, unreleased shape: only an id, every other field missing. */
  private static byte[] olderShapeArticle() throws Exception {
    final Schema schema =
        SchemaBuilder.record("Article")
            .namespace("dev.coachradar.avro")
            .fields()
            .requiredString("id")
            .endRecord();
    final GenericRecord record = new GenericData.Record(schema);
    record.put("id", "other-shape");
    return new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema)
        .encode(record)
        .array();
  }

  private static CoachStatus status(final String coach) {
    return CoachStatus.newBuilder().setCoach(coach).build();
  }
}
