package com.storefront.qa.review.web.diff;

import com.storefront.qa.review.web.diff.DiffSegment.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The original draft beside the final text, as a word-level diff (longest common subsequence of
 * {@link Tokens}). Common head and tail are cut off first, so a small edit of a long reply costs
 * little; past {@link #MAX_CELLS} table cells the middle is shown as one removal and one addition
 * rather than spending memory on a table nobody reads.
 */
public final class TextDiff {
  /** The largest LCS table (tokens x tokens) worked out; about 16 MB of ints. */
  static final long MAX_CELLS = 4_000_000L;

  private TextDiff() {}

  /** The runs that turn {@code original} into {@code revised}; null counts as empty text. */
  public static List<DiffSegment> between(String original, String revised) {
    List<String> a = Tokens.of(original == null ? "" : original);
    List<String> b = Tokens.of(revised == null ? "" : revised);
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head
        && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    Runs runs = new Runs();
    a.subList(0, head).forEach(t -> runs.add(Kind.SAME, t));
    middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), runs);
    a.subList(a.size() - tail, a.size()).forEach(t -> runs.add(Kind.SAME, t));
    return runs.segments();
  }

  /**
   * True when the two texts differ anywhere (a reviewer's edit that changed nothing is not one).
   */
  public static boolean changed(List<DiffSegment> diff) {
    return diff.stream().anyMatch(s -> !s.same());
  }

  private static void middle(List<String> a, List<String> b, Runs runs) {
    if ((long) a.size() * b.size() > MAX_CELLS) {
      a.forEach(t -> runs.add(Kind.REMOVED, t));
      b.forEach(t -> runs.add(Kind.ADDED, t));
      return;
    }
    int[][] lcs = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        runs.add(Kind.SAME, a.get(i++));
        j++;
      } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
        // Removals before additions: "was X, now Y" reads in that order.
        runs.add(Kind.REMOVED, a.get(i++));
      } else {
        runs.add(Kind.ADDED, b.get(j++));
      }
    }
  }

  /** Joins neighbouring tokens of the same kind into one segment. */
  private static final class Runs {
    private final List<DiffSegment> out = new ArrayList<>();
    private Kind kind;
    private final StringBuilder text = new StringBuilder();

    void add(Kind k, String token) {
      if (k != kind) {
        flush();
        kind = k;
      }
      text.append(token);
    }

    List<DiffSegment> segments() {
      flush();
      return List.copyOf(out);
    }

    private void flush() {
      if (kind != null && !text.isEmpty()) {
        out.add(new DiffSegment(kind, text.toString()));
      }
      text.setLength(0);
    }
  }
}
