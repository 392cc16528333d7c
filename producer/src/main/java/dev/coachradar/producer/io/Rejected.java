package dev.coachradar.producer.io;

import java.util.Objects;

/**
 * An input record that is not a valid article, kept with the reason and the raw text so that it can
 * be reported and written to a dead-letter file.
 *
 * @param location {@code file:line} or {@code file}
 * @param reason why it was rejected (naming the article id when it is known)
 * @param raw the raw input, at most {@link #MAX_RAW_CHARS} characters
 */
public record Rejected(String location, String reason, String raw) implements ParsedArticle {

  /** How much of the raw input is kept (2 KB of text is enough to recognise a record). */
  public static final int MAX_RAW_CHARS = 2048;

  /** Checks the parts and truncates {@code raw}. */
  public Rejected {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    raw = truncate(raw == null ? "" : raw);
  }

  /** {@code location: reason}, as shown to the user. */
  public String describe() {
    return location + ": " + reason;
  }

  private static String truncate(final String text) {
    if (text.length() <= MAX_RAW_CHARS) {
      return text;
    }
    int end = MAX_RAW_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never cut a surrogate pair in half
    }
    return text.substring(0, end);
  }
}
