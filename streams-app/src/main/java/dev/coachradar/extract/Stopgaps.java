package dev.coachradar.extract;

import dev.coachradar.extract.ArticleContext.CueHit;
import dev.coachradar.extract.ArticleContext.Mention;
import dev.coachradar.extract.KnowledgeBase.CueKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The coaches an article presents as stopgaps: a caretaker, an interim, the youth coach put in
 * charge until the permanent choice ("Montero traghettatore", "Paolo Montero, allenatore della
 * Primavera", "X will take charge on an interim basis"). ANNOTATION.md counts interims as coaches
 * and their appointment as one (AGREED, or COACHES once at work), but such an appointment does not
 * fill the bench: the club still has to hire, so its candidates stay candidacies for an open bench
 * ({@link OpenBenches}).
 *
 * <p>A stopgap's mark is a cue of kind {@link CueKind#INTERIM} or a relation cue flagged {@code
 * interim}; the coach it qualifies is the nearest one named before it in its sentence, within
 * {@link #REACH} tokens, else the nearest after it. Linear: each cue looks at a bounded window.
 */
final class Stopgaps {
  /** How far from a stopgap's mark the coach it qualifies may be named, in tokens. */
  static final int REACH = 12;

  private Stopgaps() {}

  /** Ids of the coaches the article presents as stopgaps. */
  static Set<String> coaches(List<CueHit> cues, Mention[] mentionAt, Tokens t) {
    final Set<String> out = new HashSet<>();
    for (CueHit c : cues) {
      if (c.cue().kind() != CueKind.INTERIM && !c.cue().interim()) {
        continue;
      }
      final int sent = t.sentence[c.from()];
      String coach = null;
      final int lo = Math.max(0, c.from() - REACH);
      for (int j = c.from() - 1; j > lo - 1; j--) {
        if (t.sentence[j] != sent) {
          break;
        }
        coach = coachAt(mentionAt, j);
        if (coach != null) {
          break;
        }
      }
      for (int j = c.to(); coach == null && j < t.size && j < c.to() + REACH; j++) {
        if (t.sentence[j] != sent) {
          break;
        }
        coach = coachAt(mentionAt, j);
      }
      if (coach != null) {
        out.add(coach);
      }
    }
    return out;
  }

  private static String coachAt(Mention[] mentionAt, int j) {
    final Mention m = mentionAt[j];
    return m != null && (m.type() == 'C' || m.type() == 'I') ? m.id() : null;
  }
}
