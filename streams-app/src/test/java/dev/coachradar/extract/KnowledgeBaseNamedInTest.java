package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link KnowledgeBase#namedIn}: the coach and team ids a text names, read without context. */
class KnowledgeBaseNamedInTest {

  private static final KnowledgeBase KB = KnowledgeBase.fromClasspath();

  @Test
  void namesTeamsAndCoachesByNameAndAliasButNotPeopleOrDescriptors() {
    assertThat(
            KB.namedIn(
                "Il tecnico livornese Max e il presidente De Laurentiis: i giallorossi pensano a"
                    + " Gasperini."))
        .contains("massimiliano-allegri", "gian-piero-gasperini", "roma")
        .doesNotContain("aurelio-de-laurentiis");
  }

  @Test
  void aCapitalisedAliasInLowerCaseNamesNobody() {
    assertThat(KB.namedIn("il conte di Montecristo")).doesNotContain("antonio-conte");
    assertThat(KB.namedIn("Conte al Napoli")).contains("antonio-conte", "napoli");
  }
}
