package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A list of candidates whose first item carries a long aside ({@link CandidateList}): the next item
 * shares the candidacy, a cue inside the aside is about the first item, and a coach that opens a
 * clause of his own after ", e" is no item. Sentences written for the test.
 */
class CandidateListTest {

  @Test
  void theItemAfterALongAsideSharesTheCandidacy() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Nella lista della Roma ci sono Vincenzo Italiano, reduce da tre stagioni molto"
                        + " positive e da una finale europea persa soltanto ai supplementari contro"
                        + " una grande squadra, e Maurizio Sarri, libero da gennaio.")))
        .contains("vincenzo-italiano roma LINKED", "maurizio-sarri roma LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "Everton draw up a list",
                    "Everton want a quick decision. Other options include Sean Dyche, who has been"
                        + " out of work since the spring, though he is said to prefer a bigger"
                        + " club, and Frank Lampard, the former Chelsea manager.")))
        .contains("sean-dyche everton LINKED", "frank-lampard everton LINKED");
  }

  @Test
  void aCueInsideTheAsideIsAboutTheFirstItem() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli valuta Vincenzo Italiano, legato al Bologna da un contratto fino al"
                        + " 2026 e atteso dalla finale di coppa, e Thiago Motta, libero da giugno.")))
        .contains(
            "vincenzo-italiano napoli LINKED",
            "thiago-motta napoli LINKED",
            "vincenzo-italiano bologna COACHES")
        .noneMatch(p -> p.startsWith("thiago-motta bologna"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton are considering Sean Dyche, who was sacked by Burnley in the spring"
                        + " after a long run of defeats, and Frank Lampard, who is available.")))
        .contains(
            "sean-dyche everton LINKED",
            "frank-lampard everton LINKED",
            "sean-dyche burnley SACKED")
        .noneMatch(p -> p.startsWith("frank-lampard burnley"));
  }

  @Test
  void aCoachOpeningAClauseOfHisOwnIsNoItem() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli pensa a Vincenzo Italiano, reduce da una finale, e Maurizio Sarri ha"
                        + " firmato con la Lazio.")))
        .contains("vincenzo-italiano napoli LINKED", "maurizio-sarri lazio AGREED")
        .doesNotContain("maurizio-sarri napoli LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Everton are considering Sean Dyche, who was out of work, and Frank Lampard"
                        + " signed for Coventry.")))
        .contains("sean-dyche everton LINKED")
        .doesNotContain("frank-lampard everton LINKED");
  }

  @Test
  void theNamesAClubWeighsAreCandidatesForIt() {
    assertThat(
            pairs(
                run(
                    "it",
                    "Lazio, la lista",
                    "La Lazio cerca un allenatore per la prossima stagione. I nomi sono quelli di"
                        + " Vincenzo Italiano e di Maurizio Sarri.")))
        .contains("vincenzo-italiano lazio LINKED", "maurizio-sarri lazio LINKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "Lazio, la lista",
                    "La Lazio cerca un allenatore per la prossima stagione. Il nome è quello di"
                        + " Maurizio Sarri, libero da gennaio.")))
        .contains("maurizio-sarri lazio LINKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "Lazio, la lista",
                    "La Lazio cerca un allenatore per la prossima stagione. Tra i nomi c'è anche"
                        + " Maurizio Sarri.")))
        .contains("maurizio-sarri lazio LINKED");
  }

  @Test
  void aCandidateIntroducedWithHisClubsPossessiveIsTheSubject() {
    // the coach named inside his aside ("who worked under X") is not the one on the list, and a
    // youth side he coached is not the list's team
    assertThat(
            pairs(
                run(
                    "en",
                    "Everton start the search",
                    "Everton want a new manager. Brentford's Thomas Frank, who worked under Jurgen"
                        + " Klopp years ago, is also on the list.")))
        .contains("thomas-frank everton LINKED", "thomas-frank brentford COACHES")
        .doesNotContain("jurgen-klopp everton LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "Everton start the search",
                    "Everton want a new manager. Burnley's Sean Dyche, a former Everton Under-21s"
                        + " coach who played under Roberto Martinez, is another name on the"
                        + " list.")))
        .contains("sean-dyche everton LINKED", "sean-dyche burnley COACHES")
        .doesNotContain("roberto-martinez everton LINKED");
  }
}
