package dev.coachradar.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The KB files as data: every row has its columns, ids are unique and follow the ANNOTATION.md slug
 * rule, and nobody is both a coach and a non-coach. The loader keeps the last row of a duplicated
 * id silently, so these are checked on the raw files.
 */
class KbDataTest {

  private static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  private static List<String[]> rows(String resource) throws IOException {
    final InputStream in = KbDataTest.class.getClassLoader().getResourceAsStream(resource);
    assertThat(in).as(resource).isNotNull();
    final List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("id\t")) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  private static Set<String> uniqueIds(String resource, int columns) throws IOException {
    final Set<String> ids = new HashSet<>();
    for (String[] row : rows(resource)) {
      assertThat(row).as("%s row %s", resource, row[0]).hasSize(columns);
      assertThat(row[0]).as(resource).matches(SLUG);
      assertThat(ids.add(row[0])).as("duplicate id %s in %s", row[0], resource).isTrue();
    }
    return ids;
  }

  @Test
  void everyRowHasItsColumnsAndAUniqueSlugId() throws IOException {
    assertThat(uniqueIds("kb/teams.tsv", 5)).hasSizeGreaterThan(500);
    assertThat(uniqueIds("kb/coaches.tsv", 4)).hasSizeGreaterThan(600);
    assertThat(uniqueIds("kb/people.tsv", 4)).hasSizeGreaterThan(350);
  }

  @Test
  void coachIdsAreTheSlugOfTheFullName() throws IOException {
    for (String[] row : rows("kb/coaches.tsv")) {
      // German and Nordic letters are written out as usual (Hoeneß → hoeness, Solskjær → solskjaer)
      final String written = row[1].replace("ß", "ss").replace("æ", "ae");
      assertThat(row[0]).as(row[1]).isEqualTo(Text.slug(written));
    }
  }

  @Test
  void personIdsAreTheSlugOfTheFullName() throws IOException {
    for (String[] row : rows("kb/people.tsv")) {
      final String written =
          row[1]
              .replace("ß", "ss")
              .replace("æ", "ae")
              .replace("Ø", "O")
              .replace("ø", "o")
              .replace("ı", "i")
              .replace("ł", "l");
      assertThat(row[0]).as(row[1]).isEqualTo(Text.slug(written));
    }
  }

  @Test
  void nationalTeamIdsStartWithNazionale() throws IOException {
    for (String[] row : rows("kb/teams.tsv")) {
      assertThat(row[2]).as(row[0]).isIn("club", "national", "market");
      if (row[2].equals("national")) {
        assertThat(row[0]).startsWith("nazionale-");
      }
    }
  }

  /**
   * First names common in this press. A coach's bare alias among them ("Frank", "Max", "Thiago")
   * would turn "Frank Zeller" or "Thiago Almada" into the coach, unless common-words.tsv lists it.
   */
  private static final Set<String> FIRST_NAMES =
      Set.of(
          "adam",
          "alan",
          "alex",
          "andrea",
          "andre",
          "angelo",
          "antonio",
          "arne",
          "ben",
          "bruno",
          "carlos",
          "chris",
          "christian",
          "daniel",
          "daniele",
          "david",
          "diana",
          "diego",
          "enzo",
          "eric",
          "fabio",
          "francesco",
          "frank",
          "gary",
          "george",
          "giovanni",
          "hugo",
          "ivan",
          "jack",
          "james",
          "jesus",
          "joao",
          "john",
          "jorge",
          "jose",
          "juan",
          "julian",
          "kevin",
          "leo",
          "lorenzo",
          "luca",
          "lucas",
          "lucio",
          "luis",
          "marco",
          "mario",
          "marino",
          "mark",
          "martin",
          "matteo",
          "max",
          "michael",
          "mohamed",
          "nancy",
          "nicola",
          "nuno",
          "ole",
          "oliver",
          "pablo",
          "paolo",
          "paul",
          "pedro",
          "peter",
          "rafael",
          "roberto",
          "roy",
          "ruben",
          "ryan",
          "sam",
          "sergio",
          "simone",
          "steve",
          "thiago",
          "thomas",
          "tom",
          "xavi");

  private static Set<String> commonWords() throws IOException {
    final Set<String> words = new HashSet<>();
    for (String[] row : rows("kb/common-words.tsv")) {
      words.add(String.join(" ", Tokens.words(row[0])));
    }
    return words;
  }

  @Test
  void aCoachAliasThatIsAFirstNameIsListedAsACommonWord() throws IOException {
    final Set<String> common = commonWords();
    for (String[] row : rows("kb/coaches.tsv")) {
      for (String alias : row[2].split("\\|")) {
        final String folded = String.join(" ", Tokens.words(alias));
        if (!alias.isBlank() && !alias.contains(" ") && FIRST_NAMES.contains(folded)) {
          assertThat(common).as("bare alias %s of %s", alias, row[0]).contains(folded);
        }
      }
    }
  }

  @Test
  void countriesAreIsoCodesWithTheUkNationsSpelledOut() throws IOException {
    for (String[] row : rows("kb/teams.tsv")) {
      // England is GB-ENG (ISO 3166-2), never the language code EN; likewise GB-SCT, GB-WLS
      assertThat(row[3]).as(row[0]).matches("[A-Z]{2}(-[A-Z]{3})?").isNotIn("EN", "GB");
    }
  }

  @Test
  void teamAndPersonIdsNeverCollide() throws IOException {
    // the extractor keeps the coaches and teams an article confirms in one set of ids
    final Set<String> teams = uniqueIds("kb/teams.tsv", 5);
    assertThat(uniqueIds("kb/coaches.tsv", 4)).doesNotContainAnyElementsOf(teams);
    assertThat(uniqueIds("kb/people.tsv", 4)).doesNotContainAnyElementsOf(teams);
  }

  @Test
  void nobodyIsBothACoachAndANonCoach() throws IOException {
    final Set<String> coaches = uniqueIds("kb/coaches.tsv", 4);
    for (String[] row : rows("kb/people.tsv")) {
      assertThat(coaches).as("person %s", row[0]).doesNotContain(row[0]);
    }
  }

  @Test
  void noCueRowIsListedTwice() throws IOException {
    // a second copy changes nothing and hides which block of the lexicon a cue belongs to
    final Set<String> seen = new HashSet<>();
    for (String[] row : rows("kb/cues.tsv")) {
      final String key = String.join("\t", row).stripTrailing();
      assertThat(seen.add(key)).as("cues.tsv row listed twice: %s", key).isTrue();
    }
  }

  @Test
  void noCueRowDiffersFromAnotherOnlyByAccentsOrApostrophes() throws IOException {
    // phrases are matched folded ("lascerà" = "lascera", "l'addio" = "l addio"): a variant row is a
    // second copy of the same cue
    final Map<String, String> seen = new HashMap<>();
    final List<String> copies = new ArrayList<>();
    for (String[] row : rows("kb/cues.tsv")) {
      final String[] key = row.clone();
      key[1] = String.join(" ", Tokens.words(row[1]));
      final String first = seen.putIfAbsent(String.join("\t", key).stripTrailing(), row[1]);
      if (first != null) {
        copies.add(row[0] + " '" + row[1] + "' = '" + first + "'");
      }
    }
    assertThat(copies).as("cues.tsv rows that fold to an earlier row").isEmpty();
  }
}
