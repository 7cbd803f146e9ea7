package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * PROMPT_LEAK: the reply quotes or describes its instructions.
 *
 * <p>Two signals. (1) Phrases only the instructions contain: "Q&A 챗봇", "확정적인 답변을 하지 말고", "system
 * prompt", "I was instructed". (2) Wholesale quoting: half or more of a default system prompt's
 * 10-character shingles appear in the reply. Sharing a phrase is not enough, because the prompt's
 * last clause is what a good reply says ("제품 담당자가 정확한 답변을 하기 위해 시간이 필요합니다").
 */
final class PromptLeakCheck implements Check {
  private static final int SHINGLE = 10;
  private static final double QUOTED_SHARE = 0.5;
  private static final int SCAN_LIMIT = 4_000;
  private static final Pattern SPACES = Pattern.compile("\\s{1,3}");

  private static final GatedPattern MARKERS =
      GatedPattern.compile(
          String.join(
              "|",
              "q&a\\s{0,3}(?:챗봇|chatbot|チャットボット)|챗봇이야|답변을\\s{0,3}생성해|확정적인\\s{0,3}답변을\\s{0,3}하지\\s{0,3}말",
              "간단하고\\s{0,3}친절한\\s{0,3}답변을\\s{0,3}생성|시스템\\s{0,3}프롬프트|(?:지시|명령)(?:를|을)?\\s{0,3}받았|제\\s{0,3}지시\\s{0,3}사항",
              "\\bsystem prompt\\b|\\bmy (?:instructions|prompt|guidelines|programming)\\b",
              "\\bi (?:was|am|have been|'ve been|'m) (?:told|instructed|programmed|prompted) to\\b",
              "\\bdo not give a definitive answer\\b|\\bwrite a short, kind reply\\b",
              "断定的な回答はせず|问答机器人|不要给出确定的答案"));

  /** Shingle sets of the default system prompts, built once. */
  private static final List<long[]> PROMPT_SHINGLES =
      DefaultPolicy.SYSTEM_PROMPTS.values().stream().map(PromptLeakCheck::shingles).toList();

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    int to = Math.min(text.length(), SCAN_LIMIT);
    ModerationReason marker = Reasons.first(ReasonCodes.PROMPT_LEAK, MARKERS, subject, 0, to);
    if (marker != null) {
      return List.of(marker);
    }
    if (to < SHINGLE * 4) {
      return List.of();
    }
    long[] reply = shingles(text.substring(0, to));
    for (long[] prompt : PROMPT_SHINGLES) {
      if (reply.length < prompt.length * QUOTED_SHARE) {
        continue;
      }
      int hits = 0;
      for (long h : reply) {
        if (Arrays.binarySearch(prompt, h) >= 0) {
          hits++;
        }
      }
      if (hits >= prompt.length * QUOTED_SHARE) {
        return List.of(
            new ModerationReason(
                ReasonCodes.PROMPT_LEAK, hits + "/" + prompt.length + " prompt shingles", 0, to));
      }
    }
    return List.of();
  }

  /** Distinct hashes of the normalised text's {@link #SHINGLE}-char windows, sorted. */
  private static long[] shingles(String raw) {
    String normal = normalise(raw);
    int count = Math.max(0, normal.length() - SHINGLE + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 1125899906842597L;
      for (int k = i; k < i + SHINGLE; k++) {
        h = 31 * h + normal.charAt(k);
      }
      out[i] = h;
    }
    return Arrays.stream(out).sorted().distinct().toArray();
  }

  /** Lower-case, whitespace collapsed: quoting survives re-wrapping. */
  private static String normalise(String s) {
    return SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
  }
}
