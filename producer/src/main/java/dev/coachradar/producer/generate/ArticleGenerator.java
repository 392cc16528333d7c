package dev.coachradar.producer.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.coachradar.avro.Article;
import dev.coachradar.avro.Relation;
import dev.coachradar.producer.generate.KnowledgeBase.Coach;
import dev.coachradar.producer.generate.KnowledgeBase.Team;
import dev.coachradar.producer.generate.Templates.Slot;
import dev.coachradar.producer.generate.Templates.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Makes realistic synthetic transfer news for tests and benchmarks: articles in Italian and English
 * built from templates ({@code generator/templates.LANG.txt}) and the knowledge base's coaches and
 * clubs, with every relation of ANNOTATION.md, hedged reports, and lengths from a headline with one
 * sentence to long pieces padded with match and squad news.
 *
 * <p>Reproducible: the output depends only on the seed, the options and the data files, never on
 * the clock ({@link SplittableRandom} seeded once, consumed in article order). Ids are {@code
 * gen-SEED-000001} on; publication times rise through the period with jitter of up to three
 * articles' spacing (at most 36 h), to the minute.
 *
 * <p>Each article carries one main signal and, in longer ones, up to two more, always for distinct
 * coaches and distinct teams, so the gold has one relation per pair. Only clubs are used (national
 * teams and markets need other grammar). Filler sentences name teams but never a coach.
 */
public final class ArticleGenerator {

  private static final long MAX_JITTER_MS = 36L * 3600 * 1000;
  private static final double HEDGE_SHARE = 0.4;
  private static final double ALIAS_SHARE = 0.25;
  private static final JsonFactory JSON = new JsonFactory();

  private final List<Coach> coaches;
  private final List<Team> clubs;
  private final Set<String> ambiguous;
  private final Map<String, Templates> templates = new ConcurrentHashMap<>();

  /** A generator over the given knowledge base. */
  public ArticleGenerator(final KnowledgeBase kb) {
    this.coaches = kb.coaches();
    this.clubs = kb.teams().stream().filter(t -> "club".equals(t.kind())).toList();
    this.ambiguous = ambiguousAliases(clubs);
    if (coaches.size() < 4 || clubs.size() < 6) {
      throw new IllegalStateException("the knowledge base has too few coaches or clubs");
    }
  }

  /** The generator over the knowledge base on the classpath, loaded once. */
  public static ArticleGenerator standard() {
    return Standard.INSTANCE;
  }

  /** {@code opts.count()} articles from {@code seed}, lazily, with the standard generator. */
  public static Stream<GeneratedArticle> generate(final long seed, final GeneratorOptions opts) {
    final Iterator<GeneratedArticle> it = standard().iterator(seed, opts);
    return StreamSupport.stream(
        Spliterators.spliterator(
            it, opts.count(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED),
        false);
  }

  /**
   * Writes {@code opts.count()} articles from {@code seed} as JSONL (ANNOTATION.md format, with
   * {@code gold.signals} when {@link GeneratorOptions#withGold()}), one per line. Does not close
   * {@code out}.
   *
   * @return the number of articles written
   */
  public static long writeJsonl(final long seed, final GeneratorOptions opts, final Writer out)
      throws IOException {
    final Iterator<GeneratedArticle> it = standard().iterator(seed, opts);
    long written = 0;
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setRootValueSeparator(null);
      while (it.hasNext()) {
        writeJson(json, it.next(), opts.withGold());
        json.writeRaw('\n');
        written++;
      }
    }
    return written;
  }

  /** One article as a JSON line (without the line end). */
  public static String toJsonLine(final GeneratedArticle generated, final boolean withGold) {
    final StringWriter line = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(line)) {
      writeJson(json, generated, withGold);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return line.toString();
  }

  private static void writeJson(
      final JsonGenerator json, final GeneratedArticle generated, final boolean withGold)
      throws IOException {
    final Article a = generated.article();
    json.writeStartObject();
    json.writeStringField("id", a.getId());
    json.writeStringField(
        "published_at", a.getPublishedAt() == null ? null : a.getPublishedAt().toString());
    json.writeStringField("source", a.getSource());
    json.writeStringField("lang", a.getLang());
    json.writeStringField("title", a.getTitle());
    json.writeStringField("body", a.getBody());
    if (withGold) {
      json.writeObjectFieldStart("gold");
      json.writeArrayFieldStart("signals");
      for (final GeneratedArticle.Signal s : generated.gold()) {
        json.writeStartObject();
        json.writeStringField("coach", s.coach());
        json.writeStringField("team", s.team());
        json.writeStringField("relation", s.relation().name());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /**
   * Checks that every language of the mix has templates.
   *
   * @throws IllegalArgumentException when one has none
   */
  public void check(final GeneratorOptions opts) {
    opts.langMix().keySet().forEach(lang -> templates.computeIfAbsent(lang, Templates::load));
  }

  /**
   * {@code opts.count()} articles from {@code seed}, made on demand.
   *
   * @throws IllegalArgumentException when a language of the mix has no templates
   */
  public Iterator<GeneratedArticle> iterator(final long seed, final GeneratorOptions opts) {
    final List<String> langs = new ArrayList<>(opts.langMix().keySet());
    final double[] cumulative = new double[langs.size()];
    final double sum = opts.langMix().values().stream().mapToDouble(Double::doubleValue).sum();
    double running = 0;
    final Templates[] byLang = new Templates[langs.size()];
    for (int i = 0; i < langs.size(); i++) {
      running += opts.langMix().get(langs.get(i)) / sum;
      cumulative[i] = running;
      byLang[i] = templates.computeIfAbsent(langs.get(i), Templates::load);
    }
    final SplittableRandom rng = new SplittableRandom(seed);
    final long startMs = opts.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    final long spanMs = opts.days() * 86_400_000L;
    final double step = opts.count() == 0 ? 0 : (double) spanMs / opts.count();
    final long jitter = (long) Math.min(3 * step, MAX_JITTER_MS);
    return new Iterator<>() {
      private long index;

      @Override
      public boolean hasNext() {
        return index < opts.count();
      }

      @Override
      public GeneratedArticle next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        final long i = index++;
        final double pick = rng.nextDouble();
        int lang = 0;
        while (lang < cumulative.length - 1 && pick >= cumulative[lang]) {
          lang++;
        }
        long time = startMs + (long) ((i + 0.5) * step);
        if (jitter > 0) {
          time += rng.nextLong(-jitter, jitter + 1);
        }
        time = Math.max(startMs, Math.min(startMs + spanMs - 1, time));
        time -= Math.floorMod(time, 60_000L);
        final String id = idOf(seed, i + 1);
        return new Composer(rng, byLang[lang]).compose(id, Instant.ofEpochMilli(time));
      }
    };
  }

  /** {@code gen-SEED-NNNNNN}: the number zero-padded to six digits at least. */
  static String idOf(final long seed, final long number) {
    final String digits = Long.toString(number);
    final StringBuilder id = new StringBuilder(24).append("gen-").append(seed).append('-');
    for (int pad = digits.length(); pad < 6; pad++) {
      id.append('0');
    }
    return id.append(digits).toString();
  }

  /** One article being written: picks pairs, shape and templates, and renders them. */
  private final class Composer {
    private final SplittableRandom rng;
    private final Templates t;
    private final boolean italian;
    private final StringBuilder text = new StringBuilder(2048);
    private final List<Coach> usedCoaches = new ArrayList<>(3);
    private final List<Team> usedTeams = new ArrayList<>(5);
    private Templates.Outlet outlet;
    private Coach coach;
    private Team team;
    private Team other;
    private Team other2;
    private int[] fillerDeck;
    private int fillerNext;

    Composer(final SplittableRandom rng, final Templates t) {
      this.rng = rng;
      this.t = t;
      this.italian = "it".equals(t.lang);
    }

    GeneratedArticle compose(final String id, final Instant publishedAt) {
      outlet = t.outlets.get(rng.nextInt(t.outlets.size()));
      final double shape = rng.nextDouble();
      final boolean shortNote = shape < 0.15;
      final boolean longPiece = shape >= 0.65;
      final int extras = shortNote ? 0 : rng.nextDouble() < (longPiece ? 0.6 : 0.3) ? 1 : 0;
      final int extras2 = longPiece && rng.nextDouble() < 0.25 ? 1 : 0;
      final List<GeneratedArticle.Signal> gold = new ArrayList<>(3);
      final Relation main = pickRelation();
      pickPair();
      final Coach mainCoach = coach;
      final Team mainTeam = team;
      gold.add(new GeneratedArticle.Signal(coach.id(), team.id(), main));
      render(pick(t.titles.get(main)));
      final String title = takeText();

      render(pick(t.leads.get(main)));
      if (!shortNote && rng.nextBoolean()) {
        text.append(' ');
        render(pick(t.leads.get(main)));
      }
      final int fillerParagraphs =
          shortNote ? 0 : longPiece ? 3 + rng.nextInt(5) : 1 + rng.nextInt(2);
      final int signalsAfter = extras + extras2;
      for (int p = 0; p < fillerParagraphs; p++) {
        pickOthers();
        if (p < signalsAfter) {
          final Relation relation = pickRelation();
          pickPair();
          gold.add(new GeneratedArticle.Signal(coach.id(), team.id(), relation));
          text.append("\n\n");
          render(pick(t.leads.get(relation)));
          coach = mainCoach;
          team = mainTeam;
        }
        text.append("\n\n");
        final int sentences = longPiece ? 3 + rng.nextInt(4) : 2 + rng.nextInt(3);
        for (int s = 0; s < sentences; s++) {
          if (s > 0) {
            text.append(' ');
          }
          render(nextFiller());
        }
      }
      final Article article =
          new Article(id, publishedAt, outlet.id(), t.lang, title, takeText(), null);
      return new GeneratedArticle(article, List.copyOf(gold));
    }

    /** Filler sentences in a shuffled order, so an article repeats one only when out of them. */
    private Template nextFiller() {
      if (fillerDeck == null || fillerNext == fillerDeck.length) {
        fillerDeck = new int[t.fillers.size()];
        for (int i = 0; i < fillerDeck.length; i++) {
          final int j = rng.nextInt(i + 1);
          fillerDeck[i] = fillerDeck[j];
          fillerDeck[j] = i;
        }
        fillerNext = 0;
      }
      return t.fillers.get(fillerDeck[fillerNext++]);
    }

    private Relation pickRelation() {
      final Relation[] all = Relation.values();
      return all[rng.nextInt(all.length)];
    }

    /** A coach and a club not yet used in this article. */
    private void pickPair() {
      do {
        coach = coaches.get(rng.nextInt(coaches.size()));
      } while (usedCoaches.contains(coach));
      usedCoaches.add(coach);
      team = freshClub();
    }

    private void pickOthers() {
      other = freshClub();
      other2 = freshClub(); // in usedTeams now, so later signals cannot take them
    }

    private Team freshClub() {
      Team club;
      do {
        club = clubs.get(rng.nextInt(clubs.size()));
      } while (usedTeams.contains(club));
      usedTeams.add(club);
      return club;
    }

    private Template pick(final List<Template> list) {
      return list.get(rng.nextInt(list.size()));
    }

    private String takeText() {
      final String result = text.toString();
      text.setLength(0);
      return result;
    }

    /** Appends the template, with the first letter it writes in upper case. */
    private void render(final Template template) {
      final int start = text.length();
      for (final Object part : template.parts()) {
        if (part instanceof String literal) {
          text.append(literal);
        } else {
          slot((Slot) part);
        }
      }
      for (int i = start; i < text.length(); i++) {
        final char c = text.charAt(i);
        if (Character.isLetter(c)) {
          text.setCharAt(i, Character.toUpperCase(c));
          break;
        }
        if (!Character.isWhitespace(c) && c != '"' && c != '\'') {
          break;
        }
      }
    }

    private void slot(final Slot slot) {
      switch (slot) {
        case COACH -> text.append(coach.name());
        case COACH_SHORT -> text.append(shortName(coach));
        case COACH_DESC -> text.append(description(coach));
        case TEAM -> text.append(surface(team));
        case LA_TEAM -> articled(team, "il", "lo", "la", "l'");
        case DEL_TEAM -> articled(team, "del", "dello", "della", "dell'");
        case AL_TEAM -> articled(team, "al", "allo", "alla", "all'");
        case DAL_TEAM -> articled(team, "dal", "dallo", "dalla", "dall'");
        case OTHER -> text.append(surface(other));
        case LA_OTHER -> articled(other, "il", "lo", "la", "l'");
        case DEL_OTHER -> articled(other, "del", "dello", "della", "dell'");
        case OTHER2 -> text.append(surface(other2));
        case LA_OTHER2 -> articled(other2, "il", "lo", "la", "l'");
        case OUTLET -> text.append(outlet.name());
        case HEDGE -> {
          if (rng.nextDouble() < HEDGE_SHARE) {
            render(pick(t.hedges));
            text.append(' ');
          }
        }
        case SCORE -> {
          final int winner = 1 + rng.nextInt(4);
          text.append(winner).append('-').append(rng.nextInt(winner));
        }
        case MINUTE -> text.append(1 + rng.nextInt(90));
        case N -> text.append(2 + rng.nextInt(8));
        case N2 -> text.append(1 + rng.nextInt(6));
      }
    }

    private String shortName(final Coach c) {
      if (!c.aliases().isEmpty()) {
        return c.aliases().get(0);
      }
      final int space = c.name().lastIndexOf(' ');
      return space < 0 ? c.name() : c.name().substring(space + 1);
    }

    /** "il tecnico livornese" / "the Portuguese coach", or the short name when none fits. */
    private String description(final Coach c) {
      final List<String> fitting = new ArrayList<>(2);
      for (final String d : c.descriptors()) {
        final boolean lower = Character.isLowerCase(d.charAt(0));
        if (italian ? lower : !lower && d.indexOf(' ') < 0) {
          fitting.add(d);
        }
      }
      if (fitting.isEmpty()) {
        return shortName(c);
      }
      final String d = fitting.get(rng.nextInt(fitting.size()));
      return italian ? "il tecnico " + d : "the " + d + " coach";
    }

    /** The club's name, or now and then a short alias that no other team uses. */
    private String surface(final Team club) {
      if (club.aliases().size() > 1 && rng.nextDouble() < ALIAS_SHARE) {
        final String alias = club.aliases().get(1);
        if (Character.isUpperCase(alias.charAt(0)) && !ambiguous.contains(alias)) {
          return alias;
        }
      }
      return club.name();
    }

    /** Italian article or articulated preposition, agreeing with the club and its first sound. */
    private void articled(
        final Team club,
        final String masculine,
        final String beforeCluster,
        final String feminine,
        final String elided) {
      final String name = surface(club);
      final char first = Character.toLowerCase(name.charAt(0));
      final String prefix;
      if ("aeiouh".indexOf(first) >= 0) {
        prefix = elided;
      } else if (t.feminine.contains(club.id())) {
        prefix = feminine + ' ';
      } else if (first == 'z'
          || first == 'x'
          || first == 'y'
          || (name.length() > 1
              && (first == 's' && "aeiou".indexOf(Character.toLowerCase(name.charAt(1))) < 0
                  || name.regionMatches(true, 0, "gn", 0, 2)
                  || name.regionMatches(true, 0, "ps", 0, 2)))) {
        prefix = beforeCluster + ' ';
      } else {
        prefix = masculine + ' ';
      }
      text.append(prefix).append(name);
    }
  }

  /** Aliases that more than one club uses (Rossoblù, Capitolini...): never a surface. */
  private static Set<String> ambiguousAliases(final List<Team> clubs) {
    final Map<String, Integer> counts = new HashMap<>();
    for (final Team club : clubs) {
      for (final String alias : club.aliases()) {
        counts.merge(alias.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    final Set<String> many = new HashSet<>();
    for (final Team club : clubs) {
      for (final String alias : club.aliases()) {
        if (counts.get(alias.toLowerCase(Locale.ROOT)) > 1) {
          many.add(alias);
        }
      }
    }
    return Set.copyOf(many);
  }

  private static final class Standard {
    static final ArticleGenerator INSTANCE = new ArticleGenerator(KnowledgeBase.load());
  }
}
