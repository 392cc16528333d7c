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
      RunCommand.class,
      DemoCommand.class,
      StatusCommand.class,
      SubscribeCommand.class,
      WatchCommand.class,
      ResetCommand.class,
      ExtractCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CoachRadar {
  private CoachRadar() {}

  /** Entry point. */
  public static void main(final String[] args) {
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
