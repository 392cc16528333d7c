package dev.coachradar.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code coach-radar} command: one subcommand per job. */
@Command(
    name = "coach-radar",
    mixinStandardHelpOptions = true,
    version = "coach-radar 0.1.0",
    description = "Turns football transfer news into live coach status on Kafka.",
    subcommands = {
      DemoCommand.class,
      RunCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      StatusCommand.class,
      SubscribeCommand.class,
      WatchCommand.class,
      ResetCommand.class,
      BacktestCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CoachRadar {
  private CoachRadar() {}

  /** Entry point. */
  public static void main(final String[] args) {
    // Our logging setup, not one that a dependency's jar happens to ship (Kafka's log4j2.yaml
    // would otherwise win and print broker INFO lines on stdout).
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "coach-radar-log4j2.xml");
    }
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, for tests. */
  public static CommandLine commandLine() {
    final CommandLine cl = new CommandLine(new CoachRadar());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          cmd.getErr().println("coach-radar: " + ex.getMessage());
          org.slf4j.LoggerFactory.getLogger(CoachRadar.class).debug("failure", ex);
          return 1;
        });
    return cl;
  }
}
