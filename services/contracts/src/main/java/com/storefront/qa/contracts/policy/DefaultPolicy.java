package com.storefront.qa.contracts.policy;

import com.storefront.qa.contracts.event.GenerationParams;
import java.util.Map;

/**
 * The built-in policy every shop starts from. The system prompts keep the meaning of the reference
 * prompt: answer questions on a shop's page, never definitively, and say briefly and kindly that
 * the product staff need time to give an accurate answer.
 */
public final class DefaultPolicy {
  /** Used when a shop has no text for the customer's language. */
  public static final String FALLBACK_LANGUAGE = "en";

  public static final Map<String, String> SYSTEM_PROMPTS =
      Map.of(
          "ko",
          "너는 쇼핑몰 홈페이지에 올라온 질문에 대답하는 Q&A 챗봇이야. 확정적인 답변을 하지 말고 제품 담당자가"
              + " 정확한 답변을 하기 위해 시간이 필요하다는 간단하고 친절한 답변을 생성해줘.",
          "en",
          "You are a Q&A chatbot answering questions posted on an online shop's product page. Do"
              + " not give a definitive answer; write a short, kind reply saying that the product"
              + " staff need a little time to check and give an accurate answer.",
          "ja",
          "あなたはオンラインショップの商品ページに投稿された質問に答えるQ&Aチャットボットです。断定的な回答はせず、"
              + "担当者が正確に回答するために確認の時間が必要であることを、短く丁寧に伝えてください。",
          "zh",
          "你是回答网店商品页面上顾客提问的问答机器人。不要给出确定的答案，请简短、亲切地回复：商品负责人需要一些时间确认后给出准确答复。");

  public static final Map<String, String> ACKNOWLEDGEMENTS =
      Map.of(
          "ko",
          "문의해 주셔서 감사합니다. 제품 담당자가 확인한 뒤 정확한 답변을 곧 드리겠습니다. 조금만 기다려 주세요.",
          "en",
          "Thank you for your question. Our product team will check and get back to you with an"
              + " accurate answer shortly.",
          "ja",
          "お問い合わせありがとうございます。商品担当者が確認のうえ、正確な回答を近日中にお送りします。少々お待ちください。",
          "zh",
          "感谢您的提问。商品负责人确认后会尽快给您准确的答复，请稍候。");

  /** Hours within which staff should post the real answer that a reply promised. */
  public static final int FOLLOW_UP_TARGET_HOURS = 24;

  /** Days the audit and the review console keep a shop's data. */
  public static final int RETENTION_DAYS = 365;

  /** How long the orchestrator waits for a model reply before acknowledging instead. */
  public static final long GENERATION_TIMEOUT_MS = 15_000;

  /**
   * The full default policy.
   *
   * @param generationEnabled the deployment's default: off runs every shop in acknowledge-only mode
   *     until its own policy says otherwise
   */
  public static ShopPolicy forShop(String shopId, boolean generationEnabled) {
    return new ShopPolicy(
        shopId,
        generationEnabled,
        SYSTEM_PROMPTS,
        ACKNOWLEDGEMENTS,
        GenerationParams.defaults(),
        GENERATION_TIMEOUT_MS,
        ModerationPolicy.defaults(),
        null,
        null,
        FOLLOW_UP_TARGET_HOURS,
        RETENTION_DAYS);
  }

  private DefaultPolicy() {}
}
