package com.storefront.qa.moderation.output;

import com.storefront.qa.moderation.text.GatedPattern;

/**
 * Words that make a sentence a deferral rather than a statement of fact. The product's good replies
 * all say, in one sentence or another, that staff will check and answer; those sentences may name
 * the subject ("정확한 배송일을 안내드리겠습니다") without promising anything.
 */
final class Hedges {
  /**
   * Any sign the sentence is about us answering, not about the product: staff, checking, thanking,
   * apologising, waiting. Used by the definitive-claim check, whose assertion patterns are broad.
   */
  static final GatedPattern SOFT =
      GatedPattern.compile(
          "확인|담당|문의|안내|답변|드리|드릴|예정|기다|감사|죄송|양해|도움|궁금|정확|시간|연락|알려|여쭤|살펴"
              + "|검토|최대한|노력|불편|소중|중요|여부"
              + "|\\b(?:check\\w{0,20}|confirm\\w{0,20}|verif\\w{0,20}|look(?:ing)? into|find out|get back|follow up"
              + "|let you know|reach out|team|staff|colleague|specialist|thanks?|thank you|sorry"
              + "|apolog\\w{0,20}|question|ask\\w{0,20}|inquir\\w{0,20}|enquir\\w{0,20}|patience|wait\\w{0,20}|shortly|soon"
              + "|moment|appreciate\\w{0,20}|happy to|glad|help\\w{0,20}|accurate\\w{0,20}|answer\\w{0,20}|respond\\w{0,20}"
              + "|repl\\w{0,20}|important|priority|pleasure|whether)\\b");

  /**
   * Only an explicit "we will check / whether": the commitment and health checks use this, since a
   * sentence with a date or a health word in it needs more than a polite word to be safe.
   */
  static final GatedPattern DEFERRAL =
      GatedPattern.compile(
          "확인\\s{0,3}(?:후|하여|해|한\\s{0,3}(?:뒤|후|다음)|하고|하는\\s{0,3}대로|되는\\s{0,3}대로|중|이\\s{0,3}필요|하기|드리|을\\s{0,3}거쳐)"
              + "|알아보|여쭤|살펴|검토|여부|인지|는지|담당자(?:가|께서|에게|분)|문의(?:하시|해\\s{0,3}주)"
              + "|\\b(?:check\\w{0,20}|confirm\\w{0,20}|verif\\w{0,20}|look(?:ing)? into|find out|get back"
              + "|let you know|follow up|whether|if (?:it|this|the|they|we)|our team|staff)\\b");

  private Hedges() {}

  static boolean soft(String text, int start, int end) {
    return SOFT.foundIn(text, start, end);
  }

  static boolean deferral(String text, int start, int end) {
    return DEFERRAL.foundIn(text, start, end);
  }
}
