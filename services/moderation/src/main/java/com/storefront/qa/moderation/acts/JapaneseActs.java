package com.storefront.qa.moderation.acts;

/**
 * The acts of a Japanese acknowledgement. Japanese has no spaces, so free phrases are bounded runs
 * of characters that contain no predicate ("です", "ます", "ございます", "おります", "できます", "と思"):
 * "食洗機対応の可否につきましては" is a topic, "食洗機対応です" a claim.
 */
final class JapaneseActs {
  private static final String FREE_CHAR =
      "(?:(?!です|ます|ません|でした|でしょう|ござい|おります|できます|だと|と思|である|なので|だから)[^。！？!?\\n])";

  private static String free(int min, int max) {
    return FREE_CHAR + "{" + min + "," + max + "}?";
  }

  private static final String STAFF =
      "(?:商品担当者|担当者|担当スタッフ|専門スタッフ|スタッフ|当店|弊社|私ども|係の者|担当部署)(?:が|より|にて|の方で|にも|に|も)?、?";

  private static final String ACTION =
      "(?:確認|調査|回答|ご連絡|連絡|ご案内|案内|お知らせ|ご返信|返信|ご返答|お答え|ご報告|お送り|お調べ|折り返し)";

  private static final String COMMIT = "(?:いたします|します|させていただきます|差し上げます|お送りします|お送りいたします)(?:ね|ので)?";

  static final Grammar GRAMMAR =
      new Grammar()
          .add(Act.GREETING, "こんにちは|お世話になっております")
          .add(
              Act.THANKS,
              "(?:この度は|いつも|本日は)?" + free(0, 25) + "(?:ありがとうございます|ありがとうございました|感謝申し上げます|感謝いたします)")
          .add(
              Act.TOPIC,
              free(1, 40)
                  + "(?:につきましては|につきまして|については|について|に関しましては|に関しまして|に関しては|に関して"
                  + "|の件(?:につきましては|について|は)?|かどうか(?:は|を|について|につきましては)?"
                  + "|の可否(?:は|について|につきましては|を)?)")
          .add(Act.EMPATHY, free(1, 40) + "(?:についての|に関する|の)?(?:お問い合わせ|ご質問)(?:ですね|をいただきました)")
          .add(Act.DEFERRAL, STAFF + free(0, 30) + ACTION + "[^。！？!?\\n]{0,12}?" + COMMIT)
          .add(
              Act.DEFERRAL,
              free(0, 20)
                  + "(?:確認(?:のうえ|の上|次第|してから|でき次第|いたしまして|後)|お調べして)、?"
                  + free(0, 20)
                  + ACTION
                  + "[^。！？!?\\n]{0,12}?"
                  + COMMIT)
          .add(
              Act.PATIENCE,
              "(?:今|もう)?(?:しばらく|少々|少し)お待ち(?:ください(?:ませ)?|いただけますと幸いです"
                  + "|いただけますでしょうか|くださいますよう(?:お願い(?:いたします|申し上げます))?)")
          .add(
              Act.APOLOGY,
              "(?:お待たせして(?:おり)?|お待たせいたしまして|ご不便をおかけして|ご迷惑をおかけして)?"
                  + "(?:大変|誠に)?(?:申し訳(?:ございません|ありません)|すみません)")
          .add(Act.CLOSING, "(?:何卒|どうぞ)?よろしくお願い(?:いたします|します|申し上げます)");

  private JapaneseActs() {}
}
