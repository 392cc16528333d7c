package dev.coachradar.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * When {@link DefaultStatusFolder#fold(CoachHistory)} resumes its previous fold and when it folds
 * everything again; {@link IncrementalFoldProperties} checks the results on random sequences.
 */
class IncrementalFoldTest {

  private static final String[] TEAMS = {"milan", "roma", "inter", "lazio"};

  /** News in time order with nothing dropped: every fold after the first resumes. */
  @Test
  void appendsInTimeOrderResume() {
    DefaultStatusFolder folder = new DefaultStatusFolder();
    CoachHistory history = new CoachHistory(S.COACH, ModelConfig.DEFAULTS);
    int folds = 0;
    for (int day = 0; day < 120; day++) {
      String team = TEAMS[day % 4];
      Relation r =
          day % 9 == 0 ? Relation.COACHES : day % 13 == 0 ? Relation.AGREED : Relation.LINKED;
      history.add(S.rel("n" + day, day, team, r));
      if (day % 5 == 0) {
        history.add(S.emp("n" + day, day, Employment.EMPLOYED));
      }
      assertThat(folder.fold(history)).isEqualTo(folder.fold(S.COACH, history.signals(), null));
      folds++;
    }
    assertThat(DefaultStatusFolder.resumedFolds(history)).isEqualTo(folds - 1);
  }

  /** A late article, a signal at the newest event time and a dropped signal each fold again. */
  @Test
  void anythingButAnAppendFoldsAgain() {
    DefaultStatusFolder folder = new DefaultStatusFolder();
    CoachHistory history = new CoachHistory(S.COACH, Duration.ofDays(730), 4);
    history.add(S.rel("a", 10, "roma", Relation.COACHES));
    folder.fold(history);
    history.add(S.rel("b", 20, "milan", Relation.LINKED));
    folder.fold(history);
    assertThat(DefaultStatusFolder.resumedFolds(history)).isEqualTo(1);

    history.add(S.rel("c", 15, "inter", Relation.LINKED)); // late
    assertThat(folder.fold(history)).isEqualTo(folder.fold(S.COACH, history.signals(), null));
    assertThat(DefaultStatusFolder.resumedFolds(history)).isZero();

    history.add(S.rel("d", 20, "lazio", Relation.AGREED)); // at the newest event time
    assertThat(folder.fold(history)).isEqualTo(folder.fold(S.COACH, history.signals(), null));
    assertThat(DefaultStatusFolder.resumedFolds(history)).isZero();

    history.add(S.rel("e", 30, "milan", Relation.LEFT)); // the fifth: "a" leaves the bound
    assertThat(history.size()).isEqualTo(4);
    assertThat(folder.fold(history)).isEqualTo(folder.fold(S.COACH, history.signals(), null));
    assertThat(DefaultStatusFolder.resumedFolds(history)).isZero();

    history.add(S.rel("f", 31, "milan", Relation.COACHES)); // a sixth, "c" leaves
    folder.fold(history);
    assertThat(DefaultStatusFolder.resumedFolds(history)).isZero();
  }
}
