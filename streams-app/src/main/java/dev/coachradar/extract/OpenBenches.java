package dev.coachradar.extract;

import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Marks, within one article, the links that are candidacies for a vacant bench and the deals for a
 * bench another coach still holds.
 *
 * <p>A club that has just lost its coach must hire, so a coach linked to it in the same article is
 * a stronger candidate than one linked to a club with a coach in place ("Juve, esonerato Allegri:
 * Montero traghettatore, per il dopo c'è Motta"). A team's bench is open in an article when a coach
 * is reported SACKED or LEAVING there (an interim in charge does not close it), or LEFT with nobody
 * reported in charge (COACHES, AT_RISK: a recalled old spell beside a sitting coach opens nothing);
 * an appointment there (AGREED) closes it, unless the appointed coach is a stopgap ({@link
 * Stopgaps}: "Juve, esonerato Allegri. Montero, allenatore della Primavera, in panchina"): the club
 * still has to hire. Every LINKED signal to an open team gets {@link Signal#openBench()}; the
 * status model weighs it more (docs/status-model.md).
 *
 * <p>Conversely a deal (AGREED) for a team whose bench the same article shows in another coach's
 * hands (COACHES, AT_RISK or LEAVING there: "Baroni in bilico, Sarri ha dato la sua parola alla
 * Lazio") starts later, when that seat is free. It gets {@link Signal#benchHeld()}, and the status
 * model keeps such a deal pending instead of making him the team's coach at once.
 */
public final class OpenBenches {
  private OpenBenches() {}

  /**
   * The signals of one article, with the links to open benches and the deals for held benches
   * marked; the order is kept.
   */
  public static List<Signal> mark(final List<Signal> article) {
    return mark(article, Set.of());
  }

  /**
   * As {@link #mark(List)}, where an appointment of one of the {@code stopgaps} (coach ids the
   * article presents as caretakers or interims) leaves the bench open.
   */
  public static List<Signal> mark(final List<Signal> article, final Set<String> stopgaps) {
    final Map<String, Set<String>> holders = new HashMap<>();
    final Set<String> vacated = new HashSet<>();
    final Set<String> left = new HashSet<>();
    final Set<String> inCharge = new HashSet<>();
    final Set<String> appointed = new HashSet<>();
    for (final Signal s : article) {
      if (s.relation() == null) {
        continue;
      }
      switch (s.relation()) {
        case SACKED -> vacated.add(s.teamId());
        case LEAVING -> {
          vacated.add(s.teamId());
          holders.computeIfAbsent(s.teamId(), t -> new HashSet<>()).add(s.coachId());
        }
        case LEFT -> left.add(s.teamId());
        case COACHES, AT_RISK -> {
          inCharge.add(s.teamId());
          holders.computeIfAbsent(s.teamId(), t -> new HashSet<>()).add(s.coachId());
        }
        case AGREED -> {
          if (!stopgaps.contains(s.coachId())) {
            appointed.add(s.teamId());
          }
        }
        default -> {}
      }
    }
    final Set<String> open = new HashSet<>(vacated);
    left.removeAll(inCharge);
    open.addAll(left);
    open.removeAll(appointed);
    if (open.isEmpty() && holders.isEmpty()) {
      return article;
    }
    final List<Signal> out = new ArrayList<>(article.size());
    for (final Signal s : article) {
      if (s.relation() == Relation.LINKED && open.contains(s.teamId())) {
        out.add(s.withOpenBench(true));
      } else if (s.relation() == Relation.AGREED && heldByOther(holders, s)) {
        out.add(s.withBenchHeld(true));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static boolean heldByOther(final Map<String, Set<String>> holders, final Signal deal) {
    final Set<String> coaches = holders.get(deal.teamId());
    return coaches != null && (coaches.size() > 1 || !coaches.contains(deal.coachId()));
  }
}
