package dev.coachradar.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit statuses and messages of the command line that need no broker. */
class ProducerMainTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(final String... args) {
    final CommandLine cli =
        ProducerMain.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void missingSubcommandOrInputIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("publish")).isEqualTo(2);
    assertThat(err.toString()).contains("--input");
  }

  @Test
  void missingInputFailsBeforeContactingTheBroker() {
    final Path missing = dir.resolve("nothing-here.jsonl");

    assertThat(run("publish", "--input", missing.toString(), "--bootstrap-server", "unused:1"))
        .isEqualTo(ProducerMain.EXIT_ERROR);
    assertThat(err.toString()).contains("nothing-here.jsonl");
  }

  @Test
  void deadLetterFileIsCreatedOnlyWhenSomethingIsWritten() throws IOException {
    final Path file = dir.resolve("sub/rejected.jsonl");
    try (DeadLetterFile dead = new DeadLetterFile(file)) {
      assertThat(file).doesNotExist();
      dead.append("x.jsonl:3", "malformed JSON", "{oops");
    }

    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"location\":\"x.jsonl:3\",\"reason\":\"malformed JSON\",\"raw\":\"{oops\"}\n");
  }
}
