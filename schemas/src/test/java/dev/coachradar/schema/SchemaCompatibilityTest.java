package dev.coachradar.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/**
 * Fails when a schema change is not backward and forward compatible with every released version:
 * the current schema must read data written with each release (backward), and each release must
 * read data written with the current schema (forward), so producers and consumers can upgrade in
 * any order.
 */
class SchemaCompatibilityTest {

  @Test
  void everyTopicSchemaIsReleased() {
    for (final Schema current : SchemaCatalog.CURRENT) {
      assertThat(SchemaCatalog.released(current.getFullName()))
          .as(
              "%s has no released version: run ReleaseSchemas (see its Javadoc)",
              current.getFullName())
          .isNotEmpty();
    }
  }

  @Test
  void currentSchemasAreBackwardAndForwardCompatibleWithAllReleases() {
    final List<String> problems = new ArrayList<>();
    for (final Schema current : SchemaCatalog.CURRENT) {
      for (final Schema released : SchemaCatalog.released(current.getFullName())) {
        check(problems, "backward: current reads released", current, released);
        check(problems, "forward: released reads current", released, current);
      }
    }
    assertThat(problems).as("incompatible schema changes").isEmpty();
  }

  @Test
  void theCheckCatchesAnIncompatibleChange() {
    final Schema v1 =
        new Schema.Parser()
            .parse(
                "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"}]}");
    final Schema v2 =
        new Schema.Parser()
            .parse(
                "{\"type\":\"record\",\"name\":\"T\",\"fields\":[{\"name\":\"a\",\"type\":\"string\"},"
                    + "{\"name\":\"b\",\"type\":\"int\"}]}");
    final List<String> problems = new ArrayList<>();
    check(problems, "backward", v2, v1);
    assertThat(problems).hasSize(1);
  }

  private static void check(
      final List<String> problems, final String what, final Schema reader, final Schema writer) {
    final SchemaCompatibility.SchemaPairCompatibility result =
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
    if (result.getType() != SchemaCompatibilityType.COMPATIBLE) {
      problems.add(
          reader.getFullName() + " " + what + ": " + result.getResult().getIncompatibilities());
    }
  }
}
