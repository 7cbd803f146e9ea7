package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.input.ControlTokens;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import java.util.List;

/**
 * GARBAGE: text no fluent reply contains. Replacement characters (a broken byte decode), control
 * and private-use characters, leftover special tokens ({@code [|endofturn|]}, {@code <0x0A>},
 * SentencePiece '▁' and byte-level 'Ġ' markers), Latin "words" without vowels or absurdly long, and
 * symbol soup (too large a share of symbols, thresholds by strictness).
 */
final class GarbageCheck implements Check {
  private static final int SCAN_LIMIT = 4_000;
  private static final int MIN_FOR_RATIO = 20;

  private static final GatedPattern LEFTOVER =
      GatedPattern.compile(
          ControlTokens.TOKEN.pattern()
              + "|<0x[0-9A-Fa-f]{2}>|[\\uFFFD\\u2581\\u0120\\u010A]"
              + "|(?<![A-Za-z])[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{6,40}(?![A-Za-z])"
              + "|[A-Za-z]{26}");

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    int n = Math.min(text.length(), SCAN_LIMIT);
    ModerationReason leftover = Reasons.first(ReasonCodes.GARBAGE, LEFTOVER, subject, 0, n);
    if (leftover != null) {
      return List.of(leftover);
    }
    int symbols = 0;
    int visible = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      visible++;
      int type = Character.getType(c);
      if (type == Character.CONTROL
          || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED
          || type == Character.FORMAT) {
        return List.of(
            new ModerationReason(ReasonCodes.GARBAGE, String.format("U+%04X", (int) c), i, i + 1));
      }
      if (isSymbol(c, type)) {
        symbols++;
      }
    }
    double limit = subject.pick(0.35, 0.2, 0.12);
    if (visible >= MIN_FOR_RATIO && symbols > visible * limit) {
      return List.of(
          new ModerationReason(ReasonCodes.GARBAGE, symbols + "/" + visible + " symbols", 0, n));
    }
    return List.of();
  }

  /**
   * Symbols that fluent text rarely holds many of. Sentence punctuation, '~' and '^' (Korean "^^"),
   * and emoji (OTHER_SYMBOL, and their surrogates) are fluent.
   */
  private static boolean isSymbol(char c, int type) {
    if (c == '.' || c == ',' || c == '!' || c == '?' || c == '~' || c == '^' || c == '\''
        || c == '"' || c == '(' || c == ')' || c == ':' || c == '-' || c == '%') {
      return false;
    }
    return switch (type) {
      case Character.MATH_SYMBOL,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.CONNECTOR_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.DASH_PUNCTUATION ->
          true;
      default -> false;
    };
  }
}
