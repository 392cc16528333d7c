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

  @Test
  void helpListsTheSubcommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("publish", "replay", "generate");
  }

  @Test
  void replayRejectsBadSpeedAndWindowAsUsageErrors() {
    final String input = dir.toString();
    assertThat(run("replay", "--input", input, "--speed", "fast")).isEqualTo(2);
    assertThat(run("replay", "--input", input, "--from", "last week")).isEqualTo(2);
    assertThat(run("replay", "--input", input, "--from", "2025-01-01", "--to", "2024-12-31"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("speed 'fast'", "'last week'", "is before --from");
  }

  @Test
  void replayOfAMissingInputFailsBeforeContactingTheBroker() {
    assertThat(
            run(
                "replay",
                "--input",
                dir.resolve("missing.jsonl").toString(),
                "--bootstrap-server",
                "unused:1"))
        .isEqualTo(ProducerMain.EXIT_ERROR);
    assertThat(err.toString()).contains("missing.jsonl");
  }

  @Test
  void generateWritesTheSameFileForTheSameSeed() throws IOException {
    final Path first = dir.resolve("first.jsonl");
    final Path second = dir.resolve("second.jsonl");

    assertThat(run("generate", "--count", "300", "--seed", "9", "--output", first.toString()))
        .isZero();
    assertThat(run("generate", "--count", "300", "--seed", "9", "--output", second.toString()))
        .isZero();

    assertThat(Files.readAllLines(first, StandardCharsets.UTF_8)).hasSize(300);
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    assertThat(out.toString()).contains("generated 300 articles to " + first);
    assertThat(run("generate", "--count", "3", "--seed", "9", "--lang-mix", "it")).isEqualTo(2);
  }
}
