package dev.coachradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench's options, parsed without running a bench. */
class BenchCommandTest {

  private static BenchCommand parse(final String... args) {
    final String[] withCommand = new String[args.length + 1];
    withCommand[0] = "bench";
    System.arraycopy(args, 0, withCommand, 1, args.length);
    return (BenchCommand)
        CoachRadar.commandLine().parseArgs(withCommand).subcommand().commandSpec().userObject();
  }

  @Test
  void noWarmUpUnlessAsked() {
    assertThat(parse("--articles", "10").warmup).isZero();
  }

  @Test
  void warmUpAloneTakesTheDefaultSizeAndAValueSetsIt() {
    assertThat(parse("--warmup").warmup).isEqualTo(5000);
    assertThat(parse("--warmup", "--json").warmup).isEqualTo(5000);
    assertThat(parse("--warmup=1200", "--json").warmup).isEqualTo(1200);
    assertThat(parse("--warmup", "300").warmup).isEqualTo(300);
  }

  @Test
  void aNegativeWarmUpIsAUsageError() {
    final CommandLine cl = CoachRadar.commandLine();
    final StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("bench", "--warmup=-1")).isNotZero();
    assertThat(err.toString()).contains("--warmup");
  }

  @Test
  void helpDocumentsTheWarmUp() {
    final String usage = CoachRadar.commandLine().getSubcommands().get("bench").getUsageMessage();
    assertThat(usage).contains("--warmup[=N]").contains("untimed");
  }
}
