package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "De Zerbi è il nuovo allenatore del Brighton: la Premier come approdo naturale": once a coach has
 * agreed with a club, a candidacy for the market that club plays in is that same move, no team of
 * its own; a market of another country, or one named beside a club he is only linked to, stays.
 * Sentences written for the test.
 */
class MarketOfAgreedClubTest {

  @Test
  void aMarketCandidacyYieldsToTheAgreedClubOfThatMarket() {
    assertThat(
            pairs(
                run(
                    "it",
                    "De Zerbi, la Premier come approdo naturale",
                    "Adesso è ufficiale: Roberto De Zerbi è il nuovo allenatore del Brighton.")))
        .contains("roberto-de-zerbi brighton AGREED")
        .noneMatch(p -> p.contains("premier-league"));
    assertThat(
            pairs(
                run(
                    "en",
                    "Brighton appoint Hurzeler",
                    "Fabian Hurzeler has signed a three-year contract with Brighton. The German"
                        + " had long been linked with a move to the Premier League.")))
        .contains("fabian-hurzeler brighton AGREED")
        .noneMatch(p -> p.contains("premier-league"));
  }

  @Test
  void aMarketOfAnotherCountryOrBesideALinkedClubStays() {
    assertThat(
            pairs(
                run(
                    "en",
                    "Potter joins Chelsea",
                    "Graham Potter has signed a five-year deal with Chelsea. He has been linked"
                        + " with a move to the Bundesliga.")))
        .contains("graham-potter bundesliga LINKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Thiago Motta is wanted by Fulham and has also been linked with a move to the"
                        + " Premier League.")))
        .contains("thiago-motta fulham LINKED", "thiago-motta premier-league LINKED");
  }
}
