package com.storefront.qa.moderation.input;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.pii.PiiFinding;
import com.storefront.qa.moderation.pii.PiiMasker;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a question safe to pass on: strips invisible characters, masks personal data, neutralises
 * control tokens. The result is the only form of the question the model, logs and audit see.
 *
 * <p>Invisible characters go first because they are how a token or a number is hidden from a
 * pattern ({@code [|sys\u200Btem|]}); the tokenizer may drop them and see the token anyway.
 */
public final class QuestionMasker {
  /**
   * Longest text kept. Questions over the contract's limit are held anyway (TOO_LONG); keeping a
   * bounded head stops a 1 MB paste from costing a megabyte per check and per audit row.
   */
  public static final int MAX_KEPT_CHARS = 8_000;

  /** Masked text and the reasons (spans index the masked text). */
  public record Result(String text, List<ModerationReason> reasons) {}

  private QuestionMasker() {}

  /** Masks {@code text} (not null). */
  public static Result mask(String text) {
    String head = text.length() > MAX_KEPT_CHARS ? text.substring(0, MAX_KEPT_CHARS) : text;
    String visible = stripInvisible(head);
    PiiMasker.Masked pii = PiiMasker.maskWithFindings(visible);
    ControlTokens.Result tokens = ControlTokens.neutralise(pii.text());
    String masked = tokens.text();
    List<ModerationReason> reasons = new ArrayList<>();
    for (ControlTokens.Neutralised n : tokens.found()) {
      reasons.add(new ModerationReason(ReasonCodes.CONTROL_TOKEN, n.token(), n.start(), n.end()));
    }
    // Neutralising removes only punctuation around token names, never digits or '@', so the PII
    // placeholders are still there; re-find them in the final text for exact spans.
    for (PiiFinding f : pii.findings()) {
      String placeholder = f.type().placeholder();
      int at = indexNear(masked, placeholder, f.start());
      reasons.add(
          new ModerationReason(f.type().code(), placeholder, at, at + placeholder.length()));
    }
    return new Result(masked, reasons);
  }

  /** The occurrence of {@code needle} at or before {@code hint} (neutralising only shortens). */
  private static int indexNear(String text, String needle, int hint) {
    int at = text.lastIndexOf(needle, Math.min(hint, text.length()));
    if (at < 0) {
      at = Math.max(0, text.indexOf(needle));
    }
    return at;
  }

  /**
   * Removes format characters (zero-width spaces and joiners, bidi overrides, BOM) and control
   * characters other than tab and newlines.
   */
  public static String stripInvisible(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && !isInvisible(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder sb = new StringBuilder(n);
    sb.append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!isInvisible(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isInvisible(char c) {
    if (c == '\n' || c == '\t' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.CONTROL;
  }
}
