package dev.coachradar.extract;

import static dev.coachradar.extract.RuleExtractorTest.pairs;
import static dev.coachradar.extract.RuleExtractorTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A career told as a portrait: stages named by a bare city after a career verb, by a past-remote
 * copula, and stages in sentences that name nobody, far from the coach's last name. Sentences
 * written for the test.
 */
class CareerPortraitTest {

  @Test
  void aBareCityAfterACareerVerbIsTheClubButStaysAPlaceElsewhere() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Per Paolo Zanetti è una svolta. La prima occasione arrivò a Venezia, con una"
                        + " promozione in Serie A.")))
        .contains("paolo-zanetti venezia LEFT");
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti è il tecnico dell'Empoli. Ieri la squadra ha giocato a"
                        + " Venezia.")))
        .noneMatch(p -> p.contains("venezia"));
  }

  @Test
  void aPastRemoteCopulaWithATeamIsACareerStage() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti ha firmato con l'Empoli. Il suo primo laboratorio fu Venezia,"
                        + " in Serie B.")))
        .contains("paolo-zanetti venezia LEFT");
  }

  @Test
  void aStageInASentenceNamingNobodyIsOfTheCoachThePortraitIsAbout() {
    final String body =
        "Paolo Zanetti ha firmato con l'Empoli. Per Zanetti è la chiusura di un cerchio che parte"
            + " da lontano, da quando smise di giocare e cominciò ad allenare i ragazzi della sua"
            + " città, tra campi di provincia, tornei giovanili e lunghe serate passate a studiare"
            + " le partite degli altri. Appese le scarpe al chiodo, la gavetta fu lunga e piena di"
            + " ostacoli, con stagioni intere passate a inseguire una panchina che non arrivava"
            + " mai e offerte che sfumavano all'ultimo momento per una ragione o per l'altra. La"
            + " prima vera chance, poi, ebbe il sapore di una scommessa vinta contro tutti i"
            + " pronostici e contro chi considerava quel ragazzo troppo giovane per un incarico del genere."
            + " Il rilancio arrivò a Venezia, con una promozione.";
    assertThat(pairs(run("it", "", body))).contains("paolo-zanetti venezia LEFT");
    // two coaches named as often: nobody is the portrait's subject
    final String two =
        body.replace("Per Zanetti è", "Per Zanetti e per Roberto D'Aversa è")
            .replace("Paolo Zanetti ha firmato con l'Empoli.", "Paolo Zanetti e Roberto D'Aversa.");
    assertThat(pairs(run("it", "", two))).noneMatch(p -> p.contains("venezia"));
  }

  @Test
  void aStageInASentenceReferringToTheCoachIsHis() {
    assertThat(
            pairs(
                run(
                    "it",
                    "",
                    "Paolo Zanetti ha firmato con l'Empoli. In città tutti lo conoscono: il rilancio"
                        + " arrivò a Venezia, con una promozione.")))
        .contains("paolo-zanetti venezia LEFT");
  }
}
