package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link KnowledgeBase#forgettingCoaches}, behind {@code eval --forget-coaches}: the same share and
 * seed forget the same coaches, a forgotten coach is an unknown person whose id the ANNOTATION.md
 * rule still makes from his name, and the non-coach entries stay.
 */
class ForgottenCoachesTest {

  private static final KnowledgeBase FULL = KnowledgeBase.fromClasspath();
  private static final KnowledgeBase HALF = KnowledgeBase.forgettingCoaches(0.5, 7);

  @Test
  void theSameShareAndSeedForgetTheSameCoaches() {
    final KnowledgeBase again = KnowledgeBase.forgettingCoaches(0.5, 7);
    assertThat(again.coachNames.keySet()).isEqualTo(HALF.coachNames.keySet());
    assertThat(KnowledgeBase.forgettingCoaches(0.5, 8).coachNames.keySet())
        .isNotEqualTo(HALF.coachNames.keySet());
    final double kept = HALF.coachNames.size() / (double) FULL.coachNames.size();
    assertThat(kept).isBetween(0.4, 0.6);
  }

  @Test
  void aLargerShareForgetsEveryCoachASmallerOneForgets() {
    final Set<String> quarter = KnowledgeBase.forgettingCoaches(0.25, 7).coachNames.keySet();
    assertThat(quarter).containsAll(HALF.coachNames.keySet());
    assertThat(KnowledgeBase.forgettingCoaches(0.0, 7).coachNames.keySet())
        .isEqualTo(FULL.coachNames.keySet());
    assertThat(KnowledgeBase.forgettingCoaches(1.0, 7).coachNames).isEmpty();
    assertThatThrownBy(() -> KnowledgeBase.forgettingCoaches(1.5, 7))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void peopleAndTeamsStay() {
    assertThat(HALF.personNames).isEqualTo(FULL.personNames);
    assertThat(HALF.teams.keySet()).isEqualTo(FULL.teams.keySet());
  }

  @Test
  void aForgottenCoachIntroducedByRoleGetsTheIdTheRuleMakesFromHisName() {
    final Set<String> forgotten = new HashSet<>(FULL.coachNames.keySet());
    forgotten.removeAll(HALF.coachNames.keySet());
    // a forgotten coach with a plain two-word name whose id is the slug of that name
    final Map.Entry<String, String> coach =
        FULL.coachNames.entrySet().stream()
            .filter(e -> forgotten.contains(e.getKey()))
            .filter(e -> e.getValue().matches("[A-Z][a-z]+ [A-Z][a-z]{3,}"))
            .filter(e -> e.getKey().equals(Text.slug(e.getValue())))
            .sorted(Map.Entry.comparingByKey())
            .findFirst()
            .orElseThrow();
    final String body =
        "Il Genoa ha scelto il nuovo tecnico. L'allenatore "
            + coach.getValue()
            + " ha firmato con il Genoa un contratto fino al 2028.";
    final List<Signal> signals =
        new RuleExtractor(HALF).extract(new NewsArticle("f-1", null, "test", "it", "", body));
    assertThat(signals)
        .anySatisfy(
            s -> {
              assertThat(s.coachId()).isEqualTo(coach.getKey());
              assertThat(s.teamId()).isEqualTo("genoa");
              assertThat(s.relation()).isEqualTo(Relation.AGREED);
            });
  }
}
