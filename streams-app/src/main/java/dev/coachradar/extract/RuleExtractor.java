package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import dev.coachradar.model.Signal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based extractor: finds coaches, teams and cue phrases with token tries built from the KB,
 * resolves nicknames, descriptors, generic references ("il tecnico", "he") and ambiguous team
 * aliases against what the article has already named, then binds every relation cue to the nearest
 * team and coach of its clause. One relation per (coach, team) pair, chosen by {@link
 * Relation#precedence()}. Linear in the text length: every search window has a fixed size.
 *
 * <p>Thread-safe (no mutable state outside a call). A failure on an odd input is thrown as an
 * {@link ExtractionException} naming the article, so the caller sends the article to the
 * dead-letter topic with the reason instead of dropping it.
 *
 * <p>One call is a {@code Run} over an {@link ArticleContext}; each concern of it is a class of
 * this package that extends the one it builds on: {@link CueReading}, {@link TeamMentions}, {@link
 * CoachMentions}, {@link ListReading}, {@link TeamSlots}, {@link CoachSlots}, {@link Succession},
 * {@link Binder}, {@link Aggregation}.
 */
public final class RuleExtractor implements Extractor {

  /**
   * Only the first 32 Ki characters of an article are analysed: far longer than any news article,
   * and it bounds the work on adversarial input (a 1 MB text costs what 32 KB does).
   */
  static final int MAX_CHARS = 1 << 15;

  /** Strength of a hedged statement ("sarebbe", "reportedly"). */
  static final double HEDGED = 0.6;

  private static final WordSet IT_WORDS =
      WordSet.of(
          "il", "di", "che", "la", "del", "della", "per", "non", "con", "una", "alla", "dei",
          "sono", "gli", "nel", "anche", "ha", "dopo", "e");

  private static final WordSet EN_WORDS =
      WordSet.of(
          "the", "of", "and", "to", "is", "was", "has", "have", "for", "with", "his", "he", "that",
          "at", "after", "who", "been", "will", "by", "from");

  private static volatile RuleExtractor defaultInstance;

  private final KnowledgeBase kb;

  /** An extractor over the given KB. */
  public RuleExtractor(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The extractor over the KB shipped on the classpath, loaded once. */
  public static RuleExtractor defaultExtractor() {
    RuleExtractor r = defaultInstance;
    if (r == null) {
      synchronized (RuleExtractor.class) {
        r = defaultInstance;
        if (r == null) {
          r = new RuleExtractor(KnowledgeBase.fromClasspath());
          defaultInstance = r;
        }
      }
    }
    return r;
  }

  @Override
  public List<Signal> extract(NewsArticle article) {
    if (article == null) {
      return List.of();
    }
    try {
      final Run run = new Run(kb, article);
      final List<Signal> signals = run.signals();
      return OpenBenches.mark(signals, run.stopgaps());
    } catch (RuntimeException | StackOverflowError e) {
      throw new ExtractionException(article.id(), e); // to the dead-letter topic, not dropped
    }
  }

  /** Language of the article: its own tag when set, otherwise a cheap function-word vote. */
  static String detectLanguage(Tokens t) {
    int it = 0;
    int en = 0;
    final int limit = Math.min(t.size, 400);
    for (int k = 0; k < limit; k++) {
      if (t.kind[k] == Tokens.WORD) {
        if (IT_WORDS.has(t, k)) {
          it++;
        } else if (EN_WORDS.has(t, k)) {
          en++;
        }
      }
    }
    if (it + en < 2) {
      return null;
    }
    if (it > en * 1.5) {
      return "it";
    }
    if (en > it * 1.5) {
      return "en";
    }
    return null;
  }

  /**
   * One extraction call: reads the cues and mentions, binds, applies the closing passes over what
   * binding found (closed candidacies, a coach's own team) and aggregates.
   */
  private static final class Run extends Aggregation {
    Run(KnowledgeBase kb, NewsArticle article) {
      super(kb, article);
    }

    /** The coaches the article presents as stopgaps ({@link Stopgaps}), once read. */
    Set<String> stopgaps() {
      return mentionAt == null ? Set.of() : Stopgaps.coaches(cues, mentionAt, t);
    }

    List<Signal> signals() {
      lang = article.lang();
      if (lang == null || lang.isBlank()) {
        lang = detectLanguage(t);
      } else {
        lang = lang.trim().toLowerCase(java.util.Locale.ROOT);
      }
      if (lang == null || !kb.cues.containsKey(lang)) {
        return List.of();
      }
      mentionAt = new Mention[t.size];
      unresolvedTeam = new boolean[t.size];
      cueAt = new CueHit[t.size];
      cueEndAt = new CueHit[t.size];
      genericCoach = new boolean[Math.max(1, t.sentences)];
      scanCues(kb.cues.get(lang));
      scanCompounds(kb.cues.get(lang));
      resolveMentions(kb.refs.get(lang));
      markHedges();
      topicTeam = computeTopicTeam();
      String last = null;
      int lastSent = -10;
      int mi = 0;
      for (int sIdx = 0; sIdx < t.sentences; sIdx++) {
        if (last != null && sIdx - lastSent <= 2) {
          recentTeam.put(sIdx, last);
        }
        final int end = t.sentenceStart[sIdx + 1];
        while (mi < mentions.size() && mentions.get(mi).from() < end) {
          final Mention m = mentions.get(mi++);
          if (m.type() == 'T') {
            last = m.id();
            lastSent = t.sentence[m.from()];
          }
        }
      }
      final List<Found> found = new ArrayList<>();
      final Map<String, Integer> free = new LinkedHashMap<>();
      final Map<String, Integer> employed = new LinkedHashMap<>();
      final List<Found> careerFound = new ArrayList<>();
      closure = new CandidacyClosure(t);
      bind(found, free, employed, careerFound);
      closeCandidacies(found);
      teamOfCoach(found);
      clubRefusals(found);
      found.addAll(Headline.read(this, kb.heads.get(lang), found));
      // a career stage counts only where the article says nothing else about the pair
      final Set<String> told = new java.util.HashSet<>();
      for (Found f : found) {
        told.add(f.coach() + '|' + f.team());
      }
      for (Found f : careerFound) {
        if (told.add(f.coach() + '|' + f.team())) {
          found.add(f);
        }
      }
      return aggregate(found, free, employed);
    }

    /**
     * A candidacy told and then closed in one sentence ({@link CandidacyClosure}): its LINKED pairs
     * are REJECTED, and a refusal bound to a team the sentence does not name is that same closure
     * misread, so it goes. A refusal of a team the sentence names, by someone not linked in it, is
     * another statement: the sentence is left as it is.
     */
    private void closeCandidacies(List<Found> found) {
      for (int s = 0; s < t.sentences; s++) {
        if (!closure.closed(s)) {
          continue;
        }
        final int sent = s;
        final Set<String> named = new java.util.HashSet<>();
        for (Mention m : mentions) {
          if (m.type() == 'T' && t.sentence[m.from()] == sent) {
            named.add(m.id());
          }
        }
        final Set<String> linked = new java.util.HashSet<>();
        final Set<String> linkedTeams = new java.util.HashSet<>();
        for (Found f : found) {
          if (f.sentence() == sent && f.relation() == Relation.LINKED) {
            linked.add(f.coach());
            linkedTeams.add(f.team());
          }
        }
        if (linked.isEmpty() || otherRefusal(found, sent, named, linked, linkedTeams)) {
          continue;
        }
        found.removeIf(
            f ->
                f.sentence() == sent
                    && f.relation() == Relation.REJECTED
                    && !named.contains(f.team())
                    && linked.contains(f.coach()) != linkedTeams.contains(f.team()));
        found.replaceAll(
            f ->
                f.sentence() == sent && f.relation() == Relation.LINKED
                    ? new Found(f.coach(), f.team(), Relation.REJECTED, f.strength(), sent)
                    : f);
      }
    }

    /**
     * A refusal in the closed sentence that is another statement: of a team the sentence names, by
     * someone not linked in it, or of a named team other than the ones linked ("linked with Roma,
     * but he turned down Lazio": the Roma candidacy stays open).
     */
    private boolean otherRefusal(
        List<Found> found, int sent, Set<String> named, Set<String> linked, Set<String> teams) {
      for (Found f : found) {
        if (f.sentence() == sent
            && f.relation() == Relation.REJECTED
            && named.contains(f.team())
            && (!linked.contains(f.coach())
                || (!teams.contains(f.team()) && refusedTeam(sent, f.team())))) {
          return true;
        }
      }
      return false;
    }

    /**
     * The team is named as the object of a refusal cue ("turned down Lazio", "rifiutato la Lazio").
     */
    private boolean refusedTeam(int sent, String team) {
      if (refusedObjects == null) {
        refusedObjects = new java.util.HashSet<>();
        for (CueHit c : cues) {
          if (c.cue().kind() != CueKind.REL || c.cue().relation() != Relation.REJECTED) {
            continue;
          }
          int j = c.to();
          if (j < t.size && Tokens.DEFINITE_ARTICLES.has(t, j)) {
            j++; // "turned down the Lazio job", "ha rifiutato la Lazio"
          }
          final Mention m = j < t.size ? mentionAt[j] : null;
          if (m != null && m.type() == 'T') {
            refusedObjects.add(t.sentence[c.from()] + "|" + m.id());
          }
        }
      }
      return refusedObjects.contains(sent + "|" + team);
    }

    /**
     * "dopo il no del Como per Fàbregas" ({@link ClubRefusal}): the coach's own club kept him
     * (COACHES) and the article's club, which sought him, is turned down (REJECTED); a coach the
     * article puts on another bench was turned down by the club named (REJECTED).
     */
    private void clubRefusals(List<Found> found) {
      for (int i : ClubRefusal.find(t, mentions)) {
        final String team = mentions.get(i).id();
        final String coach = mentions.get(i + 1).id();
        final int sent = t.sentence[mentions.get(i).from()];
        boolean elsewhere = false;
        for (Found f : found) {
          elsewhere |=
              f.coach().equals(coach)
                  && !team.equals(f.team())
                  && f.relation().impliesCurrentTeam();
        }
        if (elsewhere) {
          found.add(new Found(coach, team, Relation.REJECTED, strengthOf(sent), sent));
          continue;
        }
        found.add(new Found(coach, team, Relation.COACHES, strengthOf(sent), sent));
        if (topicTeam != null && !topicTeam.equals(team)) {
          found.add(new Found(coach, topicTeam, Relation.REJECTED, strengthOf(sent), sent));
        }
      }
    }

    /**
     * "la Fiorentina di Raffaele Palladino", "il Milan di Allegri": in Italian a team followed by
     * "di" and a coach names the coach's current team (COACHES). Only named coaches, only the plain
     * construction, and the usual precedence lets any more specific relation win.
     */
    private void teamOfCoach(List<Found> found) {
      if (!"it".equals(lang)) {
        coachsTeam(found);
        return;
      }
      for (int i = 0; i + 1 < mentions.size(); i++) {
        final Mention team = mentions.get(i);
        final Mention coach = mentions.get(i + 1);
        // an opponent ("contro la Lazio di Sarri") is still that coach's team
        if ((team.type() != 'T' && team.type() != 'O')
            || coach.type() != 'C'
            || coach.from() != team.to() + 1
            || t.kind[team.to()] != Tokens.WORD
            || !"di".equals(t.norm[team.to()])) {
          continue;
        }
        final int sent = t.sentence[coach.from()];
        found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
      }
    }

    /**
     * "Arteta's Arsenal", "against Frank's Brentford": in English a coach's possessive before a
     * club names his current team (COACHES); a market ("Frank's Premier League experience") is not
     * a bench.
     */
    private void coachsTeam(List<Found> found) {
      for (int i = 0; i + 1 < mentions.size(); i++) {
        final Mention coach = mentions.get(i);
        final Mention team = mentions.get(i + 1);
        if (coach.type() == 'C'
            && team.type() == 'T'
            && team.from() == coach.to() + 1
            && t.kind[coach.to()] == Tokens.WORD
            && t.norm[coach.to()].equals("of")
            && !isMarket(team.id())) {
          // "Marco Silva of Fulham was another name on the list": his club now
          final int sent = t.sentence[coach.from()];
          found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
          continue;
        }
        if (coach.type() != 'C'
            || (team.type() != 'T' && team.type() != 'O')
            || team.from() != coach.to() + 1
            || t.kind[coach.to()] != Tokens.WORD
            || !"s".equals(t.norm[coach.to()])
            || isMarket(team.id())) {
          continue;
        }
        final int sent = t.sentence[coach.from()];
        found.add(new Found(coach.id(), team.id(), Relation.COACHES, strengthOf(sent), sent));
      }
    }
  }
}
