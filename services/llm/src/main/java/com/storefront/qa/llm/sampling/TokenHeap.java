package com.storefront.qa.llm.sampling;

/**
 * A binary max-heap of token ids over a logits row, ordered by logit, then by id (higher first),
 * which is the reverse of a stable ascending sort. Popping in order visits tokens from the most
 * likely down without sorting the whole vocabulary: top-p usually stops after a few dozen pops.
 */
final class TokenHeap {
  private final float[] logits;
  private final int[] ids;
  private int size;

  /** A heap of every token whose logit is not {@code -Infinity}; O(n) to build. */
  TokenHeap(float[] logits) {
    this.logits = logits;
    this.ids = new int[logits.length];
    for (int i = 0; i < logits.length; i++) {
      if (logits[i] != Float.NEGATIVE_INFINITY) {
        ids[size++] = i;
      }
    }
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Removes and returns the most likely remaining token. */
  int pop() {
    int top = ids[0];
    ids[0] = ids[--size];
    siftDown(0);
    return top;
  }

  private void siftDown(int i) {
    int id = ids[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && above(ids[child + 1], ids[child])) {
        child++;
      }
      if (!above(ids[child], id)) {
        break;
      }
      ids[i] = ids[child];
      i = child;
    }
    ids[i] = id;
  }

  private boolean above(int a, int b) {
    return logits[a] > logits[b] || (logits[a] == logits[b] && a > b);
  }
}
