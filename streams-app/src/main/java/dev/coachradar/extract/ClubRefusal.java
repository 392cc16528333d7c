package dev.coachradar.extract;

import dev.coachradar.extract.ArticleContext.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * A club's "no" about a coach, told as a noun with the coach after "per": "dopo il no del Como per
 * Fàbregas", "il no dell'Atalanta per Gasperini". When the coach is the club's own (the article
 * gives him no other bench) the club refused to release him: he stays (COACHES), and the move the
 * article's club sought is off (REJECTED). When he holds another bench the club turned him down.
 */
final class ClubRefusal {

  /** The articulated "of" before the club ("il no del Como", "il no dell'Atalanta"), folded. */
  private static final WordSet OF = WordSet.of("del", "della", "dell", "dello", "dei", "degli");

  private ClubRefusal() {}

  /** Indexes i into {@code mentions} where mention i is the club and i + 1 the coach. */
  static List<Integer> find(Tokens t, List<Mention> mentions) {
    final List<Integer> out = new ArrayList<>(1);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      final Mention team = mentions.get(i);
      final Mention coach = mentions.get(i + 1);
      final int of = team.from() - 1;
      if (team.type() != 'T'
          || coach.type() != 'C'
          || of < 1
          || coach.from() != team.to() + 1
          || t.sentence[coach.from()] != t.sentence[of - 1]
          || t.kind[of] != Tokens.WORD
          || !OF.has(t, of)
          || !"no".equals(t.norm[of - 1])
          || !"per".equals(t.norm[team.to()])) {
        continue;
      }
      out.add(i);
    }
    return out;
  }
}
