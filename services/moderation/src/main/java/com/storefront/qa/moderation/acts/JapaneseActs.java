package com.storefront.qa.moderation.acts;

/**
 * The acts of a Japanese acknowledgement. Japanese has no spaces, so free phrases are bounded runs
 * of characters that contain no predicate ("です", "ます", "ございます", "おります", "できます", "と思"):
 * "食洗機対応の可否につきましては" is a topic, "食洗機対応です" a claim.
 */
final class JapaneseActs {
  private static final String FREE_CHAR =
      "(?:(?!です|ます|ません|でした|でしょう|ござい|おります|できます|だと|と思|である|なので|だから|とのこと)"
          // An emoji ends a free run, like a full stop: "…お探しなのですね🐶 サイズにつきましては…".
          + "[^。！？!?\\n\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}])";

  static String free(int min, int max) {
    return FREE_CHAR + "{" + min + "," + max + "}?";
  }

  /**
   * A free run inside one clause: what comes before a deferral's verb is its object ("成分を丁寧に"),
   * never a clause of its own ("在庫切れ、担当者が確認いたします").
   */
  private static String clause(int min, int max) {
    return "(?:(?!、)" + FREE_CHAR + "){" + min + "," + max + "}?";
  }

  private static final String STAFF =
      "(?:[一-龥ァ-ヶー]{1,6}?)?(?:担当者|担当スタッフ|専門スタッフ|スタッフ|当店|弊社|私ども|係の者|担当部署|担当の者|担当窓口|専門の者"
          + "|担当|部署|窓口|チーム)(?:が|より|にて|の方で|にも|に|も)?、?";

  private static final String ACTION =
      "(?:確認|調査|回答|ご回答|ご連絡|連絡|ご案内|案内|お知らせ|ご返信|返信|ご返答|お答え|ご報告|お送り|お調べ|折り返し"
          + "|お返事|返事|お伝え|依頼|ご説明|説明)";

  private static final String COMMIT =
      "(?:いたします|します|させていただきます|差し上げます|申し上げます|お送りします|お送りいたします|いたしました|しました"
          + "|させていただきました|いたしますね)(?:ね|ので|ね。)?";

  /**
   * A cushion before a request or a closing ("恐れ入りますが", "お待たせして恐縮ですが"): it softens what follows and
   * says nothing itself, so the rest must still be an act.
   */
  private static final String CUSHION =
      "(?:お待たせして(?:しまい)?|お手数(?:を)?おかけして|重ねて|大変)?(?:恐れ入りますが|恐れ入りますけれども|恐縮ですが"
          + "|恐縮ではございますが|お手数ですが|お手数をおかけしますが|申し訳ございませんが|申し訳ありませんが)";

  static final Grammar GRAMMAR =
      JapaneseEmpathy.addTo(new Grammar())
          .add(Act.GREETING, "こんにちは|お世話になっております")
          // Interjections: "わあ、", "まあ！". They stand alone; what follows must be an act.
          .add(Act.GREETING, "(?:わあ|わぁ|わー|まあ|おお|あら|はい|ええ|なるほど)(?=[、！!。\\s]|$)")
          .add(
              Act.THANKS,
              "(?:この度は|いつも|本日は)?" + free(0, 25) + "(?:ありがとうございます|ありがとうございました|感謝申し上げます|感謝いたします)")
          .add(
              Act.TOPIC,
              free(1, 40)
                  // The topic's own noun after the marker first ("…についてのご質問は"): the
                  // shortest free run wins, so the longer ending must be tried before "について".
                  + "(?:(?:についての|に関する|の)(?:ご質問|お問い合わせ|ご相談|情報|件)(?:は|につきましては)"
                  + "|につきましては|につきまして|については|について|に関しましては|に関しまして|に関しては|に関して"
                  + "|の件(?:につきましては|について|は)?"
                  + "|(?:かどうか|の?可否|の?要否|の有無)(?:に)?(?:つきましては|つきまして|ついては|ついて|関しては|関して)?(?:は|を|も)?)")
          .add(Act.DEFERRAL, STAFF + clause(0, 30) + ACTION + "[^。！？!?\\n]{0,12}?" + COMMIT)
          .add(
              Act.DEFERRAL,
              clause(0, 20)
                  + "(?:確認(?:のうえ|の上|次第|してから|でき次第|いたしまして|後|(?:いたしました|した)(?:うえで|上で)|して|し)|お調べして)、?"
                  + free(0, 20)
                  + ACTION
                  + "[^。！？!?\\n]{0,12}?"
                  + COMMIT)
          .add(Act.DEFERRAL, clause(0, 30) + ACTION + "[^。！？!?\\n]{0,12}?" + COMMIT)
          // A check in progress: "ただいま担当者が確認しておりますので", "確認中でございます".
          .add(
              Act.DEFERRAL,
              "(?:ただいま|現在|只今)?、?(?:"
                  + STAFF
                  + ")?"
                  + clause(0, 15)
                  + "(?:確認|調査|お調べ|検討)(?:して|いたして|させていただいて)おります(?:ので)?、?"
                  + "|(?:ただいま|現在|只今)?(?:確認|調査)中(?:です|でございます)(?:ので)?、?",
              "おります",
              "中")
          .add(
              Act.DEFERRAL,
              free(0, 25) + "(?:お伝え|ご案内|お答え|ご回答|ご提供)(?:する|できる|させていただく)?(?:ため(?:に)?|よう)、?")
          .add(
              Act.PATIENCE,
              free(0, 10)
                  + "(?:(?:今|もう)?(?:しばらく|少々|少し|少しだけ)お待ち(?:ください(?:ませ)?(?:ね)?|いただけますと幸いです"
                  + "|いただけますでしょうか|くださいますよう(?:お願い(?:いたします|申し上げます))?)"
                  + "|(?:少々|少し|しばらく)?お時間を(?:いただけますでしょうか|いただけますか|いただきます|頂戴いたします"
                  + "|ください|いただけますと幸いです))")
          .add(
              Act.APOLOGY,
              free(0, 30) + "(?:大変|誠に|本当に)?(?:申し訳(?:ございません|ありません)(?:でした)?|すみません)(?:が)?")
          .add(
              Act.APOLOGY,
              "(?:お待たせして(?:しまい)?|ご迷惑をおかけして(?:しまい)?|ご不便をおかけして(?:しまい)?|ご心配をおかけして(?:しまい)?)"
                  + "、?(?:大変|誠に)?(?:恐縮です|申し訳(?:ございません|ありません))")
          .add(Act.LINK, CUSHION + "、?")
          .add(
              Act.APOLOGY,
              "(?:お急ぎのところ|お忙しいところ|ご迷惑をおかけし|お手数をおかけし|ご不便をおかけし)(?:て)?(?:大変|誠に)?"
                  + "(?:恐れ入ります|恐縮です|申し訳(?:ございません|ありません))")
          // A sign-off on its own line: "店長より", "スタッフ一同".
          .add(Act.CLOSING, "[一-龥ァ-ヶーぁ-ゖA-Za-z0-9 ]{1,20}(?:より|一同)(?=\\s*(?:\\n|$))")
          .add(Act.CLOSING, "(?:今後とも|引き続き|これからも)?(?:何卒|どうぞ)?(?:よろしく|宜しく)お願い(?:いたします|します|申し上げます)")
          // The shop or team signing on its own last line: "ひかりストア カスタマーサポート".
          .add(
              Act.CLOSING,
              "(?<![^\\n])[一-龥ァ-ヶーぁ-ゖA-Za-z0-9 ]{0,20}(?:カスタマーサポート|サポートセンター|サポートデスク"
                  + "|カスタマーセンター|お客様窓口|お客様センター|サポート|スタッフ|事務局)(?=[ 　]*$)",
              "サポート",
              "センター",
              "窓口",
              "スタッフ",
              "事務局")
          // Asking for understanding: "ご理解いただけますと幸いです", "ご了承のほどお願いいたします".
          .add(
              Act.PATIENCE,
              "(?:何卒|どうぞ)?ご(?:理解|了承|容赦|協力)(?:を)?(?:いただけますと|いただければ|賜りますよう|のほど|くださいますよう)"
                  + "、?(?:幸いです|幸いでございます|お願い(?:いたします|申し上げます)|よろしくお願い(?:いたします|申し上げます))",
              "幸い",
              "お願い")
          // A wish for the customer's health: "どうぞお体を大切になさってください", "ご自愛ください".
          .add(
              Act.CLOSING,
              "(?:どうぞ|くれぐれも)?(?:お体|お身体|ご体調)(?:を|には)?(?:大切に|お大事に|ご自愛)(?:なさって|して)?"
                  + "(?:ください)?(?:ませ)?(?:ね)?|(?:どうぞ)?ご自愛ください(?:ませ)?|お大事になさってください(?:ね)?");

  private JapaneseActs() {}
}
