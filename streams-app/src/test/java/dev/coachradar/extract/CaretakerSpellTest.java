package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A caretaker's spell told through the club's own squads: the youth coach who takes charge of the
 * first team (or of the next game) on an interim basis coaches the club the article is about; going
 * back to the youth side or to his assistant's role ends that spell. Short invented texts.
 */
class CaretakerSpellTest {

  private static List<String> en(String body) {
    return pairs(run("en", "", body));
  }

  private static List<String> it(String body) {
    return pairs(run("it", "", body));
  }

  @Test
  void theYouthCoachTakingChargeOfTheFirstTeamCoachesTheClub() {
    assertThat(
            en(
                "Everton have dismissed Sean Dyche after six defeats, the Everton board said."
                    + " John Heitinga, who runs the under-21s, will take charge of the first team for the trip"
                    + " to Anfield."))
        .contains("sean-dyche everton SACKED", "john-heitinga everton COACHES");
    assertThat(
            en(
                "Everton have dismissed Sean Dyche after six defeats, the Everton board said."
                    + " John Heitinga, the under-21s coach, will oversee Saturday's game on an"
                    + " interim basis."))
        .contains("john-heitinga everton COACHES");
  }

  @Test
  void anItalianInterimCoachesTheClub() {
    assertThat(
            it(
                "Il Torino ha esonerato Ivan Juric dopo il ko nel derby, lo ha comunicato il"
                    + " Torino. La squadra sarà guidata ad interim da Alberto Aquilani, tecnico della Primavera."))
        .contains("ivan-juric torino SACKED", "alberto-aquilani torino COACHES");
  }

  @Test
  void goingBackToTheYouthSideOrToTheAssistantRoleEndsTheSpell() {
    assertThat(
            en(
                "Everton have appointed David Moyes as manager until 2027, the Everton board"
                    + " said. John Heitinga, who oversaw two games as caretaker, goes back to the under-21s."))
        .contains("david-moyes everton AGREED", "john-heitinga everton LEFT");
    assertThat(
            it(
                "Il Torino ha scelto Paolo Vanoli come nuovo allenatore del Torino. Alberto"
                    + " Aquilani, che"
                    + " ha guidato la squadra per due partite, tornerà al suo ruolo di"
                    + " vice."))
        .contains("paolo-vanoli torino AGREED", "alberto-aquilani torino LEFT");
  }

  @Test
  void aFirstTeamBenchNamedInTheSentenceIsNotReplacedByTheTopic() {
    assertThat(
            en(
                "Everton have dismissed Sean Dyche, the Everton board said. John Heitinga will"
                    + " take charge of"
                    + " Burnley's first team on an interim basis."))
        .contains("john-heitinga burnley COACHES")
        .doesNotContain("john-heitinga everton COACHES");
  }

  @Test
  void aPlayingPastAtAClubInAppositionIsStillTheCoach() {
    assertThat(
            en(
                "Everton have dismissed Sean Dyche, the Everton board said. John Heitinga, the"
                    + " former Ajax defender who coaches the under-21s, will take charge of"
                    + " Saturday's game on an interim basis."))
        .contains("john-heitinga everton COACHES");
    assertThat(
            en(
                "Everton have dismissed Sean Dyche, the Everton board said. John Heitinga, a"
                    + " former Real Madrid defender, takes charge of the first team."))
        .contains("john-heitinga everton COACHES");
  }
}
