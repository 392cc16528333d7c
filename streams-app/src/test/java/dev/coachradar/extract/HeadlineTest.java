package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Headline grammar ({@link Headline}): the title's telegraphic clauses, Italian and English, with
 * the "Team, …" topic that gives its team to the clauses after it. Headlines and bodies written for
 * the test; the bodies say nothing of the pairs, so what is found is the headline's.
 */
class HeadlineTest {

  private static final String IT_BODY = "La notizia è arrivata in serata.";
  private static final String EN_BODY = "The news broke on Monday evening.";

  private static List<String> it(String title) {
    return RuleExtractorTest.pairs(RuleExtractorTest.run("it", title, IT_BODY));
  }

  private static List<String> en(String title) {
    return RuleExtractorTest.pairs(RuleExtractorTest.run("en", title, EN_BODY));
  }

  /** "via X", "fuori X": his spell is over; how (sacked, resigned) is the body's to say. */
  @Test
  void verblessSuccessionInItalian() {
    assertThat(it("Torino, via Vanoli: c'è Baroni"))
        .contains("paolo-vanoli torino LEFT", "marco-baroni torino AGREED");
    assertThat(it("Genoa, fuori Vieira: tocca a De Rossi"))
        .contains("patrick-vieira genoa LEFT", "daniele-de-rossi genoa AGREED");
    assertThat(it("Verona, via anche Zanetti: i gialloblù si affidano all'esperienza di Giampaolo"))
        .contains("paolo-zanetti verona LEFT", "marco-giampaolo verona AGREED");
    assertThat(it("Lecce, Gotti esonerato. Giampaolo in panchina"))
        .contains("luca-gotti lecce SACKED", "marco-giampaolo lecce AGREED");
    assertThat(it("Cagliari, ecco Pisacane")).contains("fabio-pisacane cagliari AGREED");
  }

  @Test
  void aMoveToANamedClubInItalian() {
    assertThat(it("Rodgers resta in Scozia, Maresca riparte dal Leicester"))
        .contains("enzo-maresca leicester AGREED");
  }

  @Test
  void presentAndInfinitiveHeadlinesInEnglish() {
    assertThat(en("Germany sack Flick after Japan humiliation, Völler to take charge for France"))
        .contains("hansi-flick nazionale-germania SACKED", "rudi-voller nazionale-germania AGREED")
        .doesNotContain("rudi-voller nazionale-germania SACKED")
        .doesNotContain("rudi-voller nazionale-francia AGREED");
    assertThat(en("Benfica sack Schmidt; Bruno Lage returns"))
        .contains("roger-schmidt benfica SACKED", "bruno-lage benfica AGREED");
    assertThat(en("Terzic walks away from Dortmund; Sahin promoted"))
        .contains("nuri-sahin borussia-dortmund AGREED");
    assertThat(en("Kovac is Dortmund's man")).contains("niko-kovac borussia-dortmund AGREED");
  }

  @Test
  void withoutAVacancyOrAsARumourItIsACandidacy() {
    assertThat(it("Lazio, c'è anche Tudor")).containsExactly("igor-tudor lazio LINKED");
    assertThat(it("Roma, c'è Ranieri")).containsExactly("claudio-ranieri roma LINKED");
    assertThat(it("Roma, via Juric: c'è Ranieri?"))
        .contains("claudio-ranieri roma LINKED")
        .doesNotContain("claudio-ranieri roma AGREED");
    assertThat(en("Chelsea want Maresca to take over"))
        .doesNotContain("enzo-maresca chelsea AGREED");
  }

  @Test
  void theTopicTeamPlacesAnAppointmentBindingLeftUnplaced() {
    final String body =
        "The club decided on Monday. Burnley and West Ham are in the past: Burnley above all.";
    assertThat(
            RuleExtractorTest.pairs(
                RuleExtractorTest.run("en", "Everton: Dyche sacked, Moyes appointed", body)))
        .contains("sean-dyche everton SACKED", "david-moyes everton AGREED");
  }

  @Test
  void aTitleThatAsksReportsNoAppointment() {
    assertThat(
            RuleExtractorTest.pairs(
                RuleExtractorTest.run(
                    "it",
                    "Lazio, Sarri è il nuovo allenatore?",
                    "Il club decide in settimana. Il Napoli e il Chelsea restano nei ricordi.")))
        .contains("maurizio-sarri lazio LINKED")
        .doesNotContain("maurizio-sarri lazio AGREED");
  }

  @Test
  void aGameNamedBeforeTheCueIsTheBenchForThatGame() {
    assertThat(it("Juventus, esonerato Tudor. Con l'Udinese tocca a Brambilla"))
        .contains("massimo-brambilla juventus COACHES")
        .doesNotContain("massimo-brambilla juventus AGREED");
  }

  @Test
  void theBodyPuttingHimElsewhereWins() {
    assertThat(
            RuleExtractorTest.pairs(
                RuleExtractorTest.run(
                    "it",
                    "Torino, via Vanoli: ecco Baroni",
                    "Marco Baroni ha firmato con la Lazio.")))
        .doesNotContain("marco-baroni torino AGREED");
  }

  @Test
  void aCueNotAboutTheCoachSaysNothing() {
    assertThat(it("Milan, ecco perché Allegri ha scelto il 4-3-3"))
        .noneMatch(p -> p.startsWith("massimiliano-allegri milan AGREED"));
    assertThat(it("Juve, via libera per Tudor")).doesNotContain("igor-tudor juventus SACKED");
  }
}
