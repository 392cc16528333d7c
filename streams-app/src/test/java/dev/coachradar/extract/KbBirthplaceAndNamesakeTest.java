package dev.coachradar.extract;

import static dev.coachradar.extract.LexiconCoverageTest.pairs;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Knowledge-base entries added for news the product has not seen: birthplace descriptors of Italian
 * coaches of Serie B and C ("il tecnico di Formia", "il milanese"), namesakes who are not the coach
 * with their surname ("Dara O'Shea", "Paul Clement"), and coaches and clubs beyond the big leagues.
 * Every sentence is written for the test and fails without the entry it exercises.
 */
class KbBirthplaceAndNamesakeTest {

  @Test
  void aBirthplaceNamesTheCoachBornThereAmongTheCoachesNamed() {
    assertThat(
            pairs(
                "it",
                "Alberto Aquilani e Fabio Pecchia sono liberi. Il Sassuolo ha messo nel mirino il"
                    + " tecnico di Formia."))
        .contains("fabio-pecchia sassuolo LINKED")
        .doesNotContain("alberto-aquilani sassuolo LINKED");
    assertThat(
            pairs(
                "it",
                "Cristian Stellini e Igor Tudor sono liberi. Il Genoa ha contattato il tecnico"
                    + " milanese."))
        .containsExactly("cristian-stellini genoa LINKED");
  }

  @Test
  void aRegionalDescriptorAfterTheArticleNamesTheCoachOfThatRegion() {
    assertThat(
            pairs(
                "it",
                "Il Venezia ha scelto Marco Donadel e non Davide Dionigi: la Reggiana ha"
                    + " confermato l'emiliano."))
        .contains("davide-dionigi reggiana COACHES");
  }

  @Test
  void aPlayerWithACoachsSurnameIsNotTheCoach() {
    assertThat(pairs("en", "Dara O'Shea has signed for Ipswich. O'Shea was linked with Burnley."))
        .isEmpty();
  }

  @Test
  void anAssistantWithACoachsSurnameIsNotTheCoach() {
    assertThat(
            pairs(
                "en",
                "Paul Clement has left Everton with Carlo Ancelotti. Clement was his assistant at"
                    + " Real Madrid."))
        .doesNotContain("philippe-clement everton LEFT");
  }

  @Test
  void coachesAndClubsBeyondTheBigLeagues() {
    assertThat(pairs("en", "Copenhagen have sacked Jacob Neestrup."))
        .containsExactly("jacob-neestrup copenaghen SACKED");
    assertThat(pairs("it", "Il Lugano ha confermato Mattia Croci-Torti."))
        .contains("mattia-croci-torti lugano COACHES");
    assertThat(pairs("en", "Molde have sacked Erling Moe."))
        .containsExactly("erling-moe molde SACKED");
  }
}
