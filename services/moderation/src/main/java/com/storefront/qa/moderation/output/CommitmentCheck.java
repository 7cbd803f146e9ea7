package com.storefront.qa.moderation.output;

import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.acts.AllowedActs;
import com.storefront.qa.moderation.text.GatedPattern;

/**
 * COMMITMENT: the reply promises what only staff can promise: a date or time of delivery, shipping
 * or restock ("내일 도착합니다"), stock, a price, a discount or coupon, free shipping, a refund or an
 * exchange.
 *
 * <p>A sentence that defers ("제품 담당자가 확인 후 정확한 배송일을 안내드리겠습니다", "Our team will confirm the delivery
 * date") is not a commitment: it names the subject without promising. Refund and discount promises
 * and concrete prices are commitments even in a deferring sentence ("확인 후 전액 환불해 드리겠습니다").
 */
final class CommitmentCheck extends SentenceCheck {
  private static final String KO_TIME =
      "(?:내일|오늘|모레|금일|익일|당일|이번\\s{0,3}주|다음\\s{0,3}주|주말|[월화수목금토일]요일"
          + "|[0-9]{1,9}\\s{0,3}(?:일|시간|주|영업일)\\s{0,3}(?:안|이내|내|후|뒤|만에|정도|이면|까지|소요)"
          + "|[0-9]{1,9}\\s{0,3}월\\s{0,3}[0-9]{1,9}\\s{0,3}일|[0-9]{1,9}\\s{0,3}[~\\-]\\s{0,3}[0-9]{1,9}\\s{0,3}일|[0-9]{1,9}\\s{0,3}시\\s{0,3}(?:까지|전|이전))";

  private static final String KO_LOGISTICS =
      "(?:도착|배송|출고|발송|받아\\s{0,3}보|받으실|받으시|수령|배달|입고|출시|발매|교환|반품|환불)";

  private static final String EN_TIME =
      "\\b(?:today|tonight|tomorrow|this (?:week|weekend|month)|next (?:week|month)"
          + "|(?:mon|tues|wednes|thurs|fri|satur|sun)day|within [0-9]{1,9}|in [0-9]{1,9}\\s{0,3}"
          + "(?:business |working )?(?:days?|hours?|weeks?)|[0-9]{1,9}\\s{0,3}(?:-|to)\\s{0,3}[0-9]{1,9}\\s{0,3}"
          + "(?:business |working )?days?|by (?:the )?end of|(?:jan|feb|mar|apr|may|jun|jul|aug"
          + "|sep|oct|nov|dec)[a-z]{0,10}\\.? [0-9]{1,2})\\b";

  private static final String EN_LOGISTICS =
      "\\b(?:arriv\\w{0,20}|deliver\\w{0,20}|ship\\w{0,20}|dispatch\\w{0,20}|restock\\w{0,20}|receive\\w{0,20}|get it"
          + "|launch\\w{0,20}|release\\w{0,20}|refund\\w{0,20}|exchang\\w{0,20}|in stock)\\b";

  private static final String GAP = "[^.!?\\n]{0,40}?";

  private static final GatedPattern SUSPECT =
      GatedPattern.compile(
          String.join(
              "|",
              KO_TIME + GAP + KO_LOGISTICS,
              KO_LOGISTICS + GAP + KO_TIME,
              EN_TIME + GAP + EN_LOGISTICS,
              EN_LOGISTICS + GAP + EN_TIME,
              // Stock.
              "재고(?:가|는)?\\s{0,3}(?:있습니다|있어요|충분|넉넉|남아\\s{0,3}있|많이|여유)",
              "품절(?:되지\\s{0,3}않|이\\s{0,3}아닙|아닙니다|걱정)|바로\\s{0,3}(?:구매|주문|출고|발송)\\s{0,3}(?:가능|하실\\s{0,3}수)",
              "재입고\\s{0,3}(?:됩니다|될\\s{0,3}예정|예정입니다)|입고\\s{0,3}예정(?:입니다|일은)",
              "\\bin stock\\b|\\bavailable (?:now|immediately|today)\\b|\\bplenty (?:of stock|left)\\b",
              "\\bwon'?t (?:sell|run) out\\b|\\bback in stock\\b",
              // Delivery without a date.
              "(?:무료|당일|익일|빠른|새벽)\\s{0,3}(?:배송|발송)(?:입니다|됩니다|해\\s{0,3}드|해드|가능)",
              "(?:배송|도착|출고|발송)(?:이|은|는)?\\s{0,3}(?:보장|약속)",
              "\\bfree (?:shipping|delivery|returns?|gift)\\b|\\bships? (?:free|same day)\\b",
              "\\b(?:discount|coupon|promo(?:tion)? code|price match|guarantee)\\w{0,20}\\b"));

  /** Money and refunds: a commitment whatever the sentence around it says. */
  private static final GatedPattern ALWAYS =
      GatedPattern.compile(
          String.join(
              "|",
              "[0-9][0-9,]{0,15}\\s{0,3}(?:원|만\\s{0,3}원)(?![가-힣])|[0-9]{1,9}\\s{0,3}%\\s{0,3}(?:할인|세일|적립|off\\b)",
              "할인\\s{0,3}(?:해\\s{0,3}드|해드|받으실\\s{0,3}수\\s{0,3}있|적용(?:됩니다|해\\s{0,3}드)|됩니다|가능합니다|쿠폰을?\\s{0,3}드)|쿠폰(?:을|이)?\\s{0,3}(?:드리|드립|발급|지급|증정)",
              "사은품(?:을|이)?\\s{0,3}(?:드|증정|제공)(?!\\s{0,3}(?:여부|가능|관련|에\\s?대해|이\\s?되는지))|최저가|적립금(?:을)?\\s{0,3}(?:드|지급)",
              "(?:환불|교환|반품)\\s{0,3}(?:해\\s{0,3}드리|해드리|처리해\\s{0,3}드리|처리\\s{0,3}해\\s{0,3}드리|보장|약속)",
              "전액\\s{0,3}환불|100\\s{0,3}%\\s{0,3}환불",
              "\\$\\s?[0-9]|\\b[0-9]{1,9}(?:\\.[0-9]{1,9})?\\s{0,3}(?:dollars|usd|krw|won)\\b",
              "\\bfull refund\\b|\\bmoney[- ]back\\b",
              "\\b(?:we will|we'll|we can|you will|you'll) (?:get |be )?"
                  + "(?:refund|replace|exchange)\\w{0,20}"));

  @Override
  String code() {
    return ReasonCodes.COMMITMENT;
  }

  @Override
  GatedPattern pattern() {
    return SUSPECT;
  }

  @Override
  GatedPattern always() {
    return ALWAYS;
  }

  @Override
  boolean excused(Subject subject, int start, int end) {
    return Hedges.deferral(subject.folded(), start, end)
        || (AllowedActs.recognised(subject, start, end) && onlyRestated(subject, start, end));
  }

  /**
   * True when every suspect phrase of the sentence is the customer's own word: "Thanks for your
   * question about price matching" restates "Do you price match?" inside an allowed act.
   */
  private static boolean onlyRestated(Subject subject, int start, int end) {
    String question = subject.question() == null ? "" : Subject.foldAscii(subject.question());
    String folded = subject.folded();
    int at = start;
    int[] m;
    while (at < end && (m = SUSPECT.find(folded, at, end)) != null) {
      String said = folded.substring(m[0], m[1]).replaceFirst("(?:ing|es|ed|s)$", "");
      if (said.isEmpty() || !question.contains(said) && !everyWordAsked(question, said)) {
        return false;
      }
      at = m[1];
    }
    return true;
  }

  /**
   * True when the phrase has several words and the customer wrote each of them, in any order: "Is
   * shipping free?" restated as "your question about free shipping".
   */
  private static boolean everyWordAsked(String question, String said) {
    String[] words = said.split(" ");
    if (words.length < 2) {
      return false;
    }
    // Word starts only: "free" is not asked by "carefree".
    String asked = " " + question.replaceAll("[^a-z0-9]+", " ") + " ";
    for (String w : words) {
      // A word's stem may start a word of the question ("shipp" of "shipping").
      if (w.isEmpty() || !asked.contains(" " + w)) {
        return false;
      }
    }
    return true;
  }
}
