package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The breadth of the knowledge base beyond the corpora: benches of the Eredivisie, Liga Portugal,
 * the Saudi Pro League, MLS, the Championship and national teams, players and officials who share a
 * coach's surname, and press nicknames of teams. Every sentence is written for the test; each one
 * fails when the KB entry it exercises is missing.
 */
class KbBreadthExtractionTest {

  @Nested
  class CoachesBeyondTheBigFive {

    @Test
    void eredivisieAndLigaPortugalBenches() {
      assertThat(pairs("en", "Twente have sacked Joseph Oosting."))
          .containsExactly("joseph-oosting twente SACKED");
      assertThat(pairs("it", "Il Braga ha esonerato Carlos Vicens."))
          .containsExactly("carlos-vicens braga SACKED");
      assertThat(pairs("it", "Dick Lukkien è il nuovo allenatore del Groningen."))
          .contains("dick-lukkien groningen AGREED");
    }

    @Test
    void saudiMlsAndChampionshipBenches() {
      assertThat(pairs("en", "Al Khaleej have sacked Giorgos Donis."))
          .containsExactly("giorgos-donis al-khaleej SACKED");
      assertThat(pairs("en", "Columbus Crew have sacked Henrik Rydström."))
          .containsExactly("henrik-rydstrom columbus-crew SACKED");
      assertThat(pairs("en", "Rotherham have sacked Leam Richardson."))
          .containsExactly("leam-richardson rotherham SACKED");
    }

    @Test
    void aCoachNamedByHisUsualShortName() {
      // the press calls Francisco Muñoz "Xisco"; Neil Warnock by his surname alone
      assertThat(pairs("en", "Sheffield Wednesday have sacked Xisco."))
          .containsExactly("xisco-munoz sheffield-wednesday SACKED");
      assertThat(pairs("it", "Warnock è il nuovo allenatore dell'Huddersfield."))
          .contains("neil-warnock huddersfield AGREED");
    }

    @Test
    void anItalianCoachOfTheLowerBenchesIsTheItalianTheArticleMeans() {
      // "The Italian" is the Italian coach named last, not the one sacked before him
      assertThat(
              pairs(
                  "en",
                  "Sampdoria have sacked Andrea Sottil. Salvatore Foti is the favourite. The Italian"
                      + " has been appointed Sampdoria manager."))
          .contains("salvatore-foti sampdoria AGREED")
          .doesNotContain("andrea-sottil sampdoria AGREED");
    }

    @Test
    void anAmericanCoachIsTheAmericanTheArticleMeans() {
      assertThat(
              pairs(
                  "en",
                  "Chicago Fire have sacked Frank Klopas. Gregg Berhalter is the favourite. The"
                      + " American has been appointed Chicago Fire head coach."))
          .contains("gregg-berhalter chicago-fire AGREED")
          .doesNotContain("frank-klopas chicago-fire AGREED");
    }

    @Test
    void nationalTeamBenches() {
      assertThat(pairs("it", "Valery Karpin è il commissario tecnico della Russia."))
          .containsExactly("valery-karpin nazionale-russia COACHES");
      assertThat(pairs("it", "Roberto Cevoli resta alla guida di San Marino."))
          .containsExactly("roberto-cevoli nazionale-san-marino COACHES");
    }
  }

  @Nested
  class NamesakesWhoAreNotCoaches {

    @Test
    void aPlayerNamedInFullIsNotTheCoachWithHisSurname() {
      assertThat(pairs("it", "Aleksa Terzić ha rinnovato con il Salisburgo.")).isEmpty();
      assertThat(pairs("it", "Federico Bonazzoli è nel mirino del Verona.")).isEmpty();
      assertThat(pairs("en", "Jack Fletcher has signed a new deal with Manchester United."))
          .isEmpty();
      assertThat(pairs("en", "Celtic are in talks with Scott McKenna over a return.")).isEmpty();
      assertThat(pairs("it", "Alberto Moreno ha rinnovato con il Como.")).isEmpty();
    }

    @Test
    void anAssistantWithACoachsSurnameIsNotTheCoach() {
      assertThat(pairs("en", "Paco Gallardo has signed a new deal with Leeds.")).isEmpty();
    }

    @Test
    void aPlayerWhoseNameEndsWithACoachsAliasIsNotThatCoach() {
      // "Jesus" is Jorge Jesus, "Ange" Postecoglou, "Silva" Marco Silva
      assertThat(pairs("it", "Juan Jesus ha rinnovato con il Napoli.")).isEmpty();
      assertThat(pairs("it", "Ange-Yoan Bonny ha rinnovato con l'Inter.")).isEmpty();
      assertThat(pairs("it", "Rafa Silva è nel mirino del Benfica.")).isEmpty();
    }

    @Test
    void aCoachsShortFirstNameBeforeHisSurnameIsHim() {
      assertThat(pairs("en", "Salzburg have sacked Pep Lijnders."))
          .containsExactly("pepijn-lijnders salisburgo SACKED");
    }

    @Test
    void theBareSurnameStillMeansTheCoach() {
      assertThat(pairs("it", "Terzić ha rinnovato con il Borussia Dortmund."))
          .containsExactly("edin-terzic borussia-dortmund COACHES");
      assertThat(pairs("en", "Ipswich are in talks with McKenna over a new deal."))
          .containsExactly("kieran-mckenna ipswich COACHES");
    }

    @Test
    void aSurnameThatIsAnItalianWordOpeningASentenceIsNotTheCoach() {
      // "Pazienza" (patience) opens a sentence as a word; named in full, the coach is meant
      assertThat(
              pairs("it", "Pazienza: il Bari ha scelto la continuità e ha rinnovato il contratto."))
          .isEmpty();
      assertThat(
              pairs(
                  "it",
                  "Il Bari ha rinnovato il contratto di Michele Pazienza. Pazienza resta alla guida"
                      + " della squadra."))
          .containsExactly("michele-pazienza bari COACHES");
    }

    @Test
    void aPresidentOrDirectorWithACoachsSurnameIsNotTheCoach() {
      assertThat(pairs("en", "Leila Pereira has sacked the Palmeiras manager.")).isEmpty();
      assertThat(pairs("it", "Dieter Hoeneß ha rinnovato con lo Stoccarda.")).isEmpty();
    }
  }

  @Nested
  class TeamNicknames {

    @Test
    void englishPressNicknames() {
      assertThat(pairs("en", "The Foals have sacked Gerardo Seoane."))
          .containsExactly("gerardo-seoane borussia-monchengladbach SACKED");
      assertThat(pairs("en", "Villa have sacked Unai Emery."))
          .containsExactly("unai-emery aston-villa SACKED");
      assertThat(pairs("en", "The Pilgrims have sacked Miron Muslić."))
          .containsExactly("miron-muslic plymouth SACKED");
    }

    @Test
    void italianPressNicknames() {
      assertThat(pairs("it", "Gli svevi hanno esonerato Sebastian Hoeneß."))
          .containsExactly("sebastian-hoeness stoccarda SACKED");
      assertThat(pairs("it", "I Dragoni hanno esonerato Martín Anselmi."))
          .containsExactly("martin-anselmi porto SACKED");
      assertThat(pairs("it", "I labronici hanno esonerato Alessandro Dal Canto."))
          .containsExactly("alessandro-dal-canto livorno SACKED");
    }

    @Test
    void italianNicknamesOfForeignClubsAndNationalTeams() {
      assertThat(pairs("it", "I lionesi hanno esonerato Pierre Sage."))
          .containsExactly("pierre-sage lione SACKED");
      assertThat(pairs("it", "Le Stelle Nere hanno esonerato Otto Addo."))
          .containsExactly("otto-addo nazionale-ghana SACKED");
    }

    @Test
    void aNicknameSharedByClubsOfDifferentCountriesGoesToTheOneTheArticleNames() {
      // "biancoverdi": Avellino, Sporting and Celtic
      assertThat(
              pairs(
                  "it",
                  "I biancoverdi hanno esonerato Rui Borges. Lo Sporting ha già scelto il"
                      + " successore."))
          .containsExactly("rui-borges sporting SACKED");
    }

    @Test
    void aColourNicknameOfTheLowerLeaguesGoesToTheClubTheArticleNames() {
      assertThat(
              pairs(
                  "it",
                  "I granata hanno esonerato Fabio Caserta. Il Trapani ha già scelto il successore."))
          .containsExactly("fabio-caserta trapani SACKED");
      assertThat(
              pairs(
                  "it",
                  "I bianconeri hanno esonerato Fabio Caserta. La Robur ha già scelto il"
                      + " successore."))
          .containsExactly("fabio-caserta siena SACKED");
    }

    @Test
    void aClubWhoseNameHoldsAnotherClubsShortNameIsItself() {
      // "United" alone is Manchester United, "City" Manchester City, "Real" Real Madrid
      assertThat(pairs("en", "Dundee United have sacked Steven Naismith."))
          .containsExactly("steven-naismith dundee-united SACKED");
      assertThat(pairs("en", "Melbourne City have sacked Graham Arnold."))
          .containsExactly("graham-arnold melbourne-city SACKED");
      assertThat(pairs("it", "Il Real Madrid Castilla ha esonerato Raúl González."))
          .containsExactly("raul-gonzalez real-madrid-castilla SACKED");
    }

    @Test
    void nationalTeamNicknames() {
      assertThat(pairs("en", "The Pharaohs have sacked Rui Vitória."))
          .containsExactly("rui-vitoria nazionale-egitto SACKED");
      assertThat(pairs("en", "The Nati have sacked Murat Yakin."))
          .containsExactly("murat-yakin nazionale-svizzera SACKED");
    }
  }
}
