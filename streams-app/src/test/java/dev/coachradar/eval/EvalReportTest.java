package dev.coachradar.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.eval.GoldCorpus.Checkpoint;
import dev.coachradar.eval.GoldCorpus.GoldArticle;
import dev.coachradar.eval.GoldCorpus.GoldEmployment;
import dev.coachradar.eval.GoldCorpus.GoldSignal;
import dev.coachradar.model.Employment;
import dev.coachradar.model.Evidence;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer on tiny hand-made inputs. */
class EvalReportTest {

  private static Signal sig(String article, String coach, String team, Relation r) {
    return new Signal(
        coach,
        coach,
        team,
        r,
        null,
        1.0,
        article,
        null,
        null,
        0L,
        new Evidence(article, "", "sentence about " + coach, 0, 1));
  }

  private static Signal free(String article, String coach) {
    return new Signal(
        coach,
        coach,
        null,
        null,
        Employment.FREE,
        1.0,
        article,
        null,
        null,
        0L,
        new Evidence(article, "", "", 0, 0));
  }

  private static GoldCorpus gold() {
    final NewsArticle a1 =
        new NewsArticle("a1", null, null, "it", "T", "Allegri esonerato. Conte al Napoli.");
    final NewsArticle a2 = new NewsArticle("a2", null, null, "en", "T", "Amorim to United.");
    return new GoldCorpus(
        List.of(
            new GoldArticle(
                a1,
                List.of(
                    new GoldSignal("massimiliano-allegri", "juventus", Relation.SACKED),
                    new GoldSignal("antonio-conte", "napoli", Relation.AGREED)),
                List.of(
                    new GoldEmployment("massimiliano-allegri", Employment.FREE),
                    new GoldEmployment("antonio-conte", Employment.EMPLOYED))),
            new GoldArticle(
                a2,
                List.of(new GoldSignal("ruben-amorim", "manchester-united", Relation.LINKED)),
                List.of())));
  }

  @Test
  void strictCoarsePairsAndByLanguage() {
    final Map<String, List<Signal>> pred =
        Map.of(
            "a1",
            List.of(
                sig("a1", "massimiliano-allegri", "juventus", Relation.LEFT), // coarse ok
                sig("a1", "antonio-conte", "napoli", Relation.AGREED), // exact
                sig("a1", "antonio-conte", "milan", Relation.LINKED)), // wrong pair
            "a2",
            List.of());
    final EvalReport r = EvalReport.score(gold(), pred, null, null);
    assertThat(r.signals()).isEqualTo(new EvalReport.Prf(1, 2, 2));
    assertThat(r.coarse()).isEqualTo(new EvalReport.Prf(2, 1, 1));
    assertThat(r.pairs()).isEqualTo(new EvalReport.Prf(2, 1, 1));
    assertThat(r.byLang().get("it")).isEqualTo(new EvalReport.Prf(1, 2, 1));
    assertThat(r.byLang().get("en")).isEqualTo(new EvalReport.Prf(0, 0, 1));
    assertThat(r.signals().precision()).isEqualTo(1.0 / 3);
    assertThat(r.signals().recall()).isEqualTo(1.0 / 3);
    // allegri: only an ended spell -> FREE (correct); conte: AGREED -> EMPLOYED (correct)
    assertThat(r.employment().correct()).isEqualTo(2);
    assertThat(r.employment().total()).isEqualTo(2);
    assertThat(r.checkpoints().accuracy()).isNull();
    assertThat(r.errors()).anyMatch(e -> e.startsWith("FP a1 antonio-conte -> milan LINKED"));
    assertThat(r.errors())
        .anyMatch(e -> e.startsWith("FN a2 ruben-amorim -> manchester-united LINKED"));
    assertThat(r.toJson())
        .startsWith("{\"articles\":2,\"signals\":{\"tp\":1,\"fp\":2,\"fn\":2,")
        .contains("\"signals_coarse\":", "\"pairs\":", "\"employment\":{\"total\":2,\"correct\":2")
        .contains("\"checkpoints\":{\"total\":0,\"correct\":0,\"accuracy\":null}")
        .contains("\"by_lang\":{\"en\":");
    assertThat(r.toText()).contains("FP a1", "FN a2", "signals (strict)");
  }

  @Test
  void errorKindsSayWhereEachMissComesFromWithoutText() {
    final Map<String, List<Signal>> pred =
        Map.of(
            "a1",
            List.of(
                sig("a1", "massimiliano-allegri", "juventus", Relation.LEFT), // wrong relation
                sig("a1", "antonio-conte", "milan", Relation.LINKED), // gold coach, other team
                sig("a1", "luciano-spalletti", "napoli", Relation.LINKED)), // coach not in gold
            "a2",
            List.of());
    final EvalReport r = EvalReport.score(gold(), pred, null, null);
    assertThat(r.errorKinds())
        .containsEntry("fn_wrong_relation", 1) // allegri SACKED given as LEFT
        .containsEntry("fn_coach_elsewhere", 1) // conte only linked to milan
        .containsEntry("fn_coach_silent", 1) // amorim has no signal
        .containsEntry("fp_wrong_relation", 1)
        .containsEntry("fp_other_team", 1)
        .containsEntry("fp_other_coach", 1)
        .containsEntry("fn_SACKED", 1)
        .containsEntry("fn_AGREED", 1)
        .containsEntry("fn_LINKED", 1)
        .containsEntry("fp_LEFT", 1)
        .containsEntry("fp_LINKED", 2)
        .containsEntry("fp_COACHES", 0);
    assertThat(r.errorKinds().keySet()).containsExactlyElementsOf(EvalReport.ERROR_KINDS);
    assertThat(r.relationConfusions()).containsExactly(Map.entry("SACKED>LEFT", 1));
    assertThat(r.toSummary())
        .contains(
            "errors by kind", "fn_coach_silent 1", "fp_LINKED 2", "gold>output", "SACKED>LEFT 1")
        .doesNotContain("fp_COACHES", "FN a2", "sentence about");
    assertThat(r.toText()).startsWith(r.toSummary()).contains("FN a2");
  }

  @Test
  void missesOfUnnamedCoachesAndTeamsAreCountedApartWhenNamesAreKnown() {
    final Map<String, List<Signal>> pred =
        Map.of("a1", List.of(sig("a1", "antonio-conte", "milan", Relation.LINKED)));
    // a1 names conte and napoli but not allegri; a2 names amorim but not his team
    final java.util.function.Function<String, Set<String>> named =
        text ->
            text.contains("Allegri")
                ? Set.of("antonio-conte", "napoli", "juventus")
                : Set.of("ruben-amorim");
    final EvalReport r = EvalReport.score(gold(), pred, null, null, named);
    assertThat(r.errorKinds())
        .containsEntry("fn_coach_unnamed", 1)
        .containsEntry("fn_team_unnamed", 1)
        .containsEntry("fn_coach_elsewhere", 1)
        .containsEntry("fn_coach_silent", 0);
  }

  @Test
  void explicitEmploymentWinsAndEmptyPredictionsScoreZero() {
    final Map<String, List<Signal>> pred =
        Map.of(
            "a1",
            List.of(
                sig("a1", "antonio-conte", "napoli", Relation.AGREED),
                free("a1", "antonio-conte")));
    final EvalReport r = EvalReport.score(gold(), pred, null, null);
    assertThat(r.employment().correct()).isZero(); // FREE stated outright beats the AGREED
    final EvalReport none = EvalReport.score(gold(), Map.of(), null, null);
    assertThat(none.signals().f1()).isZero();
    assertThat(none.signals().fn()).isEqualTo(3);
  }

  @Test
  void checkpointsWithAVerdictFunction() {
    final List<Checkpoint> cps =
        List.of(
            new Checkpoint(
                Instant.parse("2025-01-01T00:00:00Z"),
                "massimiliano-allegri",
                null,
                Employment.FREE,
                "roma"),
            new Checkpoint(null, "antonio-conte", "napoli", Employment.EMPLOYED, null));
    final EvalReport r =
        EvalReport.score(
            gold(),
            Map.of(),
            cps,
            (coach, asOf) ->
                coach.equals("antonio-conte")
                    ? new Verdict("napoli", Employment.EMPLOYED, null)
                    : new Verdict(null, Employment.FREE, "milan"));
    assertThat(r.checkpoints().total()).isEqualTo(2);
    assertThat(r.checkpoints().correct()).isEqualTo(1);
    assertThat(r.checkpoints().accuracy()).isEqualTo(0.5);
    // allegri: employment right, destination wrong
    assertThat(r.errorKinds())
        .containsEntry("cp_likely_destination", 1)
        .containsEntry("cp_current_team", 0)
        .containsEntry("cp_employment", 0);
  }

  @Test
  void readsJsonlWithEveryDateShape(@TempDir Path dir) throws IOException {
    final Path f = dir.resolve("c.jsonl");
    Files.writeString(
        f,
        "{\"id\":\"x1\",\"published_at\":\"2024-12\",\"lang\":\"it\",\"title\":\"T\",\"body\":\"B\","
            + "\"gold\":{\"signals\":[{\"coach\":\"c\",\"team\":\"t\",\"relation\":\"LEFT\"}],"
            + "\"employment\":[{\"coach\":\"c\",\"status\":\"FREE\"}]}}\n"
            + "{\"id\":\"x2\",\"published_at\":null,\"source\":\"s\",\"lang\":\"en\",\"title\":\"\","
            + "\"body\":\"B\"}\n\n"
            + "{\"id\":\"x3\",\"published_at\":\"2025-02-14\",\"title\":\"T\",\"body\":\"B\"}\n"
            + "{\"id\":\"x4\",\"published_at\":\"2025-02-14T09:30:00Z\",\"title\":\"T\",\"body\":\"B\"}\n");
    final GoldCorpus c = GoldCorpus.read(f);
    assertThat(c.articles()).hasSize(4);
    assertThat(c.articles().get(0).article().publishedAt())
        .isEqualTo(Instant.parse("2024-12-01T00:00:00Z"));
    assertThat(c.articles().get(0).signals())
        .containsExactly(new GoldSignal("c", "t", Relation.LEFT));
    assertThat(c.articles().get(1).article().publishedAt()).isNull();
    assertThat(c.articles().get(2).article().publishedAt())
        .isEqualTo(Instant.parse("2025-02-14T00:00:00Z"));
    assertThat(c.articles().get(3).article().publishedAt())
        .isEqualTo(Instant.parse("2025-02-14T09:30:00Z"));
    final Path cp = dir.resolve("cp.jsonl");
    Files.writeString(
        cp,
        "{\"as_of\": null, \"coach\": \"c\", \"current_team\": \"t\", \"employment\": \"EMPLOYED\","
            + " \"likely_destination\": null}\n");
    final List<Checkpoint> cps = GoldCorpus.readCheckpoints(cp);
    assertThat(cps).containsExactly(new Checkpoint(null, "c", "t", Employment.EMPLOYED, null));
  }
}
