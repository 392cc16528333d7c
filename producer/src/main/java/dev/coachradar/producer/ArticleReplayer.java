package dev.coachradar.producer;

import dev.coachradar.avro.Article;
import dev.coachradar.producer.io.Accepted;
import dev.coachradar.producer.io.ArticleReader;
import dev.coachradar.producer.io.Rejected;
import dev.coachradar.producer.replay.Pacing;
import dev.coachradar.producer.replay.ProgressBar;
import dev.coachradar.producer.replay.SortedArticles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a period of news: reads the input like {@link ArticlePublisher}, keeps the articles of
 * the window, and publishes them in event-time order (undated first, then by {@code published_at},
 * ties by id), optionally paced to a multiple of real time and skipping ids already on the topic.
 *
 * <p>Two passes: the first reads everything, reports bad records at once (dead-letter file, as
 * publish does) and sorts the articles of the window in {@link SortedArticles}, which spills to
 * temporary files beyond its memory budget; the second sends them. Runs of fewer than {@value
 * #QUIET_BELOW} articles that are not paced print no progress, only the summary.
 */
public final class ArticleReplayer {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleReplayer.class);

  /** Unpaced runs with fewer articles than this show no progress. */
  static final long QUIET_BELOW = 1000;

  private static final long NO_TIME = Long.MIN_VALUE;

  private ArticleReplayer() {}

  /**
   * Reads {@code input} (file or directory, see {@link ArticleReader#read}) and publishes the
   * articles of the window in event-time order, then flushes.
   *
   * @param producerConfig Kafka producer settings ({@code bootstrap.servers} at least)
   * @param progress where rejections, failures and the progress bar go (normally standard error)
   * @return the counts; check {@link ReplaySummary#clean()}
   * @throws IOException when the input cannot be read
   * @throws PublishException when the topic is missing or the producer cannot send at all
   */
  public static ReplaySummary replay(
      final Map<String, Object> producerConfig,
      final Path input,
      final ReplayOptions opts,
      final PrintStream progress)
      throws IOException {
    final long started = System.nanoTime();
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString(), null, "no such file or directory");
    }
    final PublishOptions publish = opts.publish();
    ArticlePublisher.ensureTopic(producerConfig, publish);
    final Set<String> onTopic =
        opts.resume() ? PublishedIds.scan(producerConfig, publish.topic()) : Set.of();
    if (opts.resume()) {
      LOG.info("{} ids already on {}", onTopic.size(), publish.topic());
    }
    final boolean terminal = System.console() != null;
    try (DeadLetterFile deadLetters = new DeadLetterFile(publish.deadLetterFile());
        SortedArticles sorted = new SortedArticles(opts.sortBufferBytes());
        KafkaProducer<String, Article> producer = ArticleSender.openProducer(producerConfig)) {
      final ArticleSender sender =
          new ArticleSender(producer, publish.topic(), deadLetters, progress);
      final Counts counts = new Counts();
      final ProgressBar reading = new ProgressBar(progress, -1, terminal, false, System.nanoTime());
      ArticleReader.read(
          input,
          parsed -> {
            counts.read++;
            if (counts.read > QUIET_BELOW) {
              reading.update(counts.read, System.nanoTime());
            }
            if (parsed instanceof Rejected rejection) {
              sender.reject(rejection);
              return;
            }
            final Accepted accepted = (Accepted) parsed;
            if (!opts.window().contains(accepted.article().getPublishedAt())) {
              return;
            }
            counts.inWindow++;
            if (onTopic.contains(accepted.article().getId())) {
              counts.skipped++;
            } else {
              sorted.add(accepted);
            }
          });
      reading.finish(counts.read, System.nanoTime());
      LOG.debug("sorted {} articles in {} runs on disk", sorted.size(), sorted.spilledRuns());
      final boolean paced = !Double.isInfinite(opts.speed());
      final ProgressBar bar =
          new ProgressBar(
              progress,
              sorted.size(),
              terminal,
              sorted.size() < QUIET_BELOW && !paced,
              System.nanoTime());
      long sent = 0;
      try {
        long previousTime = NO_TIME;
        long lastSend = System.nanoTime();
        for (final Accepted accepted : sorted) {
          final Instant published = accepted.article().getPublishedAt();
          if (paced && published != null) {
            final long time = published.toEpochMilli();
            if (previousTime != NO_TIME) {
              waitUntil(
                  lastSend
                      + Pacing.delayNanos(previousTime, time, opts.speed(), opts.maxWaitNanos()));
            }
            previousTime = time;
          }
          lastSend = System.nanoTime();
          sender.send(accepted);
          sent++;
          bar.update(sent, lastSend);
        }
      } catch (ArticleSender.AbortRun abort) {
        producer.flush();
        throw new PublishException(
            abort.getMessage(),
            summary(counts, sender, started).asPublishSummary(),
            abort.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        producer.flush();
        throw new PublishException(
            "interrupted", summary(counts, sender, started).asPublishSummary(), e);
      }
      producer.flush(); // every callback has run after this: the counts are final
      bar.finish(sent, System.nanoTime());
      return summary(counts, sender, started);
    }
  }

  private static ReplaySummary summary(
      final Counts counts, final ArticleSender sender, final long started) {
    return new ReplaySummary(
        counts.read,
        counts.inWindow,
        counts.skipped,
        sender.published(),
        sender.rejected(),
        sender.failed(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  /** What the first pass saw. */
  private static final class Counts {
    private long read;
    private long inWindow;
    private long skipped;
  }

  /** Parks until {@link System#nanoTime()} reaches {@code deadline}. */
  private static void waitUntil(final long deadline) throws InterruptedException {
    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
    }
  }
}
