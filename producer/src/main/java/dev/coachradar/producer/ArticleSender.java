package dev.coachradar.producer;

import dev.coachradar.avro.Article;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.Rejected;
import dev.coachradar.schema.Topics;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;

/**
 * The part of a run that both {@code publish} and {@code replay} share: sends accepted articles
 * (key = id, timestamp = published_at), records rejections and failed sends in the dead-letter
 * file, reports them on the progress stream (the first {@value #MAX_REPORTED} only), and counts.
 *
 * <p>Reading, ordering and progress lines are the caller's business. {@code published} and {@code
 * failed} are final only after the producer has been flushed.
 */
final class ArticleSender {

  /** Per-record lines printed on the progress stream before further ones go to the file only. */
  static final int MAX_REPORTED = 100;

  private final KafkaProducer<String, Article> producer;
  private final String topic;
  private final DeadLetterFile deadLetters;
  private final PrintStream progress;
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong reported = new AtomicLong();
  private long rejected;

  ArticleSender(
      final KafkaProducer<String, Article> producer,
      final String topic,
      final DeadLetterFile deadLetters,
      final PrintStream progress) {
    this.producer = producer;
    this.topic = topic;
    this.deadLetters = deadLetters;
    this.progress = progress;
  }

  /** A producer for articles with coach-radar's serdes; {@code client.id} defaulted. */
  static KafkaProducer<String, Article> openProducer(final Map<String, Object> producerConfig) {
    final Map<String, Object> config = new HashMap<>(producerConfig);
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "coach-radar-producer");
    return new KafkaProducer<>(
        config, Topics.ARTICLES.keySerde().serializer(), Topics.ARTICLES.valueSerde().serializer());
  }

  /** Counts a record that is not a valid article, writes it to the dead-letter file, reports it. */
  void reject(final Rejected rejection) {
    rejected++;
    deadLetters.append(rejection.location(), rejection.reason(), rejection.raw());
    report("rejected " + rejection.describe());
  }

  /**
   * Sends one article asynchronously; an article dated before 1970 is rejected instead (it cannot
   * carry a Kafka timestamp).
   *
   * @throws AbortRun when the producer cannot send at all
   */
  void send(final Accepted accepted) {
    final Article article = accepted.article();
    final long timestamp = ArticlePublisher.timestampOf(article);
    if (timestamp < 0) {
      reject(
          new Rejected(
              accepted.location(),
              "id "
                  + article.getId()
                  + ": published_at "
                  + article.getPublishedAt()
                  + " is before 1970 and cannot be a Kafka record timestamp",
              ArticlePublisher.toJson(article)));
      return;
    }
    final String location = accepted.location();
    try {
      producer.send(
          new ProducerRecord<>(topic, null, timestamp, article.getId(), article),
          (metadata, exception) -> {
            if (exception == null) {
              published.incrementAndGet();
            } else {
              fail(location, article, exception);
            }
          });
    } catch (KafkaException e) {
      // Thrown by send() itself (not via the callback): the producer cannot work at all
      // (metadata timeout, fatal state). Count this article and stop instead of repeating.
      fail(location, article, e);
      throw new AbortRun("producer cannot send (" + e.getMessage() + "); stopped", e);
    }
  }

  private void fail(final String location, final Article article, final Exception exception) {
    failed.incrementAndGet();
    final String reason = "id " + article.getId() + ": send failed: " + exception;
    deadLetters.append(location, reason, ArticlePublisher.toJson(article));
    report("failed " + location + ": " + reason);
  }

  private void report(final String line) {
    final long n = reported.incrementAndGet();
    if (n <= MAX_REPORTED) {
      progress.println(line);
    } else if (n == MAX_REPORTED + 1) {
      progress.println("(further rejections and failures only in " + deadLetters.path() + ")");
    }
  }

  long published() {
    return published.get();
  }

  long failed() {
    return failed.get();
  }

  long rejected() {
    return rejected;
  }

  /** Stops a read loop when the producer cannot send at all. */
  static final class AbortRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AbortRun(final String message, final Throwable cause) {
      super(message, cause);
    }
  }
}
