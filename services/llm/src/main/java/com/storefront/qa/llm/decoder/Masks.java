package com.storefront.qa.llm.decoder;

/** Attention masks (0 where a position may be attended, -inf where not) and index arrays. */
final class Masks {
  private Masks() {}

  /** [T, start+T]: new token i sees cached positions and new tokens up to itself. */
  static float[] causal(int t, int start) {
    int total = start + t;
    float[] m = new float[t * total];
    for (int i = 0; i < t; i++) {
      for (int j = start + i + 1; j < total; j++) {
        m[i * total + j] = Float.NEGATIVE_INFINITY;
      }
    }
    return m;
  }

  /** Whether any sequence is shorter than the longest, so must mask its unused positions. */
  static boolean hasPadding(int[] positions, int len) {
    for (int p : positions) {
      if (p + 1 < len) {
        return true;
      }
    }
    return false;
  }

  /** [B, len]: sequence b sees positions 0..positions[b]. */
  static float[] padding(int[] positions, int len) {
    float[] m = new float[positions.length * len];
    for (int b = 0; b < positions.length; b++) {
      for (int j = positions[b] + 1; j < len; j++) {
        m[b * len + j] = Float.NEGATIVE_INFINITY;
      }
    }
    return m;
  }

  static long[] toLong(int[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i];
    }
    return r;
  }
}
