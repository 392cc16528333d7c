package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A team's choice of a named coach told in the present or as done. Sentences written for it. */
class TeamChoiceCuesTest {

  @Test
  void aTeamChoosingANamedCoachAppointsHim() {
    assertThat(pairs(run("it", "", "Dopo il no di Zanetti, il Genoa sceglie Alberto Gilardino.")))
        .contains("alberto-gilardino genoa AGREED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Lecco, dopo settimane di sondaggi, la scelta cade su Alberto Gilardino.")))
        .containsExactly("alberto-gilardino lecco AGREED");
    assertThat(pairs(run("it", "", "Il Genoa ha scelto Alberto Gilardino.")))
        .containsExactly("alberto-gilardino genoa AGREED");
  }

  @Test
  void aChoiceNamingNoCoachAppointsNobody() {
    assertThat(pairs(run("it", "", "Il Genoa ha scelto, e ha scelto in fretta."))).isEmpty();
  }
}
