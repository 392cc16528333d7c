package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 3, second step: a person the KB does not know, named in full with no coach's title around
 * him, is a coach when the context is a coach's: a cue about a bench or a job he is the subject or
 * object of ("resta sulla panchina", "keeps his job", "senza panchina", "favourite for the job"),
 * or a side named by him ("Tom Hadley's side", "i ragazzi di Marco Ferrandi"). A player's status
 * ("svincolato", "free agent") or role introduces nobody. Every name here is invented.
 */
class UnknownCoachContextTest {

  private static final RuleExtractor X = new RuleExtractor(KnowledgeBase.fromClasspath());

  private static List<Signal> extract(String lang, String body) {
    return X.extract(new NewsArticle("u-1", null, "test", lang, "", body)).stream()
        .filter(s -> s.relation() != null)
        .toList();
  }

  @Test
  void theSubjectOfABenchCueIsACoach() {
    assertThat(extract("it", "Marco Ferrandi resta sulla panchina del Pescara nonostante il ko."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.COACHES));
    assertThat(extract("en", "Tom Hadley keeps his job at Burnley despite the defeat."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.COACHES));
  }

  @Test
  void aNameOutOfABenchIsACoach() {
    assertThat(extract("it", "Marco Ferrandi, senza panchina da giugno, è in pole per il Pescara."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.LINKED));
    assertThat(
            extract(
                "en", "Tom Hadley has been out of management since May and is in talks with Hull."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "hull", Relation.LINKED));
  }

  @Test
  void aCandidateForTheBenchIsACoach() {
    assertThat(extract("it", "Marco Ferrandi è in pole per la panchina del Pescara."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.LINKED));
    assertThat(extract("en", "Tom Hadley is the favourite for the Burnley job."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.LINKED));
  }

  @Test
  void theOwnerOfASideIsACoach() {
    assertThat(
            extract(
                "en",
                "Tom Hadley's side lost again on Saturday. Burnley are now ready to sack Hadley."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.AT_RISK));
    assertThat(
            extract(
                "it",
                "Gli uomini di Marco Ferrandi hanno perso ancora. Il Pescara ora riflette: Ferrandi"
                    + " è in bilico."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.AT_RISK));
  }

  @Test
  void aPlayersStatusIntroducesNobody() {
    assertThat(extract("it", "Luca Bianchi, svincolato da giugno, è vicino al Pescara.")).isEmpty();
    assertThat(
            extract("en", "Tom Hadley, a free agent since leaving Burnley, is in talks with Hull."))
        .isEmpty();
    assertThat(
            extract("it", "L'attaccante Luca Bianchi, senza squadra da giugno, piace al Pescara."))
        .isEmpty();
  }

  @Test
  void aNameOutOfWorkAfterAnEndIsACoach() {
    assertThat(
            extract("it", "Marco Ferrandi, libero dopo l'addio al Pescara, è in pole per il Bari."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(
            tuple("marco-ferrandi", "pescara", Relation.LEFT),
            tuple("marco-ferrandi", "bari", Relation.LINKED));
    assertThat(
            extract("en", "Tom Hadley, out of work since leaving Burnley, is in talks with Hull."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(
            tuple("tom-hadley", "burnley", Relation.LEFT),
            tuple("tom-hadley", "hull", Relation.LINKED));
  }

  @Test
  void aFreedomToActIntroducesNobody() {
    assertThat(extract("it", "Luca Bianchi è libero di trattare con il Pescara.")).isEmpty();
    assertThat(
            extract("it", "Luca Bianchi, svincolato dopo l'addio alla Juventus, piace al Pescara."))
        .isEmpty();
  }

  @Test
  void thePredecessorInACoachsSentenceIsACoach() {
    assertThat(
            extract("it", "Il Pescara ha scelto il nuovo allenatore al posto di Marco Ferrandi."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.LEFT));
    assertThat(extract("en", "Burnley have named the new manager as successor to Tom Hadley."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.LEFT));
  }

  @Test
  void aSubstitutionOrAPlayersPredecessorIntroducesNobody() {
    assertThat(
            extract(
                "it",
                "Nel secondo tempo del Pescara Luca Bianchi è entrato al posto di Marco Ferrandi."))
        .isEmpty();
    assertThat(
            extract(
                "it", "Il Pescara ha preso l'attaccante Luca Bianchi al posto di Marco Ferrandi."))
        .isEmpty();
  }

  @Test
  void aKnownSurnameAfterAnotherFirstNameIsANamesake() {
    assertThat(
            extract(
                "en",
                "Burnley have turned to Tom Allegri, the former Hull manager. Allegri has signed a"
                    + " two-year deal."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(
            tuple("tom-allegri", "burnley", Relation.AGREED),
            tuple("tom-allegri", "hull", Relation.LEFT));
    assertThat(extract("it", "Il Pescara ha esonerato Marco Allegri dopo la sconfitta."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-allegri", "pescara", Relation.SACKED));
  }

  @Test
  void aTitleCaseHeadlineKeepsTheKnownCoach() {
    assertThat(
            X.extract(
                    new NewsArticle(
                        "u-2",
                        null,
                        "test",
                        "en",
                        "Chelsea Sack Potter After Defeat",
                        "Chelsea have sacked Graham Potter."))
                .stream()
                .filter(s -> s.relation() != null)
                .toList())
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("graham-potter", "chelsea", Relation.SACKED));
  }

  @Test
  void theObjectOfACandidacyInABenchsSentenceIsACoach() {
    assertThat(
            extract("it", "Per la panchina il Pescara ha avviato un sondaggio per Marco Ferrandi."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.LINKED));
    assertThat(extract("en", "Burnley have held talks with Tom Hadley over the vacant job."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.LINKED));
  }

  @Test
  void theObjectOfACandidacyWithAPlayersRoleIsNoCoach() {
    assertThat(
            extract(
                "it",
                "Il Pescara ha avviato contatti con l'attaccante Luca Bianchi, che piace al"
                    + " tecnico."))
        .isEmpty();
    assertThat(
            extract("en", "Burnley have held talks with Tom Hadley, a winger the manager likes."))
        .isEmpty();
  }

  @Test
  void theObjectOfARefusalInABenchsSentenceIsACoach() {
    assertThat(extract("it", "Per la panchina il Pescara ha incassato il no di Marco Ferrandi."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("marco-ferrandi", "pescara", Relation.REJECTED));
    assertThat(
            extract("en", "Burnley wanted a new manager but the talks with Tom Hadley collapsed."))
        .extracting(Signal::coachId, Signal::teamId, Signal::relation)
        .containsExactly(tuple("tom-hadley", "burnley", Relation.REJECTED));
  }
}
