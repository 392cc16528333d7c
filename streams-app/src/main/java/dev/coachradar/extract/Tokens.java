package dev.coachradar.extract;

import java.util.Arrays;
import java.util.Set;

/**
 * A text cut into word and punctuation tokens, with folded forms and offsets, and split into
 * sentences. Apostrophes and in-word hyphens separate words and are dropped; every other
 * punctuation character is a token of its own. One linear pass, no regular expressions.
 */
final class Tokens {

  static final byte WORD = 0;
  static final byte PUNCT = 1;

  /**
   * Definite articles as folded words, Italian and English: what stands between a verb or a
   * preposition and the team it governs ("rifiutato la Lazio", "coached the Crew").
   */
  static final WordSet DEFINITE_ARTICLES =
      WordSet.of("the", "il", "lo", "la", "l", "i", "gli", "le");

  /**
   * Words a division's letter or number follows ("Serie A", "Ligue 1", "League 2"): a full stop
   * after that letter or number ends the sentence, it abbreviates nothing.
   */
  private static final Set<String> DIVISIONS = Set.of("serie", "ligue", "league", "liga");

  /**
   * Abbreviations written with a capital that a full stop follows inside a name ("St. Pauli", "St.
   * Louis City", "Mr. Bloom"): the full stop ends no sentence.
   */
  private static final Set<String> NAME_ABBREVIATIONS = Set.of("St", "Mr", "Dr");

  private static final String[] PUNCT_STRINGS = new String[0x2100];

  static {
    for (int c = 0; c < PUNCT_STRINGS.length; c++) {
      PUNCT_STRINGS[c] = String.valueOf((char) c);
    }
  }

  /** Each thread's recent folded words (a tokenization runs on one thread). */
  private static final ThreadLocal<FoldedWords> FOLDED_WORDS =
      ThreadLocal.withInitial(FoldedWords::new);

  final String text;
  int size;
  int[] start;
  int[] end;
  String[] norm;
  boolean[] cap;
  byte[] kind;

  /** Sentence index of each token. */
  int[] sentence;

  /** First token of each sentence, plus a sentinel equal to size. */
  int[] sentenceStart;

  int sentences;

  /**
   * Each token's number in {@link PhraseTrie.Vocabulary}, -1 for punctuation and for words no trie
   * has: read with the folded word, so that the tries compare ints ({@link PhraseTrie#ids}).
   */
  int[] wordIds;

  /** The vocabulary's size when {@link #wordIds} were read: valid while it has not grown. */
  int wordIdsVocabulary;

  private Tokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    norm = new String[capacity];
    cap = new boolean[capacity];
    kind = new byte[capacity];
    sentence = new int[capacity];
    wordIds = new int[capacity];
  }

  /** Tokenizes and splits {@code text}; never throws. */
  static Tokens of(String text) {
    final Tokens t = new Tokens(text, Math.max(16, text.length() / 4));
    final int n = text.length();
    int i = 0;
    boolean newline = false;
    int sent = 0;
    boolean pendingBreak = false;
    final FoldedWords b = FOLDED_WORDS.get();
    final int vocabulary = PhraseTrie.Vocabulary.size();
    t.wordIdsVocabulary = vocabulary;
    while (i < n) {
      final char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        final int s = i;
        b.clear();
        while (i < n) {
          final char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            final char f = Text.fold(d);
            if (f == 'ß') {
              b.append('s');
              b.append('s');
            } else {
              b.append(f);
            }
            i++;
          } else if (Character.getType(d) == Character.NON_SPACING_MARK) {
            i++;
          } else {
            break;
          }
        }
        if (newline || pendingBreak) {
          if (t.size > 0 && (newline || Character.isUpperCase(c) || !Character.isLetter(c))) {
            sent++;
          }
          newline = false;
          pendingBreak = false;
        }
        final String word = b.word();
        t.add(s, i, word, Character.isUpperCase(c), WORD, sent, b.id(word, vocabulary));
      } else if (c == '\n' || c == '\r') {
        newline = true;
        i++;
      } else if (Character.isWhitespace(c)
          || c == '\''
          || c == '’'
          || c == '‘'
          || c == '`'
          || c == '´'
          || (c == '-'
              && i > 0
              && i + 1 < n
              && !Character.isWhitespace(text.charAt(i - 1))
              && !Character.isWhitespace(text.charAt(i + 1)))) {
        i++;
      } else {
        if (newline && t.size > 0) {
          sent++;
          newline = false;
          pendingBreak = false;
        }
        t.add(
            i,
            i + 1,
            c < PUNCT_STRINGS.length ? PUNCT_STRINGS[c] : String.valueOf(c),
            false,
            PUNCT,
            sent,
            -1);
        if ((c == '.' || c == '!' || c == '?' || c == '…') && t.size > 1) {
          final int prev = t.size - 2;
          final boolean abbreviation =
              c == '.'
                  && t.kind[prev] == WORD
                  && (t.end[prev] - t.start[prev] == 1
                      || (t.norm[prev].length() <= 2 && isAllDigits(t.norm[prev]))
                      || (t.end[prev] - t.start[prev] == 2
                          && NAME_ABBREVIATIONS.contains(
                              text.substring(t.start[prev], t.end[prev]))))
                  && !(prev > 0
                      && t.kind[prev - 1] == WORD
                      && DIVISIONS.contains(t.norm[prev - 1]));
          if (!abbreviation) {
            pendingBreak = true;
          }
        }
        i++;
      }
    }
    t.sentences = t.size == 0 ? 0 : sent + 1;
    t.sentenceStart = new int[t.sentences + 1];
    Arrays.fill(t.sentenceStart, t.size);
    for (int k = t.size - 1; k > -1; k--) {
      t.sentenceStart[t.sentence[k]] = k;
    }
    // sentences skipped by renumbering cannot happen: numbers grow by one at most
    return t;
  }

  private static boolean isAllDigits(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private void add(int s, int e, String n, boolean c, byte k, int sent, int id) {
    if (size == start.length) {
      final int cap2 = size * 2;
      start = Arrays.copyOf(start, cap2);
      end = Arrays.copyOf(end, cap2);
      norm = Arrays.copyOf(norm, cap2);
      cap = Arrays.copyOf(cap, cap2);
      kind = Arrays.copyOf(kind, cap2);
      sentence = Arrays.copyOf(sentence, cap2);
      wordIds = Arrays.copyOf(wordIds, cap2);
    }
    start[size] = s;
    end[size] = e;
    norm[size] = n;
    cap[size] = c;
    kind[size] = k;
    sentence[size] = sent;
    wordIds[size] = id;
    size++;
  }

  /** Folded word tokens of a KB phrase, for building tries. */
  static String[] words(String phrase) {
    final Tokens t = of(phrase);
    int w = 0;
    for (int k = 0; k < t.size; k++) {
      if (t.kind[k] == WORD) {
        w++;
      }
    }
    final String[] out = new String[w];
    w = 0;
    for (int k = 0; k < t.size; k++) {
      if (t.kind[k] == WORD) {
        out[w++] = t.norm[k];
      }
    }
    return out;
  }

  boolean isWord(int k) {
    return kind[k] == WORD;
  }

  /** True for punctuation that closes a clause for binding purposes. */
  boolean isHardBoundary(int k) {
    if (kind[k] != PUNCT) {
      return false;
    }
    final char c = norm[k].charAt(0);
    return c == ';' || c == ':' || c == '(' || c == ')' || c == '«' || c == '»' || c == '"'
        || c == '“' || c == '”' || c == '–' || c == '—' || c == '-' || c == '.' || c == '!'
        || c == '?' || c == '|';
  }

  /**
   * The folded word being read, and the words folded before on this thread, so that a word met
   * again ("la", "the", a club's name) reuses its String: a String per word token was 1,172 MB of a
   * 100k bench's exactly-once window (twelfth round). A slot per hash, the last word wins: what a
   * token holds is a String of the same characters either way, only its allocation is spared.
   */
  private static final class FoldedWords {

    /**
     * 4,096 slots did not hold the dev and seed articles' words (perf16's profile: 4.6% in the
     * vocabulary lookups of words whose slot held another); 16,384 were 3% faster (sixteenth
     * round).
     */
    private static final int SLOTS = 16384;

    /** Longer words are made each time: rare, and they would crowd out the common ones. */
    private static final int MAX_KEPT_LENGTH = 24;

    /** Largest word buffer a thread keeps between words (an adversarial 1 MB word grows it). */
    private static final int MAX_RETAINED_CHARS = 1024;

    private final String[] kept = new String[SLOTS];

    /** Each kept word's characters, compared with the buffer by {@link Arrays#equals}. */
    private final char[][] keptChars = new char[SLOTS][];

    /**
     * The vocabulary number of each kept word (or -1), and the vocabulary's size when it was read:
     * a number never changes, a -1 holds until the vocabulary grows.
     */
    private final int[] keptIds = new int[SLOTS];

    private final int[] keptIdsVocabulary = new int[SLOTS];

    /** The slot of the word last returned by {@link #word}, or -1 when it was not kept. */
    private int slot = -1;

    private char[] chars = new char[32];
    private int length;
    private int hash;

    void clear() {
      length = 0;
      hash = 0;
      if (chars.length > MAX_RETAINED_CHARS) {
        chars = new char[32]; // a thread does not keep the buffer of one very long word
      }
    }

    void append(final char c) {
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, length * 2);
      }
      chars[length++] = c;
      hash = 31 * hash + c; // String.hashCode of the characters so far
    }

    /** The characters appended since {@link #clear} as a String. */
    String word() {
      final int at = (hash ^ (hash >>> 12)) & (SLOTS - 1);
      final String known = kept[at];
      if (known != null
          && known.length() == length
          && known.hashCode() == hash
          && Arrays.equals(keptChars[at], 0, length, chars, 0, length)) {
        slot = at;
        return known;
      }
      final String made = new String(chars, 0, length);
      if (length <= MAX_KEPT_LENGTH) {
        kept[at] = made;
        keptChars[at] = Arrays.copyOf(chars, length);
        keptIds[at] = -1;
        keptIdsVocabulary[at] = -1; // no size: read the new word's number
        slot = at;
      } else {
        slot = -1;
      }
      return made;
    }

    /**
     * The vocabulary number of {@code word}, just returned by {@link #word}, with the vocabulary at
     * size {@code vocabulary}: kept with the word, read again only for a word not kept or when the
     * vocabulary has grown since a -1.
     */
    int id(final String word, final int vocabulary) {
      final int at = slot;
      if (at >= 0 && (keptIds[at] >= 0 || keptIdsVocabulary[at] == vocabulary)) {
        return keptIds[at];
      }
      final int id = PhraseTrie.Vocabulary.idOf(word);
      if (at >= 0) {
        keptIds[at] = id;
        keptIdsVocabulary[at] = vocabulary;
      }
      return id;
    }
  }
}
