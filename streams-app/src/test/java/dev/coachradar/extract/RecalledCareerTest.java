package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A coach's past benches recalled in passing: the bench a free coach's idleness dates from.
 * Sentences written for the test.
 */
class RecalledCareerTest {

  @Test
  void aFreeCoachsIdlenessDatedFromAnEventAtATeamNamesHisLastBench() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Bari pensa a Paolo Zanetti, fermo dopo la retrocessione con il Lecce, e a"
                        + " Davide Ballardini.")))
        .contains("paolo-zanetti lecce LEFT", "paolo-zanetti FREE");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri, libero dopo l'ultima stagione con la Lazio, piace al"
                        + " Torino.")))
        .contains("maurizio-sarri lazio LEFT", "maurizio-sarri torino LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, out of work since a difficult season with Fulham, is on the"
                        + " Leeds shortlist.")))
        .contains("marco-silva fulham LEFT");
  }

  @Test
  void theFreeCoachMayBeAGenericReferenceToTheCoachNamedBefore() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Bari pensa a Paolo Zanetti. Il tecnico, fermo dall'estate dopo la"
                        + " retrocessione con il Lecce, ha già parlato con il club.")))
        .contains("paolo-zanetti lecce LEFT");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leeds are considering Marco Silva. The manager, without a club since a"
                        + " difficult season at Fulham, is keen on the job.")))
        .contains("marco-silva fulham LEFT");
  }

  @Test
  void anIdlenessDatedFromASackingIsSacked() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Pisa ha scelto Paulo Fonseca, fermo dall'esonero del Milan, per la"
                        + " panchina.")))
        .contains("paulo-fonseca milan SACKED");
  }

  @Test
  void aFreeCoachWithATeamInAnotherClauseOrNoDatingWordIsNotLeft() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri è fermo da giugno e la Lazio ci pensa per la prossima"
                        + " stagione.")))
        .noneMatch(p -> p.contains("lazio LEFT"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva is available, and Fulham are among the clubs keen on him.")))
        .noneMatch(p -> p.contains("fulham LEFT"));
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti, fermo dopo la sconfitta contro il Lecce, piace al Bari.")))
        .noneMatch(p -> p.contains("lecce"));
  }

  @Test
  void earlierSackingsToldByAPronounAreAtTheTeamsNamedAfterIt() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Per Paulo Fonseca è il terzo esonero in due anni, dopo quelli con il Milan e"
                        + " con il Lione.")))
        .contains("paulo-fonseca milan SACKED", "paulo-fonseca lione SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "It is Marco Silva's second dismissal in a year, following the one at"
                        + " Fulham.")))
        .contains("marco-silva fulham SACKED");
  }

  @Test
  void aNegationBeforeASubordinateDepartureIsTheMainVerbs() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Silva, who has not worked since leaving Fulham in May, met the Leeds"
                        + " board.")))
        .contains("marco-silva fulham LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri, che non lavora dall'addio alla Lazio, piace al Torino.")))
        .contains("maurizio-sarri lazio LEFT");
  }

  @Test
  void aPronounInAnAsideOfACareerListDoesNotEndTheList() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Marco Rose had previously led Leipzig, where he was sacked in 2023, and"
                        + " Borussia Dortmund, with whom he reached a cup final.")))
        .contains("marco-rose lipsia SACKED", "marco-rose borussia-dortmund LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Marco Rose ha allenato il Lipsia, dove lui fu esonerato nel 2023, e il"
                        + " Borussia Dortmund, con cui arrivò in finale di coppa.")))
        .contains("marco-rose borussia-dortmund LEFT");
  }

  @Test
  void aSackingAfterACommaThatContinuesARelativeClauseIsAtItsTeam() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Si parla di Davide Ballardini, che lo scorso anno aveva guidato il Cagliari"
                        + " fino a marzo, prima di essere esonerato.")))
        .contains("davide-ballardini cagliari SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "They spoke to Marco Silva, who last season managed Fulham until March, before"
                        + " being sacked.")))
        .contains("marco-silva fulham SACKED");
  }

  @Test
  void aCoachWhoArrivedFromAClubLeftIt() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti, arrivato dal Venezia due anni fa, ha rinnovato con il"
                        + " Lecce.")))
        .contains("paolo-zanetti venezia LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Maurizio Sarri è arrivato dal Chelsea nell'estate del 2019 e ha vinto lo"
                        + " scudetto con la Juventus.")))
        .contains("maurizio-sarri chelsea LEFT");

    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecce ha preso un difensore arrivato dal Venezia, e Paolo Zanetti è"
                        + " contento.")))
        .noneMatch(p -> p.contains("venezia"));
  }
}
