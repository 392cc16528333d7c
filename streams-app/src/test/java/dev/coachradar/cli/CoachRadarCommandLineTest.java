package dev.coachradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line offers every documented command, and usage errors say so. */
class CoachRadarCommandLineTest {

  @Test
  void everyDocumentedCommandIsRegistered() {
    assertThat(CoachRadar.commandLine().getSubcommands().keySet())
        .contains("demo", "run", "extract", "eval", "status", "reset", "backtest");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    final CommandLine cl = CoachRadar.commandLine();
    final StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("status", "--coach", "x", "--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option");
  }

  @Test
  void aShareOfCoachesToForgetOutsideZeroToOneIsAClearError() {
    final CommandLine cl = CoachRadar.commandLine();
    final StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("eval", "--corpus", "no-such-file.jsonl", "--forget-coaches", "-0.5"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("--forget-coaches must be a share from 0 to 1, not -0.5");
  }
}
