package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Nationality and birthplace descriptors shared by many coaches, coach aliases that are also first
 * names, and team names that are also ordinary words. Sentences written for the test.
 */
class NamesAndDescriptorsTest {

  @Test
  void aSharedNationalityDescriptorIsTheCoachOfThatNationalityNamedInTheArticle() {
    // two Portuguese coaches in the KB (and many more): the one the article names wins
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "La Juventus ha esonerato Thiago Motta. Igor Tudor e Paulo Fonseca sono in"
                        + " corsa. Il portoghese ha firmato con la Juventus.")))
        .contains("paulo-fonseca juventus AGREED", "igor-tudor juventus LINKED")
        .noneMatch(
            p -> p.startsWith("igor-tudor juventus A") || p.startsWith("thiago-motta juventus A"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Wolves have sacked Gary O'Neil. Vitor Pereira is the favourite. The Portuguese"
                        + " has been appointed Wolves manager.")))
        .contains("vitor-pereira wolverhampton AGREED")
        .noneMatch(p -> p.startsWith("gary-o-neil wolverhampton A"));
  }

  @Test
  void coachesJoinedWithEAsTheSubjectShareTheCueAfterThem() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Thiago Motta e Igor Tudor sono in corsa per la panchina della Roma.")))
        .containsExactlyInAnyOrder("thiago-motta roma LINKED", "igor-tudor roma LINKED");
  }

  @Test
  void aNationalityDescriptorWithNoSuchCoachNamedIsNotTheCoachBefore() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Milan ha esonerato Stefano Pioli. Il tecnico portoghese ha firmato con il"
                        + " Milan.")))
        .containsExactly("stefano-pioli milan SACKED");
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Leicester have sacked Steve Cooper. The Portuguese has been appointed"
                        + " Leicester manager.")))
        .containsExactly("steve-cooper leicester SACKED");
  }

  @Test
  void englishNationalityNounsNameTheCoach() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Brighton have sacked Fabian Hürzeler. Roberto De Zerbi left Marseille in June."
                        + " The Italian is in advanced talks with Brighton.")))
        .contains("roberto-de-zerbi brighton LINKED");
  }

  @Test
  void aDescriptorBeforeANameIsAnAdjective() {
    // "del portoghese Luís Castro": the name that follows is the coach, not the Portuguese named
    // before
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Milan ha esonerato Paulo Fonseca. L'Al Nassr ha comunicato il licenziamento"
                        + " del portoghese Luís Castro.")))
        .contains("luis-castro al-nassr SACKED");
  }

  @Test
  void aCoachAliasThatIsAFirstNameBeforeAnotherNameIsSomeoneElse() {
    assertThat(pairs(run("en", "", "Brentford have appointed Frank Zeller as their new manager.")))
        .noneMatch(p -> p.startsWith("thomas-frank"));
    assertThat(pairs(run("en", "", "Leeds have appointed Martin Zeller as manager.")))
        .noneMatch(p -> p.startsWith("russell-martin"));
    // the bare alias still names the coach, in a sentence and in a title-case headline
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Tottenham have sacked Ange Postecoglou. Brentford want to keep Thomas Frank,"
                        + " but Frank has agreed to join Tottenham.")))
        .contains("thomas-frank tottenham AGREED");
    assertThat(pairs(run("en", "Spurs Sack Frank As Pressure Mounts", "")))
        .contains("thomas-frank tottenham SACKED");
  }

  @Test
  void aPlayerWithACoachSurnameAsFirstNameIsNotTheCoach() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Il Napoli ha esonerato Antonio Conte. Mohamed Salah ha firmato con il Napoli.")))
        .containsExactly("antonio-conte napoli SACKED");
  }

  @Test
  void aTeamNameThatIsAnOrdinaryWordOpeningASentenceNeedsTheTeamNamedElsewhere() {
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Chelsea have sacked Graham Potter. Nice work: they have appointed Enzo"
                        + " Maresca.")))
        .noneMatch(p -> p.contains("nizza"));
    assertThat(pairs(run("en", "", "Nice one: Enzo Maresca has signed a new contract.")))
        .noneMatch(p -> p.contains("nizza"));
    assertThat(
            pairs(
                run(
                    "en",
                    "",
                    "Nice have sacked Franck Haise. Haise leaves Nice after three seasons.")))
        .contains("franck-haise nizza SACKED");
  }
}
