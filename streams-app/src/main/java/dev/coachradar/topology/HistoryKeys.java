package dev.coachradar.topology;

import dev.coachradar.avro.CoachSignal;
import dev.coachradar.model.Signal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Keys of the coach-signal-history store, which holds one record per retained signal: the coach id,
 * a NUL separator, then the signal's {@link Signal#key()}. A coach's signals are thus one key range
 * (a prefix scan reads them), and a batch writes only the signals it adds and deletes only those
 * retention drops, instead of rewriting the whole history.
 */
public final class HistoryKeys {

  /** Cannot occur in a coach id (a slug), so one coach's prefix never covers another's keys. */
  private static final char SEPARATOR = '\u0000';

  private HistoryKeys() {}

  /** The prefix of every key of this coach's signals. */
  public static String prefix(final String coach) {
    return coach + SEPARATOR;
  }

  /** The store key of one of the coach's signals. */
  public static String of(final String coach, final String signalKey) {
    return prefix(coach) + signalKey;
  }

  /** Whether a raw (UTF-8) store or changelog key belongs to this coach. */
  public static boolean belongsTo(final byte[] key, final String coach) {
    final byte[] prefix = prefix(coach).getBytes(StandardCharsets.UTF_8);
    if (key == null || key.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (key[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The coach's retained signals in a history store, in canonical order (as {@link
   * dev.coachradar.model.CoachHistory#signals()} lists them); empty when unknown.
   */
  public static List<Signal> read(
      final ReadOnlyKeyValueStore<String, CoachSignal> store, final String coach) {
    final List<Signal> out = new ArrayList<>();
    try (KeyValueIterator<String, CoachSignal> it =
        store.prefixScan(prefix(coach), new StringSerializer())) {
      it.forEachRemaining(kv -> out.add(AvroMapping.toModel(kv.value)));
    }
    out.sort(Signal.CANONICAL);
    return out;
  }
}
