package dev.coachradar.extract;

import java.text.Normalizer;

/** Text helpers shared by the tokenizer, the KB loader and the id rule: folding and slugs. */
public final class Text {

  private static final char[] FOLD = new char[0x2000];

  static {
    for (int c = 0; c < FOLD.length; c++) {
      final String s =
          Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD).toLowerCase();
      char f = s.isEmpty() ? (char) c : s.charAt(0);
      switch (c) {
        case 'ß' -> f = 's';
        case 'ø', 'Ø' -> f = 'o';
        case 'ł', 'Ł' -> f = 'l';
        case 'ı' -> f = 'i';
        case 'đ', 'Đ' -> f = 'd';
        case 'æ', 'Æ' -> f = 'a';
        default -> {}
      }
      FOLD[c] = f;
    }
  }

  private Text() {}

  /** Lower-case, accent-free form of one character (one char in, one char out). */
  public static char fold(char c) {
    return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c);
  }

  /**
   * The ANNOTATION.md id rule: lower-case, accents stripped, every run of non-letters/digits
   * replaced by one '-', no leading or trailing '-'.
   */
  public static String slug(String s) {
    final StringBuilder b = new StringBuilder(s.length());
    boolean dash = false;
    for (int i = 0; i < s.length(); i++) {
      final char f = fold(s.charAt(i));
      if ((f >= 'a' && f <= 'z') || (f >= '0' && f <= '9')) {
        if (dash && b.length() > 0) {
          b.append('-');
        }
        dash = false;
        b.append(f);
      } else {
        dash = true;
      }
    }
    return b.toString();
  }
}
