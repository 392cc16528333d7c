package dev.coachradar.producer.generate;

import dev.coachradar.avro.Relation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The templates of one language ({@code generator/templates.LANG.txt}): headlines and lead
 * sentences per relation, hedges, filler sentences, outlets, and for Italian the teams that take a
 * feminine article. Each template is parsed once into literal text and {@link Slot}s.
 */
final class Templates {

  /** A placeholder in a template. */
  enum Slot {
    COACH,
    COACH_SHORT,
    COACH_DESC,
    TEAM,
    LA_TEAM,
    DEL_TEAM,
    AL_TEAM,
    DAL_TEAM,
    OTHER,
    LA_OTHER,
    DEL_OTHER,
    OTHER2,
    LA_OTHER2,
    OUTLET,
    HEDGE,
    SCORE,
    MINUTE,
    N,
    N2
  }

  /**
   * One template: literal strings and {@link Slot}s in order.
   *
   * @param parts {@link String} or {@link Slot} elements
   */
  record Template(List<Object> parts) {}

  /**
   * An outlet.
   *
   * @param id the article's {@code source}
   * @param name as cited in the text
   */
  record Outlet(String id, String name) {}

  private static final Pattern SLOT = Pattern.compile("\\{([a-z_0-9]+)}");

  final String lang;
  final Map<Relation, List<Template>> titles = new EnumMap<>(Relation.class);
  final Map<Relation, List<Template>> leads = new EnumMap<>(Relation.class);
  final List<Template> hedges = new ArrayList<>();
  final List<Template> fillers = new ArrayList<>();
  final List<Outlet> outlets = new ArrayList<>();
  final Set<String> feminine = new java.util.HashSet<>();

  private Templates(final String lang) {
    this.lang = lang;
  }

  /**
   * Loads {@code generator/templates.LANG.txt} from the classpath.
   *
   * @throws IllegalArgumentException when there is none for {@code lang}
   * @throws IllegalStateException when it is malformed or lacks a section
   */
  static Templates load(final String lang) {
    final String resource = "generator/templates." + lang + ".txt";
    final InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no generator templates for language '" + lang + "'");
    }
    final Templates templates = new Templates(lang);
    final Map<String, List<String>> sections = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> current = null;
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        final String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        if (text.startsWith("[") && text.endsWith("]")) {
          current =
              sections.computeIfAbsent(
                  text.substring(1, text.length() - 1).strip(), k -> new ArrayList<>());
          continue;
        }
        if (current == null) {
          throw new IllegalStateException(resource + ":" + number + ": text before any [section]");
        }
        current.add(resource + ":" + number + "\t" + text);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    for (final Relation relation : Relation.values()) {
      templates.titles.put(relation, parseAll(resource, sections, "title " + relation.name()));
      templates.leads.put(relation, parseAll(resource, sections, "lead " + relation.name()));
    }
    templates.hedges.addAll(parseAll(resource, sections, "hedge"));
    templates.fillers.addAll(parseAll(resource, sections, "filler"));
    for (final String line : required(resource, sections, "outlet")) {
      final String[] parts = text(line).split("\\|", 2);
      templates.outlets.add(
          new Outlet(parts[0].strip(), parts.length > 1 ? parts[1].strip() : parts[0]));
    }
    for (final String line : sections.getOrDefault("feminine", List.of())) {
      templates.feminine.add(text(line));
    }
    return templates;
  }

  private static List<String> required(
      final String resource, final Map<String, List<String>> sections, final String name) {
    final List<String> lines = sections.get(name);
    if (lines == null || lines.isEmpty()) {
      throw new IllegalStateException(resource + ": section [" + name + "] is missing or empty");
    }
    return lines;
  }

  private static List<Template> parseAll(
      final String resource, final Map<String, List<String>> sections, final String name) {
    final List<Template> templates = new ArrayList<>();
    for (final String line : required(resource, sections, name)) {
      templates.add(parse(line.substring(0, line.indexOf('\t')), text(line)));
    }
    return List.copyOf(templates);
  }

  private static String text(final String line) {
    return line.substring(line.indexOf('\t') + 1);
  }

  /** Parses one template; {@code where} names it in errors. */
  static Template parse(final String where, final String text) {
    final List<Object> parts = new ArrayList<>();
    final Matcher matcher = SLOT.matcher(text);
    int last = 0;
    while (matcher.find()) {
      if (matcher.start() > last) {
        parts.add(text.substring(last, matcher.start()));
      }
      try {
        parts.add(Slot.valueOf(matcher.group(1).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            where + ": unknown placeholder {" + matcher.group(1) + "}", e);
      }
      last = matcher.end();
    }
    if (last < text.length()) {
      parts.add(text.substring(last));
    }
    return new Template(List.copyOf(parts));
  }
}
