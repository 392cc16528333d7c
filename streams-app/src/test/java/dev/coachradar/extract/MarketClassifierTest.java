package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Saudi side Al Ettifaq", "Premier League club Brighton": a market named right before a club noun
 * and a club only classifies the club, which is the team meant; a market with no club after it is
 * still a team of its own. Sentences written for the test.
 */
class MarketClassifierTest {

  @Test
  void aMarketBeforeAClubNounAndAClubIsTheClubs() {
    assertThat(pairs(run("en", "", "Steven Gerrard has agreed to join Saudi side Al Ettifaq.")))
        .contains("steven-gerrard al-ettifaq AGREED")
        .noneMatch(p -> p.contains("arabia-saudita"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Jorge Jesus has been sacked by Saudi Pro League side Al Hilal after one"
                        + " season.")))
        .contains("jorge-jesus al-hilal SACKED")
        .noneMatch(p -> p.contains("arabia-saudita"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Chelsea are in talks with Premier League club Brighton over Graham"
                        + " Potter.")))
        .noneMatch(p -> p.contains("premier-league"));
  }

  @Test
  void aMarketWithNoClubAfterItStaysATeam() {
    assertThat(pairs(run("en", "", "A Premier League club has approached Thiago Motta.")))
        .contains("thiago-motta premier-league LINKED");
    assertThat(pairs(run("it", "", "Un club di Premier League ha sondato Thiago Motta.")))
        .contains("thiago-motta premier-league LINKED");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Massimiliano Allegri ha firmato con l'Al Nassr, club della Saudi Pro"
                        + " League.")))
        .contains("massimiliano-allegri al-nassr AGREED");
  }
}
