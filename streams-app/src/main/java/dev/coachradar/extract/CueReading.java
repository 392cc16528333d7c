package dev.coachradar.extract;

import dev.coachradar.extract.KnowledgeBase.Cue;
import dev.coachradar.extract.KnowledgeBase.CueKind;
import dev.coachradar.model.NewsArticle;
import dev.coachradar.model.Relation;
import java.util.List;

/**
 * Cue reading: finds the cue phrases and succession compounds of the article, and reads how a cue
 * is said — negated, hedged (its strength), modal, conditional, wished, coordinated — so binding
 * can weigh or drop it.
 */
abstract class CueReading extends ArticleContext {
  static final int NEG_WINDOW = 3;

  /**
   * Past participles that report an arrival made ("arrivato", "appointed in January to replace X"):
   * after one, a succession cue tells who left the bench, not a candidacy.
   */
  static final WordSet ARRIVAL_WORDS =
      WordSet.of(
          "arrivato",
          "arrivata",
          "arrived",
          "appointed",
          "hired",
          "nominato",
          "ingaggiato",
          "chiamato",
          "richiamato");

  /**
   * Words that date a free coach's idleness from an event ("fermo dopo la retrocessione", "libero
   * dall'esonero", "out of work since", "free after").
   */
  static final WordSet SINCE_WORDS =
      WordSet.of("dopo", "da", "dal", "dall", "dalla", "dallo", "since", "after", "following");

  /** How far, in tokens, a time pointing to the past is looked for around a state cue. */
  static final int PAST_REACH = 12;

  /**
   * A plain candidacy cue: what an arrival-only cue is without an arrival ("want Y to replace X").
   */
  static final Cue PLAIN_LINKED = Cue.plain(CueKind.REL, Relation.LINKED);

  static final Cue PLAIN_REJECTED = Cue.plain(CueKind.REL, Relation.REJECTED);

  /**
   * Adverbs that put the next item of a list after the one before ("prima a X e poi a Y"): in an
   * appointment, the earlier one was replaced.
   */
  static final WordSet THEN_WORDS = WordSet.of("poi", "successivamente", "quindi", "infine");

  /** Verbs of wishing or searching: an appointment they govern is not made. */
  static final WordSet WISH_WORDS =
      WordSet.of(
          "vorrebbe",
          "vorrebbero",
          "vuole",
          "vogliono",
          "volere",
          "cerca",
          "cercano",
          "cercare",
          "trovare",
          "scegliere",
          "desidera",
          "sogna",
          "sognano",
          "serve",
          "servira",
          "want",
          "wants",
          "wanted",
          "hope",
          "hopes",
          "hoping",
          "need",
          "needs",
          "seek",
          "seeks",
          "seeking",
          "find",
          "identify");

  static final int WISH_WINDOW = 4;

  /** Modal verbs before a choice: it is not made yet ("could opt for", "potrebbe puntare su"). */
  static final WordSet MODALS =
      WordSet.of(
          "could",
          "may",
          "might",
          "would",
          "should",
          "potrebbe",
          "potrebbero",
          "potra",
          "pronto",
          "pronta",
          "ready",
          "set");

  /**
   * Words a refusal may put between itself and the candidacy it refuses ("rebuffed two offers").
   */
  static final int REFUSED_OBJECT_REACH = 4;

  /** Auxiliaries between a conjunction and a coordinated verb ("and have hired", "e ha scelto"). */
  static final WordSet AUXILIARIES =
      WordSet.of(
          "ha", "hanno", "have", "has", "had", "then", "poi", "quickly", "immediately", "subito");

  /**
   * Past forms of being (and of sitting, staying) that put a present-role cue right after them in
   * the past: "era alla guida del Verona", "è stato il tecnico del Sassuolo", "sedeva sulla
   * panchina del Genoa", "was manager of Swansea", "had been head coach of Burnley". "been" counts
   * only after "had": "has been manager of X since 2021" is the bench he holds.
   */
  static final WordSet PAST_BEING =
      WordSet.of("era", "fu", "stato", "sedeva", "sedette", "rimase", "was", "been");

  /** Endings of Italian past participles ("considerato", "voluto", "gradito"). */
  static final WordSet PARTICIPLE_ENDINGS =
      WordSet.of(
          "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute");

  /** Words a past form of being may put before the role cue ("era già il tecnico del"). */
  static final WordSet ROLE_FILLERS =
      WordSet.of(
          "il", "l", "lo", "la", "the", "gia", "ancora", "anche", "still", "already", "also");

  CueReading(KnowledgeBase kb, NewsArticle article) {
    super(kb, article);
  }

  // ---- scanning -------------------------------------------------------------------------

  void scanCues(PhraseTrie<Cue> trie) {
    int k = 0;
    while (k < t.size) {
      if (t.kind[k] != Tokens.WORD) {
        k++;
        continue;
      }
      // a joined cue is read apart ({@link #scanCompounds}): "dopo la sconfitta" is no cue
      final PhraseTrie.Match<Cue> m = trie.longestAt(t, k, x -> pickCue(x.payload()) != null);
      if (m == null) {
        k++;
        continue;
      }
      final Cue cue = pickCue(m.payload());
      if (cue.kind() != CueKind.BLOCK) {
        leadingHedge(trie, cue, m);
        final CueHit h = new CueHit(cue, m.from(), m.to());
        cues.add(h);
        cueAt[m.from()] = h;
        cueEndAt[m.to() - 1] = h;
      }
      k = m.to();
    }
  }

  /**
   * Succession compounds ("per il dopo-Tudor", "il post-Ancelotti"): a cue flagged joined that ends
   * on a word joined by a hyphen to the next one. Read apart from the other cues, which may overlap
   * them ("per il dopo" is also a candidacy).
   */
  void scanCompounds(PhraseTrie<Cue> trie) {
    for (int j = 0; j + 1 < t.size; j++) {
      if (t.kind[j] != Tokens.WORD || !hyphenAfter(j)) {
        continue;
      }
      final int end = j + 1;
      for (int k = Math.max(0, j - 3); k <= j; k++) {
        final PhraseTrie.Match<Cue> m =
            trie.longestAt(
                t,
                k,
                x -> x.to() == end && x.payload().stream().anyMatch(KnowledgeBase.Cue::joined));
        if (m != null) {
          for (Cue c : m.payload()) {
            if (c.joined()) {
              compoundHits.add(new CueHit(c, m.from(), m.to()));
              break;
            }
          }
          break;
        }
      }
    }
  }

  /** The word at {@code k} is joined by a hyphen to the next one ("dopo-Ranieri"). */
  boolean hyphenAfter(int k) {
    final int e = t.end[k];
    return k + 1 < t.size
        && t.kind[k + 1] == Tokens.WORD
        && t.start[k + 1] == e + 1
        && (text.charAt(e) == '-' || text.charAt(e) == '\u2011');
  }

  /**
   * "avrebbe scelto", "could be sacked", "possibile ritorno": a longer cue that opens with a hedge
   * keeps it. The hedge is read as its own hit (for {@link #markHedges}), not as a cue position, so
   * the longer cue still binds as before.
   */
  void leadingHedge(PhraseTrie<Cue> trie, Cue cue, PhraseTrie.Match<Cue> m) {
    if (cue.kind() == CueKind.HEDGE || m.to() - m.from() < 2) {
      return;
    }
    final PhraseTrie.Match<Cue> h =
        trie.longestAt(
            t,
            m.from(),
            x -> x.to() < m.to() && x.payload().stream().anyMatch(c -> c.kind() == CueKind.HEDGE));
    if (h != null) {
      for (Cue c : h.payload()) {
        if (c.kind() == CueKind.HEDGE) {
          cues.add(new CueHit(c, h.from(), h.to()));
          return;
        }
      }
    }
  }

  /**
   * The cue a phrase stands for: a BLOCK, else the relation of highest precedence, else the first
   * cue; joined cues are left to {@link #scanCompounds}. Null when the phrase has only those.
   */
  static Cue pickCue(List<Cue> cs) {
    Cue best = null;
    for (Cue c : cs) {
      if (c.joined()) {
        continue;
      }
      if (best == null) {
        best = c;
      }
      if (c.kind() == CueKind.BLOCK) {
        return c;
      }
      if (c.kind() == CueKind.REL
          && (best.kind() != CueKind.REL
              || c.relation().precedence() > best.relation().precedence())) {
        best = c;
      }
    }
    return best;
  }

  /** The strength of a signal told in this sentence: lower when the sentence is hedged. */
  double strengthOf(int sent) {
    return hedged[sent] ? RuleExtractor.HEDGED : 1.0;
  }

  void markHedges() {
    hedged = new boolean[Math.max(1, t.sentences)];
    for (CueHit c : cues) {
      if (c.cue().kind() == CueKind.HEDGE) {
        hedged[t.sentence[c.from()]] = true;
      }
    }
  }

  /**
   * "rebuffed two approaches from the Saudi league", "turned down the chance to become Spurs boss",
   * "ha rifiutato la possibilità di guidare il Napoli": a candidacy cue, or a role offered, that a
   * refusal governs reports the move refused (REJECTED), bound like the move it names.
   */
  CueHit refusedMove(CueHit c) {
    if (c.cue().kind() != CueKind.REL || c.cue().coachRight() || c.cue().chosen()) {
      return c;
    }
    final Relation r = c.cue().relation();
    final boolean refused =
        r == Relation.LINKED
            ? governedByRefusal(c)
            : (r == Relation.AGREED || r == Relation.COACHES) && refusedRole(c);
    return refused ? new CueHit(PLAIN_REJECTED, c.from(), c.to()) : c;
  }

  /**
   * A candidacy noun that is the object of a refusal just before it ("rebuffed two approaches
   * from", "rejected several offers from"): the move is the one refused, not a live candidacy.
   */
  boolean governedByRefusal(CueHit c) {
    for (int j = c.from() - 1; j > -1 && j > c.from() - REFUSED_OBJECT_REACH - 1; j--) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      final CueHit before = cueEndAt[j];
      if (before != null) {
        return refusal(before);
      }
    }
    return false;
  }

  /** Words of a role offered ("the chance to", "la possibilità di"), folded. */
  static final WordSet OFFERED_CHANCE =
      WordSet.of("chance", "opportunity", "possibilita", "opportunita", "occasione");

  /** Words a refusal may put between itself and the role it refuses ("the chance to become"). */
  static final int REFUSED_ROLE_REACH = 6;

  /**
   * A role the coach refused: an appointment or a bench told as the chance a refusal turns down
   * ("turned down the chance to take charge of", "ha rifiutato la possibilità di diventare
   * l'allenatore del"), or an appointment right after a refusal's "to" ("refused to become", "ha
   * rifiutato di diventare"). A team named in between is the refusal's own object ("turned down
   * Spurs to join Fulham": that move is made).
   */
  boolean refusedRole(CueHit c) {
    boolean chance = false;
    for (int j = c.from() - 1; j > -1 && j > c.from() - REFUSED_ROLE_REACH - 1; j--) {
      if (t.kind[j] != Tokens.WORD || (mentionAt[j] != null && mentionAt[j].type() == 'T')) {
        return false;
      }
      final CueHit before = cueEndAt[j];
      if (before != null) {
        final boolean infinitive =
            c.cue().relation() == Relation.AGREED
                && j + 1 < c.from()
                && (t.norm[j + 1].equals("to") || t.norm[j + 1].equals("di"));
        return (chance || infinitive) && refusal(before);
      }
      chance |= OFFERED_CHANCE.has(t, j);
    }
    return false;
  }

  /** A (not negated) refusal that is no closing cue. */
  private boolean refusal(CueHit c) {
    return c.cue().kind() == CueKind.REL
        && c.cue().relation() == Relation.REJECTED
        && !c.cue().closing()
        && !negated(c);
  }

  /**
   * A time pointing to the past ({@link CueKind#PAST}) within a few words of the cue, in its
   * clause: "sulla graticola un anno fa", "under pressure last season".
   */
  boolean pastTimeNear(CueHit c) {
    final int sent = t.sentence[c.from()];
    final int lo = Math.max(0, c.from() - PAST_REACH);
    final int hi = Math.min(t.size, c.to() + PAST_REACH);
    for (int j = lo; j < hi; j++) {
      final CueHit h = cueAt[j];
      if (h == null || h.cue().kind() != CueKind.PAST || t.sentence[j] != sent) {
        continue;
      }
      final int from = h.from() < c.from() ? h.to() : c.to();
      final int to = h.from() < c.from() ? c.from() : h.from();
      if (to - from <= 6 && !clauseEndBetween(from, to)) {
        return true;
      }
    }
    return false;
  }

  boolean thenWord(int k) {
    return k >= 0 && THEN_WORDS.has(t, k);
  }

  /**
   * A cue that holds only after an arrival ("arrived in 2022 to replace X") is, without one, a
   * candidacy for the bench ("Leeds want Y to replace X"): a plain LINKED cue.
   */
  CueHit arrivalOnly(CueHit c) {
    if (!c.cue().arrival() || arrivalBefore(c)) {
      return c;
    }
    return new CueHit(PLAIN_LINKED, c.from(), c.to());
  }

  /**
   * The cue is a verb coordinated with an earlier one of the same sentence ("... and hired", "... e
   * ha scelto"): a conjunction just before it, past auxiliaries, after a named coach.
   */
  boolean coordinatedVerb(CueHit c) {
    final int j = conjunctionBefore(c);
    final Mention before = j < 1 ? null : mentionAt[j - 1];
    return before != null && before.type() == 'C';
  }

  /**
   * The conjunction ("e", "and") right before the cue, past its auxiliaries ("... e ha scelto"),
   * when it is not the text's first word; else -1.
   */
  int conjunctionBefore(CueHit c) {
    int j = prevWord(c.from());
    while (j > -1 && AUXILIARIES.has(t, j)) {
      j = prevWord(j);
    }
    // folded, the verb "è" reads as the conjunction "e": "X, ex Fiorentina, è sulla panchina del
    // Milan" tells the bench he holds, no verb coordinated with the past before it
    return j > 0 && CONJUNCTIONS.has(t, j) && !accented(j) ? j : -1;
  }

  /** Whether the word at {@code j} is written with an accent the folding strips ("è"). */
  boolean accented(int j) {
    for (int i = t.start[j]; i < t.end[j]; i++) {
      if (t.text.charAt(i) > 0x7f) {
        return true;
      }
    }
    return false;
  }

  /**
   * A conditional governs the cue: "should X decide to step down", "if X leaves", "se X dovesse
   * lasciare", "qualora X lasciasse" (a conditional word within six words before it, in its
   * clause).
   */
  boolean conditional(CueHit c) {
    for (int j = c.from() - 1; j > -1 && j > c.from() - 6 - 1; j--) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      final String w = t.norm[j];
      if (w.equals("if")
          || w.equals("should")
          || w.equals("unless")
          || w.equals("se")
          || w.equals("qualora")
          || w.equals("dovesse")) {
        return true;
      }
    }
    return false;
  }

  /** "che hanno scelto rispettivamente A e B", "who chose A and B respectively". */
  boolean respectively(CueHit c) {
    final int sent = t.sentence[c.from()];
    for (int j = c.to(); j < t.size && j < c.to() + 8 && t.sentence[j] == sent; j++) {
      if (t.norm[j].equals("rispettivamente") || t.norm[j].equals("respectively")) {
        return true;
      }
    }
    return false;
  }

  /** A modal before the cue ("could opt for", "potrebbe puntare su"): a choice not yet made. */
  boolean modal(CueHit c) {
    for (int j = c.from() - 1; j > -1 && j > c.from() - 3 - 1; j--) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      if (MODALS.has(t, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A role cue told in the past: a past form of being ({@link #PAST_BEING}) right before it, past
   * articles and adverbs only. A cue that opens with a participle makes a passive with it ("è stato
   * confermato"), no past role.
   */
  boolean pastRole(CueHit c) {
    if (participle(t.norm[c.from()])) {
      return false; // "è stato confermato", "was retained": a passive, the bench he holds
    }
    int words = 0;
    for (int j = c.from() - 1; j > -1 && words < 3; j--) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      words++;
      final String w = t.norm[j];
      if (ROLE_FILLERS.contains(w)) {
        continue;
      }
      if (!PAST_BEING.contains(w)) {
        return false;
      }
      return !"been".equals(w) || (j > 0 && "had".equals(t.norm[j - 1]));
    }
    return false;
  }

  /** A past participle ("confermato", "rinnovata", "retained"): after "è stato" a passive. */
  static boolean participle(String w) {
    return w.length() > 4
        && (w.endsWith("ed") || PARTICIPLE_ENDINGS.contains(w.substring(w.length() - 3)));
  }

  /** "X, arrivato a marzo al posto di Y": the sentence tells the arrival before the cue. */
  boolean arrivalBefore(CueHit c) {
    final int sent = t.sentence[c.from()];
    for (int j = Math.max(t.sentenceStart[sent], c.from() - 12); j < c.from(); j++) {
      final String w = t.norm[j];
      if (ARRIVAL_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Words of a renewal (folded) that make a chosen stay of a cue ("ha preferito rinnovare"). */
  static final WordSet RENEWAL_WORDS = WordSet.of("rinnovare", "renew", "extend", "new");

  /**
   * A stay cue phrased as a preference or a decision: "ha preferito restare", "ha scelto di
   * restare", "opted to remain at", or a renewal so chosen ("ha deciso di rinnovare con", "chose
   * instead to sign a new deal").
   */
  boolean prefersToStay(CueHit c) {
    boolean prefer = false;
    boolean stay = false;
    for (int j = c.from(); j < c.to(); j++) {
      final String w = t.norm[j];
      prefer |=
          w.startsWith("prefer")
              || w.startsWith("opt")
              || w.startsWith("decid")
              || w.equals("deciso")
              || w.equals("scelto")
              || w.equals("chose")
              || w.equals("chosen");
      stay |=
          w.equals("restare")
              || w.equals("rimanere")
              || w.equals("stay")
              || w.equals("remain")
              || RENEWAL_WORDS.contains(w);
    }
    return prefer && stay;
  }

  /** A cue about a move (LINKED, AGREED, REJECTED), not about the bench he holds. */
  boolean moveCue(CueHit c) {
    final Relation r = c.cue().relation();
    return r == Relation.LINKED || r == Relation.AGREED || r == Relation.REJECTED;
  }

  /** A wish or search verb governs the cue ("vorrebbe avere il nuovo allenatore"). */
  boolean wished(CueHit c) {
    // The package's down-counting scans test their lower bounds exclusively ("j > lo - 1", never
    // "j >= lo"): with an inclusive bound, C2 (JDK 17) throws away the method the loop is inlined
    // into (a loop_limit_check trap) the first time the scan runs one step. BENCHMARKS.md,
    // "Eleventh round"; LoopShapeTest keeps the shape out of extract/ and model/.
    for (int j = c.from() - 1; j > -1 && j > c.from() - WISH_WINDOW - 1; j--) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      if (WISH_WORDS.has(t, j)) {
        return true;
      }
    }
    return false;
  }

  boolean negated(CueHit c) {
    if (SINCE_WORDS.has(t, c.from())) {
      return false; // "has not worked since leaving Benfica": the negation is the main verb's
    }
    for (int j = c.from() - 1; j > -1 && j > c.from() - NEG_WINDOW - 1; j--) {
      if (t.kind[j] != Tokens.WORD) {
        return false;
      }
      final CueHit h = cueAt[j];
      if (h != null && h.cue().kind() == CueKind.NEG) {
        return true;
      }
    }
    return false;
  }
}
