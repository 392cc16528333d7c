package dev.coachradar.extract;

import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the links of one article that are candidacies for a vacant bench.
 *
 * <p>A club that has just lost its coach must hire, so a coach linked to it in the same article is
 * a stronger candidate than one linked to a club with a coach in place ("Juve, esonerato Allegri:
 * Montero traghettatore, per il dopo c'è Motta"). A team's bench is open in an article when a coach
 * is reported SACKED or LEAVING there (an interim in charge does not close it), or LEFT with nobody
 * reported in charge (COACHES, AT_RISK: a recalled old spell beside a sitting coach opens nothing);
 * an appointment there (AGREED) closes it. Every LINKED signal to an open team gets {@link
 * Signal#openBench()}; the status model weighs it more (docs/status-model.md).
 */
public final class OpenBenches {
  private OpenBenches() {}

  /** The signals of one article, with the links to open benches marked; the order is kept. */
  public static List<Signal> mark(final List<Signal> article) {
    final Set<String> vacated = new HashSet<>();
    final Set<String> left = new HashSet<>();
    final Set<String> inCharge = new HashSet<>();
    final Set<String> appointed = new HashSet<>();
    for (final Signal s : article) {
      if (s.relation() == null) {
        continue;
      }
      switch (s.relation()) {
        case SACKED, LEAVING -> vacated.add(s.teamId());
        case LEFT -> left.add(s.teamId());
        case COACHES, AT_RISK -> inCharge.add(s.teamId());
        case AGREED -> appointed.add(s.teamId());
        default -> {}
      }
    }
    final Set<String> open = new HashSet<>(vacated);
    left.removeAll(inCharge);
    open.addAll(left);
    open.removeAll(appointed);
    if (open.isEmpty()) {
      return article;
    }
    final List<Signal> out = new ArrayList<>(article.size());
    for (final Signal s : article) {
      out.add(
          s.relation() == Relation.LINKED && open.contains(s.teamId()) ? s.withOpenBench(true) : s);
    }
    return out;
  }
}
