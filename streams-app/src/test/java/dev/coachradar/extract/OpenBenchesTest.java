package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class OpenBenchesTest {

  private static Signal s(String coach, String team, Relation r) {
    return new Signal(coach, coach, team, r, null, 1.0, "a1", null, null, 0L, null);
  }

  private static List<String> marked(Signal... article) {
    return withMark(Signal::openBench, article);
  }

  private static List<String> held(Signal... article) {
    return withMark(Signal::benchHeld, article);
  }

  private static List<String> withMark(Predicate<Signal> mark, Signal... article) {
    return OpenBenches.mark(List.of(article)).stream()
        .filter(mark)
        .map(x -> x.coachId() + "->" + x.teamId())
        .toList();
  }

  @Test
  void aSackingOrADepartureAnnouncedOpensTheBenchEvenWithAnInterimInCharge() {
    assertThat(
            marked(
                s("old", "juventus", Relation.SACKED),
                s("interim", "juventus", Relation.COACHES),
                s("next", "juventus", Relation.LINKED),
                s("next", "bologna", Relation.COACHES),
                s("other", "roma", Relation.LINKED)))
        .containsExactly("next->juventus");
    assertThat(marked(s("old", "milan", Relation.LEAVING), s("next", "milan", Relation.LINKED)))
        .containsExactly("next->milan");
  }

  @Test
  void aRecalledSpellBesideASittingCoachOpensNothing() {
    assertThat(
            marked(
                s("old", "genoa", Relation.LEFT),
                s("sitting", "genoa", Relation.AT_RISK),
                s("next", "genoa", Relation.LINKED)))
        .isEmpty();
    assertThat(marked(s("old", "genoa", Relation.LEFT), s("next", "genoa", Relation.LINKED)))
        .containsExactly("next->genoa");
  }

  @Test
  void anAppointmentClosesTheBench() {
    assertThat(
            marked(
                s("old", "juventus", Relation.SACKED),
                s("new", "juventus", Relation.AGREED),
                s("beaten", "juventus", Relation.LINKED)))
        .isEmpty();
  }

  @Test
  void onlyLinksAreMarkedAndTheOrderIsKept() {
    List<Signal> in =
        List.of(
            s("old", "juventus", Relation.SACKED),
            s("a", "juventus", Relation.REJECTED),
            s("b", "juventus", Relation.LINKED));
    List<Signal> out = OpenBenches.mark(in);
    assertThat(out).extracting(Signal::coachId).containsExactly("old", "a", "b");
    assertThat(out).extracting(Signal::openBench).containsExactly(false, false, true);
  }

  @Test
  void aDealForABenchAnotherCoachStillHoldsIsMarkedHeld() {
    assertThat(
            held(
                s("sitting", "lazio", Relation.AT_RISK),
                s("next", "lazio", Relation.AGREED),
                s("next", "fiorentina", Relation.REJECTED)))
        .containsExactly("next->lazio");
    assertThat(held(s("old", "roma", Relation.LEAVING), s("next", "roma", Relation.AGREED)))
        .as("a coach leaving at the end of the season still holds the bench")
        .containsExactly("next->roma");
    assertThat(
            held(
                s("interim", "juventus", Relation.COACHES), s("next", "juventus", Relation.AGREED)))
        .containsExactly("next->juventus");
  }

  @Test
  void aDealForAFreeBenchOrHisOwnIsNotHeld() {
    assertThat(
            held(
                s("old", "juventus", Relation.SACKED),
                s("next", "juventus", Relation.AGREED),
                s("next", "bologna", Relation.LEAVING)))
        .as("the sacked coach no longer holds it; his own bench elsewhere is another team")
        .isEmpty();
    assertThat(held(s("same", "milan", Relation.COACHES), s("same", "milan", Relation.AGREED)))
        .as("a renewal with his own team")
        .isEmpty();
    assertThat(held(s("other", "milan", Relation.LINKED), s("next", "milan", Relation.AGREED)))
        .isEmpty();
  }
}
