package dev.coachradar.producer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.coachradar.avro.Article;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.ArticleReader;
import dev.coachradar.producer.io.ParsedArticle;
import dev.coachradar.producer.io.ReadSummary;
import dev.coachradar.producer.io.Rejected;
import dev.coachradar.schema.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles read by {@link ArticleReader} to the articles topic: key = article id, value =
 * Avro {@link Article} through the {@link Topics#ARTICLES} serdes, record timestamp = {@code
 * published_at}.
 *
 * <p>An article without a date gets timestamp 0 (1970-01-01): for event-time processing it is the
 * oldest news there is, so it never overrides anything dated. Articles dated before 1970 cannot
 * carry a Kafka timestamp and are rejected here.
 *
 * <p>Nothing is dropped silently: rejected records and failed sends are counted, reported on the
 * progress stream with their location, and appended to the dead-letter file. Before sending, the
 * topic must exist (or be created on request): a topic auto-created by the broker would get the
 * default 7-day retention, which deletes historical articles at once.
 */
public final class ArticlePublisher {

  private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final long QUIET_BELOW = 1000;
  private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

  private ArticlePublisher() {}

  /**
   * Reads {@code input} (file or directory, see {@link ArticleReader#read}) and publishes every
   * valid article, then flushes.
   *
   * @param producerConfig Kafka producer settings ({@code bootstrap.servers} at least); the serdes
   *     are set here
   * @param progress where rejections, failures and progress lines go (normally standard error)
   * @return the counts; check {@link PublishSummary#clean()}
   * @throws IOException when the input cannot be read
   * @throws PublishException when the topic is missing or the producer cannot send at all
   */
  public static PublishSummary publish(
      final Map<String, Object> producerConfig,
      final Path input,
      final PublishOptions opts,
      final PrintStream progress)
      throws IOException {
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString(), null, "no such file or directory");
    }
    ensureTopic(producerConfig, opts);
    try (DeadLetterFile deadLetters = new DeadLetterFile(opts.deadLetterFile());
        KafkaProducer<String, Article> producer = ArticleSender.openProducer(producerConfig)) {
      final Run run =
          new Run(new ArticleSender(producer, opts.topic(), deadLetters, progress), progress);
      final ReadSummary read;
      try {
        read = ArticleReader.read(input, run);
      } catch (ArticleSender.AbortRun abort) {
        producer.flush();
        throw new PublishException(abort.getMessage(), run.summary(), abort.getCause());
      }
      producer.flush(); // every callback has run after this: the counts are final
      final PublishSummary summary = run.summary();
      run.finalProgress();
      LOG.debug("read {} accepted, {} rejected; {}", read.accepted(), read.rejected(), summary);
      return summary;
    }
  }

  /** Checks that the topic exists, creating it when asked to. */
  static void ensureTopic(final Map<String, Object> producerConfig, final PublishOptions opts) {
    final Map<String, Object> adminConfig =
        clientConfig(producerConfig, AdminClientConfig.configNames());
    adminConfig.put(AdminClientConfig.CLIENT_ID_CONFIG, "coach-radar-producer-admin");
    final PublishSummary none = new PublishSummary(0, 0, 0, 0);
    try (Admin admin = Admin.create(adminConfig)) {
      final String topic = opts.topic();
      try {
        admin
            .describeTopics(List.of(topic))
            .allTopicNames()
            .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw new PublishException(
              "cannot check topic " + topic + ": " + e.getCause().getMessage(), none, e.getCause());
        }
      }
      if (!opts.createTopic()) {
        throw new PublishException(
            "topic "
                + topic
                + " does not exist; create it (--create-topic) rather than letting the broker"
                + " auto-create it with a retention that would delete historical articles",
            none,
            null);
      }
      try {
        admin
            .createTopics(
                List.of(
                    new NewTopic(topic, Optional.empty(), Optional.empty())
                        .configs(Topics.ARTICLES.configs())))
            .all()
            .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("created topic {} with {}", topic, Topics.ARTICLES.configs());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new PublishException(
              "cannot create topic " + topic + ": " + e.getCause().getMessage(),
              none,
              e.getCause());
        }
      }
    } catch (java.util.concurrent.TimeoutException e) {
      throw new PublishException(
          "no answer from the cluster at "
              + producerConfig.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG)
              + " within "
              + ADMIN_TIMEOUT.toSeconds()
              + " s",
          none,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishException("interrupted while checking the topic", none, e);
    }
  }

  /**
   * The settings of {@code producerConfig} that another kind of client understands (connection and
   * security settings), so that the admin and consumer clients reach the same cluster.
   */
  static Map<String, Object> clientConfig(
      final Map<String, Object> producerConfig, final Set<String> names) {
    final Map<String, Object> config = new HashMap<>();
    producerConfig.forEach(
        (key, value) -> {
          if (names.contains(key)) {
            config.put(key, value);
          }
        });
    return config;
  }

  /** The record timestamp of an article: its publication instant, or 0 when it has none. */
  static long timestampOf(final Article article) {
    return article.getPublishedAt() == null ? 0L : article.getPublishedAt().toEpochMilli();
  }

  /** The article in corpus JSONL form, as the raw text of a failed send. */
  static String toJson(final Article article) {
    final ObjectNode node = JSON.createObjectNode();
    node.put("id", article.getId());
    node.put(
        "published_at",
        article.getPublishedAt() == null ? null : article.getPublishedAt().toString());
    node.put("source", article.getSource());
    node.put("lang", article.getLang());
    node.put("title", article.getTitle());
    node.put("body", article.getBody());
    node.put("url", article.getUrl());
    return node.toString();
  }

  /** One publishing run: the reader's sink, with the progress lines. */
  private static final class Run implements Consumer<ParsedArticle> {
    private final ArticleSender sender;
    private final PrintStream progress;
    private final boolean interactive = System.console() != null;
    private final long started = System.nanoTime();
    private long read;
    private long lastProgress = started;
    private boolean progressShown;

    Run(final ArticleSender sender, final PrintStream progress) {
      this.sender = sender;
      this.progress = progress;
    }

    @Override
    public void accept(final ParsedArticle parsed) {
      read++;
      if (parsed instanceof Rejected rejection) {
        sender.reject(rejection);
      } else {
        sender.send((Accepted) parsed);
      }
      maybeProgress();
    }

    private void maybeProgress() {
      final long now = System.nanoTime();
      if ((read > QUIET_BELOW || interactive) && now - lastProgress >= PROGRESS_EVERY_NANOS) {
        lastProgress = now;
        progressShown = true;
        progress.println(line(now));
      }
    }

    void finalProgress() {
      if (progressShown) {
        progress.println(line(System.nanoTime()) + ", done");
      }
    }

    private String line(final long now) {
      final double seconds = Math.max((now - started) / 1e9, 1e-3);
      return String.format(
          "read %d (%.0f/s), published %d, rejected %d, failed %d",
          read, read / seconds, sender.published(), sender.rejected(), sender.failed());
    }

    PublishSummary summary() {
      return new PublishSummary(read, sender.published(), sender.rejected(), sender.failed());
    }
  }
}
