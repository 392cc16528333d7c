package dev.coachradar.extract;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Prints the signals of -Ddebug.text (developer aid; does nothing without the property). */
class DebugTest {
  @Test
  void dump() {
    final String text = System.getProperty("debug.text");
    if (text != null) {
      LoggerFactory.getLogger(DebugTest.class)
          .info("\n{}", DebugRun.dump(System.getProperty("debug.lang", "it"), text));
    }
  }
}
