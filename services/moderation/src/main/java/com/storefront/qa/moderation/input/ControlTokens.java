package com.storefront.qa.moderation.input;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat-template control tokens of the model families the engine runs (EXAONE {@code [|system|]},
 * ChatML/Qwen {@code <|im_start|>}, Llama 3 {@code <|eot_id|>}, Llama 2 {@code [INST]}, Gemma
 * {@code <start_of_turn>}, DeepSeek {@code <｜begin▁of▁sentence｜>}, SentencePiece {@code </s>}).
 *
 * <p>If a customer's text reached the tokenizer with one of these intact, it would be encoded as
 * the special token and could close the user turn and open a system or assistant turn. Any token of
 * these shapes is neutralised, not just the known names, so new models need no list update: {@code
 * [|system|]} becomes {@code (system)}, readable for staff and inert for the tokenizer.
 */
public final class ControlTokens {
  /** Every alternative is anchored on literal punctuation and bounded: linear matching. */
  public static final Pattern TOKEN =
      Pattern.compile(
          "\\[\\|[A-Za-z0-9_]{1,32}\\|\\]"
              + "|<\\|[A-Za-z0-9_.\\-]{1,40}\\|>"
              + "|<｜[^｜<>()]{1,40}｜>"
              + "|(?i:</?s>|<unk>|<pad>|<mask>|\\[/?inst\\]|<</?sys>>|<(?:start|end)_of_turn>)");

  private static final int MAX_PASSES = 8;

  /** A token found and neutralised: span in the neutralised text, and the token as written. */
  public record Neutralised(int start, int end, String token) {}

  /** Neutralised text and what was neutralised. */
  public record Result(String text, List<Neutralised> found) {}

  private ControlTokens() {}

  /** True if {@code text} holds a control token. */
  public static boolean contains(CharSequence text) {
    return TOKEN.matcher(text).find();
  }

  /**
   * Replaces every control token by its name in parentheses. Repeats until nothing matches, so
   * nested tricks ({@code [|[|x|]system|]}) cannot reassemble a token; idempotent.
   */
  public static Result neutralise(String text) {
    String current = text;
    List<Neutralised> all = new ArrayList<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Matcher m = TOKEN.matcher(current);
      if (!m.find()) {
        break;
      }
      StringBuilder sb = new StringBuilder(current.length());
      List<Neutralised> placed = new ArrayList<>();
      int copied = 0;
      do {
        sb.append(current, copied, m.start());
        String token = m.group();
        String replacement = "(" + innerName(token) + ")";
        int start = sb.length();
        sb.append(replacement);
        placed.add(new Neutralised(start, sb.length(), token));
        copied = m.end();
      } while (m.find());
      sb.append(current, copied, current.length());
      all = shift(all, current, sb.toString());
      all.addAll(placed);
      current = sb.toString();
    }
    all.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new Result(current, List.copyOf(all));
  }

  /**
   * Earlier passes' spans, re-found in the new text. A later pass only rewrites text around
   * surviving tokens, so the earlier neutralised forms are still there, in order.
   */
  private static List<Neutralised> shift(List<Neutralised> earlier, String before, String after) {
    List<Neutralised> moved = new ArrayList<>(earlier.size());
    int from = 0;
    for (Neutralised e : earlier) {
      String form = before.substring(e.start(), e.end());
      int at = after.indexOf(form, from);
      if (at < 0) {
        at = Math.min(e.start(), after.length());
        moved.add(new Neutralised(at, at, e.token()));
      } else {
        moved.add(new Neutralised(at, at + form.length(), e.token()));
        from = at + form.length();
      }
    }
    return moved;
  }

  /** "[|system|]" → "system", "</s>" → "/s", "<<SYS>>" → "SYS". */
  private static String innerName(String token) {
    int start = 0;
    int end = token.length();
    while (start < end && isDelimiter(token.charAt(start))) {
      start++;
    }
    while (end > start && isDelimiter(token.charAt(end - 1))) {
      end--;
    }
    return token.substring(start, end);
  }

  private static boolean isDelimiter(char c) {
    return c == '[' || c == ']' || c == '<' || c == '>' || c == '|' || c == '｜';
  }
}
