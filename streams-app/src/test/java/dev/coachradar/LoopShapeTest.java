package dev.coachradar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hot packages (extraction and the fold) write the lower bound of a down-counting scan
 * exclusively ({@code j > lo - 1}, never {@code j >= lo}). With an inclusive first exit test, C2
 * (JDK 17) throws away the compiled method the loop is inlined into the first time the scan runs
 * one step (a {@code loop_limit_check} trap), and recompiling the extractor's big methods cost up
 * to a third of a cold exactly-once bench phase (BENCHMARKS.md, tenth and eleventh rounds). A
 * source check, because the shape is invisible to behaviour tests.
 */
class LoopShapeTest {

  /** {@code for (int j = ...; j >= ...; j--)}: the loop's own index tested inclusively first. */
  private static final Pattern DOWN_FOR =
      Pattern.compile("for \\(int (\\w+) = [^;]+; \\1 >= [^;]+; \\1--\\)");

  /** {@code while (j >= ...}: a scan whose index is then decremented in its body. */
  private static final Pattern DOWN_WHILE = Pattern.compile("while \\((\\w+) >= ");

  @Test
  void downCountingScansTestTheirLowerBoundExclusively() throws IOException {
    List<String> found = new ArrayList<>();
    for (String pkg : List.of("extract", "model")) {
      Path dir = Path.of("src/main/java/dev/coachradar", pkg);
      assertThat(dir).isDirectory();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (DOWN_FOR.matcher(line).find() || DOWN_WHILE.matcher(line).find()) {
              found.add(f.getFileName() + ":" + (i + 1) + ": " + line.strip());
            }
          }
        }
      }
    }
    assertThat(found).as("write 'j > lo - 1' instead of 'j >= lo'").isEmpty();
  }
}
