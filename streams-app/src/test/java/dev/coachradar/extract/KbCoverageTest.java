package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base's real-world coverage of 2023-26: a sample of the benches of each league and
 * of the national teams, namesakes who are not coaches, and team nicknames, federations and
 * training grounds. Every sentence is written for the test; each one fails when the KB entry it
 * exercises is missing.
 */
class KbCoverageTest {

  @Nested
  class CoachesPerLeague {

    @Test
    void serieAAndSerieBInterimsAndBenches() {
      assertThat(pairs("it", "Daniele Galloppa guiderà la Fiorentina ad interim."))
          .containsExactly("daniele-galloppa fiorentina COACHES");
      assertThat(pairs("it", "Salvatore Foti resta alla guida della Sampdoria."))
          .containsExactly("salvatore-foti sampdoria COACHES");
      assertThat(pairs("it", "Dejan Stanković è il nuovo allenatore della Stella Rossa."))
          .contains("dejan-stankovic stella-rossa AGREED");
    }

    @Test
    void premierLeagueAndChampionship() {
      assertThat(pairs("en", "Middlesbrough have sacked Kim Hellberg."))
          .containsExactly("kim-hellberg middlesbrough SACKED");
      assertThat(pairs("en", "Leicester have sacked Martí Cifuentes."))
          .containsExactly("marti-cifuentes leicester SACKED");
      assertThat(pairs("en", "Wayne Rooney remains at the helm of Plymouth."))
          .containsExactly("wayne-rooney plymouth COACHES");
      assertThat(pairs("en", "Everton have been linked to Chris Coleman."))
          .containsExactly("chris-coleman everton LINKED");
    }

    @Test
    void laLigaBundesligaAndLigue1() {
      assertThat(pairs("it", "Il Siviglia ha esonerato Pablo Machín."))
          .containsExactly("pablo-machin siviglia SACKED");
      assertThat(pairs("it", "Il Bochum ha esonerato Peter Zeidler."))
          .containsExactly("peter-zeidler bochum SACKED");
      assertThat(pairs("it", "Lo Schalke 04 ha esonerato Karel Geraerts."))
          .containsExactly("karel-geraerts schalke-04 SACKED");
      assertThat(pairs("it", "Il Metz ha esonerato László Bölöni."))
          .containsExactly("laszlo-boloni metz SACKED");
    }

    @Test
    void nationalTeams() {
      assertThat(pairs("it", "Vladimir Petković è il commissario tecnico dell'Algeria."))
          .containsExactly("vladimir-petkovic nazionale-algeria COACHES");
      assertThat(pairs("it", "Gustavo Poyet è il commissario tecnico della Grecia."))
          .containsExactly("gustavo-poyet nazionale-grecia COACHES");
    }

    @Test
    void nicknamesOfCoaches() {
      assertThat(pairs("it", "Capitan Futuro è il nuovo allenatore del Genoa."))
          .contains("daniele-de-rossi genoa AGREED");
    }
  }

  @Nested
  class SecondTierLeaguesAndSmallerNationalTeams {

    @Test
    void segundaAnd2BundesligaBenches() {
      assertThat(pairs("it", "Il Karlsruhe ha esonerato Christian Eichner."))
          .containsExactly("christian-eichner karlsruhe SACKED");
      assertThat(pairs("it", "Miroslav Klose è il nuovo allenatore del Norimberga."))
          .contains("miroslav-klose norimberga AGREED");
      assertThat(pairs("it", "Iván Ania resta alla guida del Córdoba."))
          .containsExactly("ivan-ania cordoba COACHES");
    }

    @Test
    void belgianScottishAndTurkishBenches() {
      assertThat(pairs("it", "Lo Zulte Waregem ha esonerato Sven Vandenbroeck."))
          .containsExactly("sven-vandenbroeck zulte-waregem SACKED");
      assertThat(pairs("en", "Kilmarnock have sacked Stuart Kettlewell."))
          .containsExactly("stuart-kettlewell kilmarnock SACKED");
      assertThat(pairs("en", "Göztepe have sacked Stanimir Stoilov."))
          .containsExactly("stanimir-stoilov goztepe SACKED");
    }

    @Test
    void aClubWhoseNameHoldsAnotherClubsAliasIsItself() {
      assertThat(pairs("en", "Cercle Brugge have sacked Ferdinand Feldhofer."))
          .containsExactly("ferdinand-feldhofer cercle-brugge SACKED");
      assertThat(pairs("it", "Il Santos Laguna ha esonerato Fernando Ortiz."))
          .containsExactly("fernando-ortiz santos-laguna SACKED");
    }

    @Test
    void africanNationalTeams() {
      assertThat(pairs("en", "Gernot Rohr remains at the helm of Benin."))
          .containsExactly("gernot-rohr nazionale-benin COACHES");
    }

    @Test
    void aPlayerWhoSharesANewCoachsSurnameIsNotHim() {
      assertThat(pairs("it", "Patrick Wimmer ha rinnovato con il Wolfsburg.")).isEmpty();
      assertThat(pairs("it", "Il Wolfsburg ha esonerato Wimmer."))
          .containsExactly("michael-wimmer wolfsburg SACKED");
    }
  }

  @Nested
  class NamesakesWhoAreNotCoaches {

    @Test
    void aPlayerNamedInFullIsNotTheCoachWithHisSurname() {
      assertThat(pairs("it", "Luca Ranieri ha rinnovato con la Fiorentina.")).isEmpty();
      assertThat(pairs("it", "Timo Werner è nel mirino del Lipsia.")).isEmpty();
      assertThat(
              pairs("en", "Real Madrid are in talks with Federico Valverde over a new contract."))
          .isEmpty();
      assertThat(pairs("en", "Sporting are in talks with Morten Hjulmand over a new deal."))
          .isEmpty();
      assertThat(pairs("en", "Seamus Coleman has signed a new deal with Everton.")).isEmpty();
    }

    @Test
    void theBareSurnameStillMeansTheCoach() {
      assertThat(pairs("it", "Ranieri ha rinnovato con la Fiorentina."))
          .containsExactly("claudio-ranieri fiorentina COACHES");
      assertThat(pairs("en", "Real Madrid are in talks with Valverde."))
          .containsExactly("ernesto-valverde real-madrid LINKED");
    }

    @Test
    void aPlayerWhoseFirstNameIsATeamIsNotThatTeam() {
      assertThat(
              pairs(
                  "it",
                  "Il Fenerbahçe ha esonerato José Mourinho. Milan Škriniar ha salutato il"
                      + " tecnico."))
          .containsExactly("jose-mourinho fenerbahce SACKED");
    }

    @Test
    void aPresidentNextToCoachesGivesNoSignalOfHisOwn() {
      assertThat(
              pairs(
                  "it",
                  "Il Bari ha esonerato Pasquale Marino. Il presidente Luigi De Laurentiis ha"
                      + " incontrato Marco Giampaolo."))
          .doesNotContain("marco-giampaolo bari SACKED")
          .contains("pasquale-marino bari SACKED")
          .allMatch(p -> !p.contains("laurentiis"));
    }
  }

  @Nested
  class TeamNames {

    @Test
    void aForeignFederationIsItsNationalTeamNotItaly() {
      assertThat(
              pairs(
                  "it", "La Federcalcio francese ha prolungato il contratto di Didier Deschamps."))
          .containsExactly("didier-deschamps nazionale-francia COACHES");
      assertThat(pairs("it", "La Federcalcio tedesca ha esonerato Hansi Flick."))
          .containsExactly("hansi-flick nazionale-germania SACKED");
      assertThat(pairs("en", "The French Football Federation sacked Didier Deschamps on Sunday."))
          .containsExactly("didier-deschamps nazionale-francia SACKED");
      assertThat(pairs("it", "La Federcalcio ha esonerato Luciano Spalletti."))
          .containsExactly("luciano-spalletti nazionale-italia SACKED");
    }

    @Test
    void englishAndGermanNamesOfClubs() {
      assertThat(pairs("en", "Bremen have sacked Ole Werner."))
          .containsExactly("ole-werner werder-brema SACKED");
      assertThat(pairs("it", "Il West Bromwich ha esonerato Carlos Corberán."))
          .containsExactly("carlos-corberan west-bromwich SACKED");
    }

    @Test
    void englishPressNicknames() {
      assertThat(pairs("en", "The Old Lady have sacked Thiago Motta."))
          .containsExactly("thiago-motta juventus SACKED");
      assertThat(pairs("en", "The Owls have sacked Danny Röhl."))
          .containsExactly("danny-rohl sheffield-wednesday SACKED");
      assertThat(pairs("en", "Luis Enrique remains at the helm of the Parisians."))
          .containsExactly("luis-enrique psg COACHES");
    }

    @Test
    void aSharedNicknameGoesToTheClubTheArticleNames() {
      assertThat(pairs("en", "The Eagles have sacked Roger Schmidt. Benfica confirmed the news."))
          .containsExactly("roger-schmidt benfica SACKED");
    }

    @Test
    void serieDClubsOfCoachesCareers() {
      assertThat(pairs("it", "Alberto Gilardino è il nuovo allenatore del Rezzato."))
          .contains("alberto-gilardino rezzato AGREED");
      assertThat(pairs("it", "Il Darfo Boario ha esonerato Roberto De Zerbi."))
          .containsExactly("roberto-de-zerbi darfo-boario SACKED");
    }

    @Test
    void aSecondTeamIsNotTheFirstTeam() {
      assertThat(pairs("it", "Massimo Brambilla è il nuovo allenatore della Juventus Next Gen."))
          .contains("massimo-brambilla juventus-next-gen AGREED")
          .noneMatch(p -> p.contains(" juventus "));
    }
  }
}
