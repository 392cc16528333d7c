package dev.coachradar.cli;

import dev.coachradar.topology.TestModels;
import picocli.CommandLine;

/**
 * {@code coach-radar demo} around the stand-in extractor (article bodies of {@code
 * coach|team|RELATION} lines), to try {@code --serve} and the web page before the real extractor is
 * wired. Same options as {@code demo}.
 */
public final class StandInDemo {
  private StandInDemo() {}

  /** Runs the demo command with the stand-in extractor. */
  public static void main(final String[] args) {
    System.exit(new CommandLine(new DemoCommand(() -> TestModels.EXTRACTOR)).execute(args));
  }
}
