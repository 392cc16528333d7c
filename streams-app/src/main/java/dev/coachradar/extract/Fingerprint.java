package dev.coachradar.extract;

/**
 * 64-bit SimHash of a text's folded words, so that syndicated copies of one story (same facts,
 * lightly reworded) get fingerprints a few bits apart. Two articles whose fingerprints differ in at
 * most {@link #SAME_STORY_MAX_DISTANCE} bits are treated as the same story.
 */
public final class Fingerprint {

  /**
   * Hamming distance up to which two fingerprints are "the same story". Unrelated texts sit near
   * 32; the reworded syndicated pair of the dev corpus (dev-0026/dev-0027) sits well below this.
   */
  public static final int SAME_STORY_MAX_DISTANCE = 12;

  private Fingerprint() {}

  /** SimHash over word unigrams and bigrams of the folded text; 0 for a text without words. */
  public static long simhash(String text) {
    if (text == null || text.isEmpty()) {
      return 0L;
    }
    final int[] v = new int[64];
    final int n = text.length();
    long prev = 0;
    boolean any = false;
    int i = 0;
    while (i < n) {
      final char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      long h = 0xcbf29ce484222325L;
      int len = 0;
      while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
        h = (h ^ Text.fold(text.charAt(i))) * 0x100000001b3L;
        i++;
        len++;
      }
      if (len < 3) {
        continue; // articles and prepositions say nothing about the story
      }
      add(v, mix(h));
      if (any) {
        add(v, mix(prev * 31 + h));
      }
      prev = h;
      any = true;
    }
    if (!any) {
      return 0L;
    }
    long out = 0;
    for (int b = 0; b < 64; b++) {
      if (v[b] > 0) {
        out |= 1L << b;
      }
    }
    return out;
  }

  /** Number of differing bits. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  private static void add(int[] v, long h) {
    for (int b = 0; b < 64; b++) {
      v[b] += ((h >>> b) & 1L) != 0 ? 1 : -1;
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
