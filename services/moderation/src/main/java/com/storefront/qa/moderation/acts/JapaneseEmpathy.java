package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.JapaneseActs.free;

/**
 * Japanese empathy and restating acts: receipt of the question, concern for and understanding of
 * the customer's feelings, the customer's situation restated ("…をお持ちとのこと", "ご旅行のご準備中なのですね"), and
 * why the staff take care ("大切なポイントですので"). A restated situation must be marked as the customer's by
 * an honorific prefix (お/ご) or "中": "在庫切れとのこと" reports a fact and is not one.
 */
final class JapaneseEmpathy {
  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g.add(
            Act.EMPATHY,
            free(1, 40)
                + "(?:についての|に関する|の)?(?:お問い合わせ|ご質問|ご相談|ご依頼|ご要望)(?:ですね|、?(?:確かに)?(?:を)?"
                + "(?:いただきました|承りました|拝見しました|拝見いたしました|受け付けました))"
                + "|"
                + free(1, 40)
                + "(?:について|の件|のこと)ですね",
            "お問い合わせ",
            "ご質問",
            "ご相談",
            "ご依頼",
            "ご要望",
            "ですね")
        // Concern and joy about the customer's situation: "気になりますよね", "素敵ですね".
        .add(
            Act.EMPATHY,
            free(0, 30)
                + "(?:気になります(?:よ)?ね|ご心配(?:です)?(?:よ)?ね|ご不安(?:です)?(?:よ)?ね|気になるところ(?:です)?(?:よ)?ね"
                + "|迷いますよね|悩みますよね|(?:ご心配|ご不安|ご不便|お困り)(?:のこと|なこと)?(?:と|かと)存じます)"
                + "|(?:素敵|楽しみ|嬉しい|うれしい|素晴らしい)(?:です)?ね"
                // The occasion, never the product: "素敵なプレゼントになりそうですね" ("素敵な防水時計ですね"
                // would praise a property).
                + "|(?:素敵な|すてきな|特別な)(?:プレゼント|贈り物|ギフト|お祝い|思い出|ご旅行|時間|一日)"
                + "(?:になりそう|になります)?(?:です)?ね|(?:承知いたしました|承知しました|かしこまりました|承りました)",
            "ね",
            "存じ",
            "承",
            "かしこまり")
        .add(
            Act.EMPATHY,
            free(0, 15) + "(?:プレゼント|ギフト|贈り物|お祝い|ご旅行|キャンプ)(?:用)?(?:でしょうか|なのですね|ですね)",
            "でしょうか",
            "ですね")
        // Understanding the customer's feelings: "ご不安なお気持ち、お察しいたします".
        .add(
            Act.EMPATHY,
            free(0, 20)
                + "(?:お気持ち|ご心配|ご不安|ご事情|ご状況|ご不便)(?:は|を)?、?(?:よく|大変|十分|心より)?"
                + "(?:お察しいたします|お察しします|お察し申し上げます|理解いたします|よく分かります|わかります)",
            "察し",
            "理解",
            "分かり",
            "わかり")
        // The customer's situation restated: "授乳中とのこと", "金属アレルギーをお持ちとのこと".
        .add(
            Act.EMPATHY,
            free(0, 20)
                + "(?:(?:お|ご)[一-龥]{1,4}[ちきいみりし]?|中|でいらっしゃる|[0-9.]{1,6}(?:cm|kg|センチ|キロ|歳|ヶ月|か月|号)?)とのこと(?:ですね|、?承知いたしました)?",
            "とのこと")
        .add(
            Act.EMPATHY,
            "(?:お|ご)[一-龥ぁ-ゖァ-ヶー]{1,10}?(?:中|予定|準備|計画)(?:なのですね|なんですね|なのですか|ですね|でしょうか)",
            "ですね",
            "ですか",
            "でしょうか")
        // What the customer is doing, in honorific form: "お子様の椅子をお探しなのですね". Not what the
        // product allows ("ご利用可能ですね").
        .add(
            Act.EMPATHY,
            free(0, 25)
                + "(?:お|ご)(?!客|[一-龥]{0,3}(?:可能|対応|不可|無料|在庫|安全|不要))[一-龥]{1,4}[しちきいみりびえけせてねべめれ]?(?:中)?"
                + "(?:なのですね|なんですね|なのですか|でしょうか)"
                // Not "…ですね" after any honorific noun: "面倒なお客様ですね" is an insult. Only what
                // the customer wishes.
                + "|"
                + free(0, 15)
                + "(?:を)?ご(?:希望|要望|依頼|相談)(?:ですね|とのこと|、?(?:承知いたしました|承知しました|かしこまりました|承りました))",
            "ですね",
            "ですか",
            "でしょうか",
            "承",
            "かしこまり")
        // What the customer will do, in honorific form: "ご結婚式でお使いになるのですね"; and
        // congratulations on the occasion.
        .add(
            Act.EMPATHY,
            free(0, 15)
                + "(?:お|ご)[一-龥]{1,4}[いりしみちきび]?になる(?:ご予定)?(?:のですね|んですね|のでしょうか)"
                + "|(?:誠に|本当に|心より)?おめでとうございます",
            "ですね",
            "でしょうか",
            "おめでとう")
        // Why the staff take care: "敏感肌の方にとって大切なポイントですので".
        .add(
            Act.DEFERRAL,
            "(?:"
                + free(0, 20)
                + "(?:にとって|には|において|は)、?)?(?:特に|とても|非常に|大変|何より)?(?:大切な|重要な|大事な"
                + "|慎重に(?:確認す|扱う|判断す)べき|慎重な確認が必要な|慎重に確認が必要な)"
                + "(?:ポイント|こと|点|部分|ご質問|内容|事項)(?:です|でございます)?(?:ので|から)、?"
                // What the question touches, in a closed class of linking verbs: "健康に関わることですので",
                // "安全に関わる大切な点ですので". Never what the product is.
                + "|"
                + free(1, 15)
                + "(?:に関わる|にかかわる|に関係する|に直結する|に影響する)(?:とても|特に|非常に)?(?:大切な|重要な|大事な)?"
                + "(?:ポイント|こと|点|部分|ご質問|内容|事項|問題)(?:です|でございます)?(?:ので|から)、?"
                // A check the staff must make: "慎重な確認が必要なため".
                + "|(?:慎重な|正確な|十分な|詳しい|専門的な)?(?:確認|検討|調査)が(?:必要|欠かせない)(?:な|です|でございます)?(?:ため|ので)(?:に)?、?"
                // ...or because the customer's family uses it: "お子様がお使いになるものですから".
                + "|"
                + free(0, 15)
                + "(?:お|ご)[一-龥]{1,4}[いりしみち]?(?:になる|いただく|される)(?:もの|商品|品)(?:です|でございます)?(?:から|ので)、?",
            "ので",
            "から",
            "ため");
  }

  private JapaneseEmpathy() {}
}
