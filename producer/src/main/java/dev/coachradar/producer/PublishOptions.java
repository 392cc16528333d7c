package dev.coachradar.producer;

import dev.coachradar.schema.Topics;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link ArticlePublisher#publish} does besides sending: where to, where rejected records go,
 * and whether a missing topic may be created.
 *
 * @param topic the topic to publish to (normally {@link Topics#ARTICLES})
 * @param deadLetterFile JSONL file that rejected and failed records are appended to; created only
 *     when there is something to write
 * @param createTopic create the topic with {@link Topics.Topic#configs()} when it is missing
 */
public record PublishOptions(String topic, Path deadLetterFile, boolean createTopic) {

  /** Dead-letter file used when none is given, in the working directory. */
  public static final Path DEFAULT_DEAD_LETTER_FILE = Path.of("coach-radar-rejected.jsonl");

  /** Checks that topic and file are present. */
  public PublishOptions {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(deadLetterFile, "deadLetterFile");
  }

  /** {@code news.articles}, {@link #DEFAULT_DEAD_LETTER_FILE}, no topic creation. */
  public static PublishOptions defaults() {
    return new PublishOptions(Topics.ARTICLES.name(), DEFAULT_DEAD_LETTER_FILE, false);
  }

  /** A copy with another topic. */
  public PublishOptions withTopic(final String newTopic) {
    return new PublishOptions(newTopic, deadLetterFile, createTopic);
  }

  /** A copy with another dead-letter file. */
  public PublishOptions withDeadLetterFile(final Path file) {
    return new PublishOptions(topic, file, createTopic);
  }

  /** A copy that creates (or not) a missing topic. */
  public PublishOptions withCreateTopic(final boolean create) {
    return new PublishOptions(topic, deadLetterFile, create);
  }
}
