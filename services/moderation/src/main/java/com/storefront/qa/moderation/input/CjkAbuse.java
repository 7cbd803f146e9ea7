package com.storefront.qa.moderation.input;

import com.storefront.qa.moderation.text.GatedPattern;

/**
 * Abuse in Japanese and Chinese: insults, threats against the staff, and the Chinese abbreviations
 * of swear words written in Latin letters next to Chinese ("SB客服").
 *
 * <p>Many of the words are also innocent parts of longer words, so each is written with what it may
 * not be part of: "バカ" is not "バカラ" (Baccarat), "死ね" is not "死海", "傻" only counts as "傻逼"/"傻B"
 * ("傻瓜相机" is a point-and-shoot camera), "垃圾" only when it names the shop or the staff ("垃圾袋" is a
 * bin bag), "滚" only as an order ("滚筒" is a drum), "殺" only as the verb ("殺菌" is sterilising). A
 * bare "SB" stays innocent (the "SB Dunk" sneaker) unless it touches a Chinese character.
 */
final class CjkAbuse {
  private static final String HAN = "[\\u4e00-\\u9fff]";

  static final GatedPattern PATTERN =
      GatedPattern.compile(
          String.join(
              "|",
              // Japanese insults: fool, idiot, shit, scum, "stop messing with me".
              "(?:バカ|ばか)(?![ラ貝])|馬鹿(?!貝)|アホ(?![ー])|あほ(?!う)|クソ|くそ(?![うお])|ふざけ(?:んな|るな|てんの)"
                  + "|カス(?:店|野郎|ども)|ゴミ(?:店|野郎|対応|商品|ども)|ボケ(?:が|ども|店)|うざ(?:い|え)|きも(?:い|え)",
              // Japanese threats: "die", "I'll kill you".
              "(?:死|氏)ね(?![ば])|(?:ぶっ)?殺(?:す|してやる|されたい|すぞ)|ころす|消えろ",
              // Chinese insults.
              "傻[逼比bB]|煞笔|沙比|傻叉|二逼|脑残|智障|白痴|废物|狗东西|王八蛋|混蛋|贱人|他妈|(?<![妈姑姨舅老后继])妈的|操你|草泥马|尼玛"
                  + "|垃圾(?:店|客服|商家|卖家|东西|玩意|服务|平台|公司)|骗子|滚(?:蛋|开|吧)|给我滚",
              // Chinese threats: "I'll do you in", "go die", "kill you".
              "弄死|去死|杀了你|砍死|打死你|整死你",
              // Chinese threats against the shop: smashing it up, "you'll see", finding people to
              // deal
              // with the staff.
              "砸(?:了|烂|掉|碎)(?!价)|(?:把|给)你们[^。！？]{0,8}砸|让你们?好看|你(?:们)?等着(?:瞧)?(?=[。！!，,]|$)|走着瞧"
                  + "|找人(?:收拾|弄|教训)|(?:去|到)你们(?:店|公司|仓库)(?:里)?(?:闹|砸|堵)",
              // Japanese threats: "you'll regret it", "remember this".
              "覚えてろ|覚えとけ|覚えておけ|覚えてやがれ|覚悟しろ|ただじゃ(?:おかない|済まさない)|後悔させて"
                  // Turning up at the staff's home or the shop: "担当者の家まで行ってやる".
                  + "|(?:家|自宅|店|会社|倉庫|事務所)(?:まで|に)(?:行って|押しかけて|乗り込んで)(?:やる|やっから|やるぞ)",
              // Latin abbreviations of Chinese swearing, next to Chinese or standing alone.
              "(?<![a-z])sb(?="
                  + HAN
                  + ")|(?<="
                  + HAN
                  + ")sb(?![a-z])|\\b(?:nmsl|cnm|wcnm|nmb|tmd|rnm)\\b"));

  private CjkAbuse() {}
}
