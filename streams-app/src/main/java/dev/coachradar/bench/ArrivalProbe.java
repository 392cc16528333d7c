package dev.coachradar.bench;

import dev.coachradar.schema.Topics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer interceptor for the Streams main consumer of the bench: notes when each article was
 * handed to the application (wall clock, by record timestamp, i.e. published_at) and when the first
 * and the last articles arrived. Kafka instantiates interceptors itself, so the bench reaches the
 * current recording through {@link #start()}; only the bench sets it.
 */
public final class ArrivalProbe implements ConsumerInterceptor<byte[], byte[]> {

  /** What one phase recorded. */
  static final class Recording {
    final Map<Long, Long> firstSeenByTimestamp = new ConcurrentHashMap<>();
    final AtomicLong articles = new AtomicLong();
    volatile long firstNanos;
    volatile long lastNanos;
  }

  private static volatile Recording current = new Recording();

  /** Starts a fresh recording and returns it. */
  static Recording start() {
    current = new Recording();
    return current;
  }

  @Override
  public ConsumerRecords<byte[], byte[]> onConsume(final ConsumerRecords<byte[], byte[]> records) {
    final Recording r = current;
    final long now = System.nanoTime();
    long n = 0;
    for (final ConsumerRecord<byte[], byte[]> rec : records.records(Topics.ARTICLES.name())) {
      r.firstSeenByTimestamp.putIfAbsent(rec.timestamp(), now);
      n++;
    }
    if (n > 0) {
      if (r.firstNanos == 0) {
        r.firstNanos = now;
      }
      r.lastNanos = now;
      r.articles.addAndGet(n);
    }
    return records;
  }

  @Override
  public void onCommit(final Map<TopicPartition, OffsetAndMetadata> offsets) {}

  @Override
  public void close() {}

  @Override
  public void configure(final Map<String, ?> configs) {}
}
