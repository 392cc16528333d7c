package dev.coachradar.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class EncodeOnceSerdeTest {

  /** A string serde that counts its encodings. */
  private static final class Counting {
    final AtomicInteger encodings = new AtomicInteger();
    final Serde<String> serde =
        Serdes.serdeFrom(
            (topic, data) -> {
              encodings.incrementAndGet();
              return Serdes.String().serializer().serialize(topic, data);
            },
            Serdes.String().deserializer());
  }

  @Test
  void sameInstanceTwiceInARowIsEncodedOnceWithTheSameBytes() {
    final Counting inner = new Counting();
    final EncodeOnceSerde<String> serde = new EncodeOnceSerde<>(inner.serde);
    final String status = new String("status of allegri");

    final byte[] forStore = serde.serialize("store", status);
    final byte[] forTopic = serde.serialize("coach.status", status);

    assertThat(inner.encodings).hasValue(1);
    assertThat(forTopic).isEqualTo(forStore);
    assertThat(forStore).isEqualTo(Serdes.String().serializer().serialize("t", status));
    assertThat(serde.deserializer().deserialize("t", forStore)).isEqualTo(status);
  }

  @Test
  void anEqualButDifferentInstanceIsEncodedAgain() {
    final Counting inner = new Counting();
    final EncodeOnceSerde<String> serde = new EncodeOnceSerde<>(inner.serde);
    final String a = new String("x");
    final String b = new String("x");

    serde.serialize("t", a);
    serde.serialize("t", b);
    serde.serialize("t", a);

    assertThat(inner.encodings).hasValue(3);
    assertThat(serde.serialize("t", null)).isNull();
  }

  @Test
  void theMemoIsPerThread() throws Exception {
    final Counting inner = new Counting();
    final EncodeOnceSerde<String> serde = new EncodeOnceSerde<>(inner.serde);
    final String status = new String("status");
    serde.serialize("t", status);

    final ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      other.submit(() -> serde.serialize("t", status)).get();
    } finally {
      other.shutdownNow();
    }

    assertThat(inner.encodings).hasValue(2);
  }
}
