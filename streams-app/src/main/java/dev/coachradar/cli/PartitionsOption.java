package dev.coachradar.cli;

import picocli.CommandLine.Option;

/** The {@code --partitions} option of the commands that start an in-process broker. */
final class PartitionsOption {

  @Option(
      names = "--partitions",
      defaultValue = "2",
      description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
  int partitions;
}
