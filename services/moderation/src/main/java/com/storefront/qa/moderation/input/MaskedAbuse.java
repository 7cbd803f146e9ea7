package com.storefront.qa.moderation.input;

/**
 * Abuse written to slip past a word list: masked letters ("f***", "sh*t", "b****"), look-alike
 * digits and symbols ("sh1t", "a$$", "b!tch"), letters spaced out one by one ("f u c k",
 * "s.h.i.t"), and digits or symbols inside a Korean swear word ("시1발", "병*신", "ㅆ1발").
 *
 * <p>Instead of a pattern per disguise, each word is reduced to a skeleton (look-alikes mapped to
 * letters, separators dropped, runs of single letters joined) and the skeleton is compared with a
 * short list of base words, a star standing for one or more letters. Word boundaries are kept, so
 * "is hit" never becomes "shit"; in Korean only digits and symbols are dropped, never spaces, since
 * "3시 발송" and "병 신청" are innocent.
 */
final class MaskedAbuse {
  /** Base words; a skeleton matches when it starts with one, stars filling in letters. */
  private static final String[] EN = {
    "fuck",
    "fuk",
    "fck",
    "shit",
    "bitch",
    "asshole",
    "ass",
    "cunt",
    "bastard",
    "dick",
    "motherfuck",
    "bullshit",
    "retard",
    "whore",
    "slut",
    "wanker",
    "twat",
    "prick"
  };

  /** Words that merely start like a base word. */
  private static final String[] EN_INNOCENT = {
    "assist",
    "assembl",
    "assess",
    "asset",
    "assign",
    "assort",
    "assum",
    "assur",
    "associat",
    "dickens",
    "dickinson",
    "shitake",
    "shiitake",
    "prickl",
    "cunning",
    "assam",
    "bassinet"
  };

  private static final String[] KO = {
    "시발", "씨발", "씨팔", "시팔", "씨빨", "ㅆ발", "ㅅ발", "병신", "ㅂ신", "개새끼", "개새기", "개색", "지랄", "존나", "좆"
  };

  private MaskedAbuse() {}

  /** The {start, end} of the first disguised abuse word in [0, to) of the folded text, or null. */
  static int[] find(String folded, int to) {
    int i = 0;
    while (i < to) {
      while (i < to && Character.isWhitespace(folded.charAt(i))) {
        i++;
      }
      int start = i;
      int end = wordEnd(folded, i, to);
      // "f u c k", "s.h.i.t": join a run of one-letter words.
      int runEnd = singleLetterRun(folded, start, to);
      if (runEnd > end) {
        end = runEnd;
      }
      if (end > start
          && (matchesEnglish(folded, start, end) || matchesKorean(folded, start, end))) {
        return new int[] {start, end};
      }
      i = Math.max(end, start + 1);
    }
    return null;
  }

  private static int wordEnd(String s, int from, int to) {
    int i = from;
    while (i < to && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of a run of 3+ single letters separated by one kind of separator, or -1. */
  private static int singleLetterRun(String s, int from, int to) {
    int letters = 0;
    int i = from;
    char sep = 0;
    int lastEnd = -1;
    while (i < to && Character.isLetter(s.charAt(i))) {
      if (i + 1 < to && Character.isLetter(s.charAt(i + 1))) {
        // A longer word: the run of single letters ends before it ("b i t c h where").
        break;
      }
      lastEnd = i + 1;
      letters++;
      i++;
      if (i + 1 < to && isSeparator(s.charAt(i)) && (sep == 0 || s.charAt(i) == sep)) {
        sep = s.charAt(i);
        i++;
      } else {
        break;
      }
    }
    return letters >= 3 ? lastEnd : -1;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == ',';
  }

  private static boolean matchesEnglish(String s, int start, int end) {
    StringBuilder skeleton = new StringBuilder(end - start);
    boolean disguised = false;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      char m = lookAlike(c);
      if (m != c || c == '*' || c == '1') {
        disguised = true;
      }
      if ((m >= 'a' && m <= 'z') || m == '*' || m == '1') {
        skeleton.append(m);
      } else if (m == '\'' || m == '’') {
        // "assassin's" is spelling, not a disguise: the word ends here.
        break;
      } else if (m != '.' && m != '-' && m != '_' && m != ' ' && m != ',') {
        break;
      } else {
        disguised = true;
      }
    }
    // Plain spellings are the lexicon's business; this catches the disguised ones only.
    if (!disguised || skeleton.length() < 3) {
      return false;
    }
    for (String innocent : EN_INNOCENT) {
      if (skeleton.indexOf(innocent) == 0) {
        return false;
      }
    }
    for (String base : EN) {
      if (startsWithMasked(skeleton, base)) {
        return true;
      }
    }
    return false;
  }

  /** True when the skeleton starts with {@code base}, each run of stars standing for 1+ letters. */
  private static boolean startsWithMasked(CharSequence sk, String base) {
    return match(sk, 0, base, 0) && sk.charAt(0) != '*';
  }

  private static boolean match(CharSequence sk, int i, String base, int j) {
    if (j == base.length()) {
      return true;
    }
    if (i == sk.length()) {
      return false;
    }
    if (sk.charAt(i) == '*') {
      // A star run covers one or more letters of the base word.
      int stars = i;
      while (stars < sk.length() && sk.charAt(stars) == '*') {
        stars++;
      }
      for (int take = 1; j + take <= base.length(); take++) {
        if (match(sk, stars, base, j + take)) {
          return true;
        }
      }
      return false;
    }
    // A '1' stands for either letter it looks like: "sh1t", "bu11sh1t".
    char c = sk.charAt(i);
    boolean same =
        c == base.charAt(j) || (c == '1' && (base.charAt(j) == 'i' || base.charAt(j) == 'l'));
    return same && match(sk, i + 1, base, j + 1);
  }

  private static char lookAlike(char c) {
    return switch (c) {
      case '!', '|' -> 'i';
      case '3' -> 'e';
      case '0' -> 'o';
      case '4', '@' -> 'a';
      case '$', '5' -> 's';
      case '7' -> 't';
      case '#' -> '*';
      // Accented letters for plain ones ("fück").
      case 'ü', 'ú', 'ù', 'û' -> 'u';
      case 'í', 'ì', 'î', 'ï' -> 'i';
      case 'á', 'à', 'â', 'ä' -> 'a';
      default -> c;
    };
  }

  /**
   * A Korean swear word with digits or symbols inside ("시1발", "병*신", "ㅆ1발"). The gap must fall
   * inside the swear word itself: "병신년(2016년)" has a gap only after it, and is the year's name.
   */
  private static boolean matchesKorean(String s, int start, int end) {
    StringBuilder skeleton = new StringBuilder(end - start);
    // Skeleton indices that a digit or symbol came just before.
    java.util.BitSet gaps = new java.util.BitSet();
    boolean gap = false;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      boolean hangul = (c >= '가' && c <= '힣') || (c >= 'ㄱ' && c <= 'ㅣ');
      if (hangul) {
        // Only a digit or symbol between two Hangul letters disguises a word ("시1발", not "시발!").
        if (gap) {
          gaps.set(skeleton.length());
        }
        gap = false;
        skeleton.append(c);
      } else if (skeleton.length() > 0) {
        gap = true;
      }
    }
    if (gaps.isEmpty() || skeleton.indexOf("시발점") >= 0 || skeleton.indexOf("시발역") >= 0) {
      return false;
    }
    for (String base : KO) {
      for (int at = skeleton.indexOf(base); at >= 0; at = skeleton.indexOf(base, at + 1)) {
        int inside = gaps.nextSetBit(at + 1);
        if (inside >= 0 && inside < at + base.length()) {
          return true;
        }
      }
    }
    return false;
  }
}
