package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base's breadth: coaches, non-coach people, teams and cue phrasings added from
 * general knowledge of the Italian and English football press. Every sentence is written for the
 * test (none comes from a corpus), so these check coverage, not memorised articles.
 */
class LexiconCoverageTest {

  /** "coach team RELATION" per signal of a one-paragraph article (shared with KbCoverageTest). */
  static List<String> pairs(String lang, String body) {
    return RuleExtractorTest.pairs(RuleExtractorTest.run(lang, "", body));
  }

  @Nested
  class Coaches {

    @Test
    void serieAAndSerieBBenchesOf2025() {
      assertThat(pairs("it", "Carlos Cuesta è il nuovo allenatore del Parma."))
          .contains("carlos-cuesta parma AGREED");
      assertThat(pairs("it", "Fabio Pisacane resta alla guida del Cagliari."))
          .containsExactly("fabio-pisacane cagliari COACHES");
      assertThat(pairs("it", "Il Bari ha esonerato Pasquale Marino."))
          .containsExactly("pasquale-marino bari SACKED");
    }

    @Test
    void europeanLeaguesAndMls() {
      assertThat(pairs("it", "Jess Thorup è stato esonerato dall'Augsburg."))
          .containsExactly("jess-thorup augsburg SACKED");
      assertThat(pairs("it", "La Juventus ha messo nel mirino Matías Almeyda."))
          .containsExactly("matias-almeyda juventus LINKED");
      assertThat(pairs("it", "Il Celtic ha scelto Wilfried Nancy come nuovo allenatore."))
          .contains("wilfried-nancy celtic AGREED");
      assertThat(pairs("it", "Javier Mascherano è l'allenatore dell'Inter Miami."))
          .containsExactly("javier-mascherano inter-miami COACHES");
    }

    @Test
    void surnameAliasesOfCoachesKnownByFullNameBefore() {
      assertThat(pairs("en", "Edin Terzic is reportedly the top target for Borussia Dortmund."))
          .containsExactly("edin-terzic borussia-dortmund LINKED");
      assertThat(pairs("en", "Dortmund have held talks with Terzic."))
          .containsExactly("edin-terzic borussia-dortmund LINKED");
    }
  }

  @Nested
  class AmbiguousNames {

    @Test
    void theBetterKnownNamesakeTakesTheBareSurname() {
      assertThat(pairs("en", "Pereira was sacked by Wolves on Sunday."))
          .containsExactly("vitor-pereira wolverhampton SACKED");
    }

    @Test
    void aSentenceInitialAdverbIsNotACoach() {
      assertThat(pairs("en", "Still, Chelsea are in talks over a new manager.")).isEmpty();
    }

    @Test
    void aCommonFirstNameIsNotACoachsSurname() {
      assertThat(pairs("it", "Lorenzo Montipò ha parlato del Verona, che ha esonerato Zanetti."))
          .containsExactly("paolo-zanetti verona SACKED");
    }
  }

  @Nested
  class PeopleWhoAreNotCoaches {

    @Test
    void directorsAndPresidentsNeverBecomeCoaches() {
      assertThat(pairs("it", "Il vicepresidente Javier Zanetti ha incontrato Simone Inzaghi."))
          .isEmpty();
      assertThat(pairs("it", "Adriano Galliani lascia il Monza.")).isEmpty();
      assertThat(pairs("en", "Sporting director Dan Ashworth met Erik ten Hag.")).isEmpty();
    }

    @Test
    void aDirectorNextToACoachLeavesTheSignalToTheCoach() {
      assertThat(
              pairs(
                  "it", "Fabio Paratici ha contattato Thiago Motta per la panchina del Tottenham."))
          .containsExactly("thiago-motta tottenham LINKED");
      assertThat(
              pairs(
                  "it",
                  "Il presidente Gianluca Ferrero ha confermato Igor Tudor alla guida della"
                      + " Juventus."))
          .containsExactly("igor-tudor juventus COACHES");
    }

    @Test
    void playersNamedLikeCoachesStayPlayers() {
      assertThat(pairs("en", "Thiago Silva has been linked with a return to Chelsea.")).isEmpty();
      assertThat(pairs("en", "Arsenal are in talks to sell Gabriel Jesus.")).isEmpty();
    }
  }

  @Nested
  class Teams {

    @Test
    void anOpponentIsNotTiedToTheCoach() {
      assertThat(
              pairs(
                  "it",
                  "Alla vigilia della sfida contro la Cremonese, Allegri ha parlato dei suoi."))
          .isEmpty();
    }

    @Test
    void newClubsAndNationalTeams() {
      assertThat(pairs("en", "Rob Edwards left Luton for Middlesbrough."))
          .contains("rob-edwards luton LEFT");
      assertThat(pairs("it", "Heimir Hallgrímsson è il commissario tecnico dell'Irlanda."))
          .containsExactly("heimir-hallgrimsson nazionale-irlanda COACHES");
    }
  }

  @Nested
  class ItalianCues {

    @Test
    void articulatedPrepositionVariants() {
      assertThat(pairs("it", "Dopo l'addio all'Inter, Simone Inzaghi ha firmato con l'Al-Hilal."))
          .contains("simone-inzaghi inter LEFT", "simone-inzaghi al-hilal AGREED");
      assertThat(pairs("it", "Il sondaggio dell'Atalanta per Palladino è concreto."))
          .containsExactly("raffaele-palladino atalanta LINKED");
    }

    @Test
    void pressureDismissalAndDeparture() {
      assertThat(
              pairs(
                  "it", "Raffaele Palladino è sulla graticola: la Fiorentina potrebbe esonerarlo."))
          .containsExactly("raffaele-palladino fiorentina AT_RISK");
      assertThat(pairs("it", "Il Napoli ha dato il benservito a Rudi Garcia."))
          .containsExactly("rudi-garcia napoli SACKED");
      assertThat(pairs("it", "Italiano non rinnoverà il contratto con il Bologna."))
          .containsExactly("vincenzo-italiano bologna LEAVING");
      assertThat(pairs("it", "Sarri guidò il Napoli dal 2015 al 2018."))
          .containsExactly("maurizio-sarri napoli LEFT");
    }

    @Test
    void candidaciesAgreementsAndRefusals() {
      assertThat(pairs("it", "Per la panchina del Torino c'è un ballottaggio tra Baroni e Vanoli."))
          .containsExactlyInAnyOrder("marco-baroni torino LINKED", "paolo-vanoli torino LINKED");
      assertThat(pairs("it", "Vanoli è in lizza per la panchina della Fiorentina."))
          .containsExactly("paolo-vanoli fiorentina LINKED");
      assertThat(pairs("it", "Fumata bianca: Gasperini è il nuovo allenatore della Roma."))
          .contains("gian-piero-gasperini roma AGREED");
      assertThat(pairs("it", "Il Milan ha scartato l'ipotesi Sarri: pista raffreddata."))
          .containsExactly("maurizio-sarri milan REJECTED");
      assertThat(
              pairs(
                  "it", "Pioli si è chiamato fuori dalla corsa per la panchina della Fiorentina."))
          .containsExactly("stefano-pioli fiorentina REJECTED");
    }

    @Test
    void aRefusalCueReachesPastTheOfferItRefuses() {
      assertThat(pairs("it", "Pioli ha rifiutato la proposta del Napoli."))
          .containsExactly("stefano-pioli napoli REJECTED");
      assertThat(pairs("it", "Conte resterà al Napoli anche la prossima stagione."))
          .containsExactly("antonio-conte napoli COACHES");
      assertThat(pairs("it", "Il Napoli ha chiuso per Antonio Conte."))
          .containsExactly("antonio-conte napoli AGREED");
    }

    @Test
    void aFreeCoach() {
      assertThat(pairs("it", "L'ex ct Roberto Mancini è ancora libero sul mercato."))
          .containsExactly("roberto-mancini FREE");
    }
  }

  @Nested
  class EnglishCues {

    @Test
    void dismissalsIncludingHeadlinePresentTense() {
      assertThat(pairs("en", "Chelsea have sacked Enzo Maresca."))
          .containsExactly("enzo-maresca chelsea SACKED");
      assertThat(pairs("en", "Manchester United sack Ruben Amorim after 14 months."))
          .containsExactly("ruben-amorim manchester-united SACKED");
      assertThat(pairs("en", "Wolves have parted company with Gary O'Neil."))
          .containsExactly("gary-o-neil wolverhampton SACKED");
    }

    @Test
    void headlineVerbInflections() {
      assertThat(pairs("en", "Manchester United hires Ruben Amorim."))
          .containsExactly("ruben-amorim manchester-united AGREED");
      assertThat(pairs("en", "West Ham axes David Moyes."))
          .containsExactly("david-moyes west-ham SACKED");
      assertThat(pairs("en", "Bayern are weighing up a move for Xabi Alonso."))
          .containsExactly("xabi-alonso bayern-monaco LINKED");
      assertThat(pairs("it", "La Juventus esonera Thiago Motta."))
          .containsExactly("thiago-motta juventus SACKED");
      assertThat(pairs("it", "Fabregas rinnova con il Como fino al 2030."))
          .containsExactly("cesc-fabregas como COACHES");
    }

    @Test
    void aThreatIsNotADismissal() {
      assertThat(pairs("en", "Chelsea are ready to sack Enzo Maresca."))
          .containsExactly("enzo-maresca chelsea AT_RISK");
      assertThat(pairs("en", "Ange Postecoglou could be sacked by Tottenham."))
          .containsExactly("ange-postecoglou tottenham AT_RISK");
      assertThat(pairs("en", "Vitor Pereira's job is on the line at Wolves."))
          .containsExactly("vitor-pereira wolverhampton AT_RISK");
      assertThat(pairs("en", "Sean Dyche avoided the sack after the win over Chelsea.")).isEmpty();
    }

    @Test
    void negationWithAContractedNot() {
      assertThat(pairs("en", "West Ham won't sack Julen Lopetegui.")).isEmpty();
      assertThat(pairs("en", "Liverpool did not sack Arne Slot.")).isEmpty();
    }

    @Test
    void linksAgreementsAndRefusals() {
      assertThat(pairs("en", "Tottenham have been linked to Thomas Frank."))
          .containsExactly("thomas-frank tottenham LINKED");
      assertThat(pairs("en", "Brighton are eyeing Kieran McKenna."))
          .containsExactly("kieran-mckenna brighton LINKED");
      assertThat(pairs("en", "Arne Slot has been appointed as Liverpool head coach."))
          .containsExactly("arne-slot liverpool AGREED");
      assertThat(pairs("en", "Nuno Espirito Santo takes over at West Ham."))
          .containsExactly("nuno-espirito-santo west-ham AGREED");
      assertThat(pairs("en", "Ten Hag is not interested in the Bayer Leverkusen job."))
          .containsExactly("erik-ten-hag bayer-leverkusen REJECTED");
    }

    @Test
    void nearADealIsStillALinkAndLostFaithIsPressure() {
      assertThat(pairs("en", "Graham Potter is close to agreeing a deal with West Ham."))
          .containsExactly("graham-potter west-ham LINKED");
      assertThat(pairs("en", "Thomas Frank is on the brink of joining Tottenham."))
          .containsExactly("thomas-frank tottenham LINKED");
      assertThat(pairs("en", "Julen Lopetegui is on the brink at West Ham."))
          .containsExactly("julen-lopetegui west-ham AT_RISK");
      assertThat(pairs("en", "The Chelsea board have lost faith in Enzo Maresca."))
          .containsExactly("enzo-maresca chelsea AT_RISK");
      assertThat(pairs("it", "Allegri è vicino all'accordo con il Milan."))
          .containsExactly("massimiliano-allegri milan LINKED");
    }

    @Test
    void refusalsNamedAfterTheOffer() {
      assertThat(pairs("en", "Simone Inzaghi has turned down an offer from Al-Hilal."))
          .containsExactly("simone-inzaghi al-hilal REJECTED");
      assertThat(pairs("en", "Roma have opted for Claudio Ranieri instead of Roberto Mancini."))
          .contains("roberto-mancini roma REJECTED");
      assertThat(pairs("en", "Everton parted ways with Sean Dyche on Thursday."))
          .containsExactly("sean-dyche everton SACKED");
    }

    @Test
    void currentJobsDeparturesAndHistory() {
      assertThat(pairs("en", "Eddie Howe remains at the helm of Newcastle."))
          .containsExactly("eddie-howe newcastle COACHES");
      assertThat(
              pairs(
                  "en",
                  "Crystal Palace boss Oliver Glasner will step down at the end of the season."))
          .containsExactly("oliver-glasner crystal-palace LEAVING");
      assertThat(
              pairs(
                  "en", "Former Arsenal boss Unai Emery is the frontrunner for the Newcastle job."))
          .containsExactly("unai-emery arsenal LEFT", "unai-emery newcastle LINKED");
    }
  }
}
