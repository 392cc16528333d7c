package dev.coachradar.producer.io;

/**
 * One outcome of reading an input: an {@link Accepted} article or a {@link Rejected} record. The
 * reader reports both, in input order, so that nothing read is silently dropped.
 */
public sealed interface ParsedArticle permits Accepted, Rejected {

  /** Where the record came from: {@code file:line} for JSONL, {@code file} for a seed text. */
  String location();
}
