package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: a person the KB does not know, introduced as a coach by what the text says of him (a
 * sacking, an appointment, a coach's title before or after his name), yields signals under the id
 * the ANNOTATION.md rule makes from his name; a player or president introduced by role does not.
 * Every name here is invented.
 */
class UnknownCoachIntroductionTest {

  private static final RuleExtractor X = new RuleExtractor(KnowledgeBase.fromClasspath());

  private static List<Signal> extract(String lang, String body) {
    return X.extract(new NewsArticle("u-1", null, "test", lang, "", body)).stream()
        .filter(s -> s.relation() != null)
        .toList();
  }

  @Test
  void theObjectOfASackingIsACoach() {
    assertThat(extract("it", "Il Pescara ha esonerato Marco Ferrandi dopo la sconfitta di ieri."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.SACKED));
    assertThat(extract("en", "Burnley have sacked Tom Hadley after a run of six defeats."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.SACKED));
  }

  @Test
  void theSubjectOfASackingToldOfHimIsACoach() {
    assertThat(extract("it", "Il Pescara ha comunicato che Marco Ferrandi è stato esonerato."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.SACKED));
    assertThat(extract("en", "Burnley confirmed that Tom Hadley was sacked after six defeats."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.SACKED));
  }

  @Test
  void aNameBeforeACoachTitleIsACoach() {
    assertThat(extract("it", "Marco Ferrandi è il nuovo allenatore del Pescara."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.AGREED));
    assertThat(extract("en", "Burnley confirmed on Monday that Tom Hadley is the new manager."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.AGREED));
    assertThat(extract("en", "Tom Hadley is the new manager of Burnley."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.AGREED));
  }

  @Test
  void aNameAfterACoachTitleIsACoach() {
    assertThat(extract("en", "Burnley have appointed new boss Tom Hadley on a three-year deal."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.AGREED));
    assertThat(extract("en", "Sunderland have appointed Lars Kristoffersen as head coach."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("lars-kristoffersen", "sunderland", Relation.AGREED));
  }

  @Test
  void aNameInAppositionAfterTheCoachOfATeamIsThatCoach() {
    assertThat(
            extract(
                "it",
                "Il Pescara ha scelto la sua guida. L'allenatore del Pescara, Marco Ferrandi, ha"
                    + " firmato fino al 2027."))
        .extracting(Signal::coachId, Signal::teamId)
        .containsExactly(tuple("marco-ferrandi", "pescara"));
  }

  @Test
  void aFormerBenchInAppositionIsHisAndTheTeamIsNotHisName() {
    assertThat(
            extract(
                "en",
                "Tom Hadley, the former Burnley manager, is in talks with Sunderland about their"
                    + " vacant job."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactlyInAnyOrder(
            tuple("tom-hadley", "burnley", Relation.LEFT),
            tuple("tom-hadley", "sunderland", Relation.LINKED));
  }

  @Test
  void aSideNamedByItsCoachNamesHim() {
    assertThat(
            extract(
                "it",
                "Salvezza all'ultimo respiro per l'Empoli di Marco Ferrandi, che ha battuto la"
                    + " Roma."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "empoli", Relation.COACHES));
  }

  @Test
  void laterMentionsBySurnameAreHis() {
    assertThat(
            extract("en", "Burnley have sacked Tom Hadley. Hadley had previously coached Luton."))
        .extracting(Signal::coachId, Signal::teamId)
        .contains(tuple("tom-hadley", "burnley"), tuple("tom-hadley", "luton"));
    assertThat(
            extract(
                "it",
                "Il Pescara ha esonerato Marco Ferrandi. In passato Ferrandi ha allenato la"
                    + " Ternana."))
        .extracting(Signal::coachId, Signal::teamId)
        .contains(tuple("marco-ferrandi", "pescara"), tuple("marco-ferrandi", "ternana"));
  }

  @Test
  void aPlayerOrPresidentIntroducedByRoleIsNoCoach() {
    assertThat(
            extract(
                "it",
                "Il presidente Marco Ferrandi ha esonerato il tecnico. Il difensore Luca"
                    + " Bellandi è stato esonerato dal ruolo di capitano."))
        .extracting(Signal::coachId)
        .doesNotContain("marco-ferrandi", "luca-bellandi");
    assertThat(
            extract(
                "en",
                "Chairman Alan Pike has sacked the manager. Striker Tom Hadley was dismissed from"
                    + " the squad."))
        .extracting(Signal::coachId)
        .doesNotContain("alan-pike", "chairman-alan-pike", "tom-hadley");
  }
}
