package dev.coachradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The README's first command: the seed demo on an in-process broker prints the coach table. */
class DemoIT {

  @Test
  void seedDemoPrintsTheCoachTableAndTheChanges() {
    final StringWriter out = new StringWriter();
    final var cl = CoachRadar.commandLine();
    cl.setOut(new PrintWriter(out, true));

    final int status = cl.execute("demo");

    final String printed = out.toString();
    assertThat(status).as(printed).isZero();
    assertThat(printed)
        .contains("COACH")
        .contains("massimiliano-allegri")
        .contains("gian-piero-gasperini")
        .contains("Status changes (");
  }
}
