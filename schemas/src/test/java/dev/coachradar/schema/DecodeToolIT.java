package dev.coachradar.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.avro.CoachStatus;
import dev.coachradar.avro.Employment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data written by the pipeline decodes with only the standalone schemas jar on the classpath: runs
 * {@code java -jar coach-radar-schemas.jar} in a fresh JVM on an encoded record.
 */
class DecodeToolIT {
  @TempDir Path dir;

  @Test
  void standaloneJarDecodesAPipelineRecord() throws IOException, InterruptedException {
    final Path jar = Path.of("target/coach-radar-schemas.jar").toAbsolutePath();
    assertThat(jar).exists();
    final CoachStatus status =
        CoachStatus.newBuilder()
            .setCoach("massimiliano-allegri")
            .setEmployment(Employment.FREE)
            .setLikelyDestination("roma")
            .setConfidence(0.63)
            .build();
    final Path record = dir.resolve("status.bin");
    Files.write(record, AvroSerde.of(CoachStatus.class).serialize("coach.status", status));

    final Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    final Process p =
        new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), record.toString()))
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(out).contains("\"coach\": \"massimiliano-allegri\"").contains("\"roma\"");
  }
}
