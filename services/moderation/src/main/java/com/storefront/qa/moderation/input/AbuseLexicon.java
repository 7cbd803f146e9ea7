package com.storefront.qa.moderation.input;

import com.storefront.qa.moderation.text.GatedPattern;
import java.util.List;

/**
 * Profanity and abuse in Korean and English, as patterns that tolerate the usual disguises: spacing
 * and punctuation inside a word ("씨 발", "f.u.c.k"), jamo abbreviations ("ㅅㅂ"), stars and digits for
 * letters ("f*ck", "sh1t"), stretched letters ("fuuuck").
 *
 * <p>Korean words that are also innocent syllable pairs only match when they stand apart: "시발" is
 * also "始發" (시발점, 시발역), "병 신청" is "apply for a bottle", "아저씨 발" is "uncle's foot", and "3시 발송" is
 * "ships at three". Hence the Hangul look-behinds and the unspaced-only forms.
 *
 * <p>All quantifiers are bounded, so matching stays linear on any input.
 */
public final class AbuseLexicon {
  /** Separators a writer puts inside a word to dodge a filter. */
  private static final String SEP = "[\\s.,·*_\\-~0-9]{0,2}";

  private static final String EN_SEP = "[\\s._\\-]{0,2}";

  /** Abuse in Latin script (English and romanised Korean), at every strictness. */
  public static final GatedPattern STRONG_LATIN =
      GatedPattern.compile(
          String.join(
              "|",
              // English.
              "f" + EN_SEP + "(?:u{1,8}|v|\\*|@)" + EN_SEP + "(?:c|\\*)" + EN_SEP + "k",
              // Masks: stars, '#', '@' stand for letters; a mask is followed by a non-letter, which
              // \\b cannot see after '*' ("the f*** is").
              "\\bf[*#@]{2,3}(?![a-z])|\\bf[*#@]{1,3}(?:k|ck|king|kin|ing|in|ed|er)\\b",
              // Spaced letters use one separator throughout ("s h i t", "s.h.i.t"): "it's hit" is
              // not abuse.
              "\\bs([\\s._\\-*]{1,2})h\\1[i1!*]\\1t\\b|\\bs[*]{2,3}(?![a-z])|\\bsh[*]{1,2}t?(?![a-z])",
              "\\bbulls(?:h|[*]{1,3})(?:i|[*])?t\\b|\\bbullsh",
              "\\ba[$*]{2}(?:hole|wipe)?s?(?![a-z])|\\ba-?holes?\\b|\\bc[*]{2}t\\b|\\bc[*]nt\\b",
              "\\bd[1!*]ck(?:head)?s?\\b|\\br[e3*]t[a@4*]rd\\w{0,3}",
              "\\b(?:fcuk|fuk|fuq|phuk|fuxx)\\w{0,4}|\\beff(?:ing| off)\\b|\\bf off\\b|\\bmofos?\\b",
              "\\bf(?:ck|uk|vck|cking)\\b",
              // Initials with dots: "F.U.".
              "\\bf\\.\\s?u\\.(?![a-z])",
              "\\bphuck",
              "\\bsh(?:i|1|!|\\*)t",
              "\\bb(?:i|1|!|\\*)tch",
              "\\ba(?:s|\\$|\\*){2}hole",
              "\\bc(?:u|\\*)nts?\\b",
              "\\bmotherf",
              "\\bbastards?\\b",
              "\\bdick(?:head)?s?\\b",
              "\\b(?:wtf|stfu)\\b",
              "\\b(?:dumbass|jackass|retard)",
              "\\bgo to hell\\b",
              // Insults aimed at the staff: "you stupid idiots", "bunch of clowns".
              "\\b(?:you|you guys|you people|ya|bunch of|y'all)(?:'re| are| were| r| re)?(?: (?:all|such|so|total|complete"
                  + "|fucking|damn|bloody))?(?: (?:stupid|useless|incompetent|brainless|worthless|pathetic|lazy))*"
                  + " (?:idiots?|morons?|imbeciles?|clowns|losers?|fools|stupid|incompetent|useless|pathetic)\\b",
              // Threats against the staff.
              "\\b(?:i(?:'ll| will| am going to|'m going to|'m gonna| gonna| swear i'll))"
                  + " (?:\\w+ ){0,2}?(?:kill|hurt|beat|destroy|burn|stab|shoot|come for|hunt)"
                  // Whoever the threat is aimed at: the staff, or anyone at the shop.
                  + " (?:you|your (?:family|staff|workers|employees|team|people|kids)|whoever|anyone|everyone|somebody"
                  + "|someone|people|them|him|her)\\b"
                  + "|(?<!letting us |let us |us )\\b(?:know|find out|found out|finding out) where (?:you|(?:your|the|that) (?:[a-z]{1,12} )?"
                  + "(?:guy|girl|man|woman|manager|boss|staff|employees?|workers?|agents?|reps?|people|owner|ceo|family"
                  + "|kids)) (?:live|lives|work|works|sleeps?)\\b|\\byou(?:'ll| will) regret\\b"
                  // "Answer or else.": a threat with the threat left out.
                  + "|\\bor else(?=\\s*(?:[.!]|$))"
                  + "|\\bwatch your back\\b|\\bburn (?:your|the) (?:store|shop|place) down\\b"
                  // Making the staff regret or pay, turning up at their premises to do so.
                  + "|\\bmake (?:you|y'all|your staff|you all|you guys) (?:regret|pay|sorry)\\b"
                  + "|\\b(?:come|show up|turn up|drive) (?:down )?(?:to|at) your (?:warehouse|store|shop|office|house|home"
                  + "|place|door)\\b[^.!?]{0,40}?\\b(?:make|teach|show|smash|wreck|trash|regret|sorry|deal with)\\b"
                  + "|\\b(?:smash|wreck|trash) (?:up )?your (?:store|shop|office|warehouse|place)\\b",
              "\\bkill yoursel",
              "\\b(?:piece|pile) of (?:shit|sh[*]t|crap|cr[*]p|garbage|trash)"));

  /**
   * Abuse in Hangul, at every strictness. Kept apart from {@link #STRONG_LATIN}: one alternation
   * over both scripts lets every common letter and syllable through the first-char gate and then
   * tries every branch there.
   */
  public static final GatedPattern STRONG_HANGUL =
      GatedPattern.compile(
          String.join(
              "|",
              // Korean: unambiguous even when spaced.
              "(?<![가-힣])씨" + SEP + "(?:발|빨|팔|벌|뻘)",
              "(?<![가-힣])씨바(?:ㄹ|알|라)?(?![가-힣])",
              "(?<![가-힣])시발(?![점역택])",
              // A filler syllable inside ("씨 이 발") or a jamo for the last syllable ("병ㅅ").
              "(?<![가-힣])[씨시]\\s[이으아]\\s(?:발|빨|팔)(?![가-힣])|(?<![가-힣])병\\s?ㅅ(?![ㅏ-ㅣ가-힣])",
              // Spaced out on its own ("시 발 이거"); "3시 발송" has a digit before and a syllable after.
              "(?<![가-힣0-9]\\s?)시\\s{1,2}(?:발|빨|팔)(?![가-힣])|(?<![가-힣])존\\s{1,2}나(?![가-힣])",
              "개" + SEP + "(?:새|색|세|쉐|섀)" + SEP + "(?:끼|기|키|퀴)",
              "(?:이|저|그|니|너)\\s?새끼",
              // Not 병신년 as the year (丙申年) when a noun or particle follows: "병신년 기념", "병신년에".
              "병신(?![청고규세]|년(?:[\\s(（\\[0-9]|에|생|의|도|부터|까지))",
              "(?<![가-힣0-9])병[\\s.*_\\-~0-9]{1,2}신(?![가-힣])",
              // Digits and stars inside 시발/씨팔 ("시1발", "씨8"); "3시 발송" has a space, not a digit.
              "(?<![가-힣0-9])[시씨][0-9*.]{1,2}(?:발|빨|팔)|(?<![가-힣0-9])[시씨]8(?![0-9])|18(?:놈|년|새끼|새기)",
              // Typed on a QWERTY layout without switching to Hangul: 시발, 병신, 지랄, 존나, 개새끼, 닥쳐.
              "\\b(?:tlqkf|tlqk|tlbal|qudtls|wlfkf|whssk|rotorl|ekrcu|ssibal|sibal|shibal|ssibbal)\\b",
              "븅신|좆|좃(?:같|밥|까)|존나|졸라|존니",
              "지랄|(?<![가-힣])지\\s랄(?![가-힣])",
              "닥쳐|닥치(?:라|세요|십시오|고)|꺼져|엿\\s?먹어",
              "미친\\s?(?:놈|년|새끼|것|거)",
              "또라이|돌아이|등신|빡대가리|느금|니애미|엠창|염병|썅|쌍(?:놈|년)",
              "개(?:같|소리|빡|좆)|뒤질래|뒤져라|죽여\\s?버|사기꾼",
              // Threats against the shop and its staff: turning up to smash it, "you'll see".
              "가만\\s?(?:안\\s?(?:둬|둔다|둘|두겠)|두지\\s?않)|(?:다|싹)\\s?(?:부숴|때려\\s?부수|엎어)\\s?(?:버|줄|놓)"
                  + "|찾아가서\\s?(?:가만|부숴|엎|때려|죽)|두고\\s?(?:보자|봐라)|각오\\s?(?:해|하세요|하라)",
              // Jamo abbreviations, spaced or not.
              "ㅅ\\s?ㅂ|ㅆ\\s?ㅂ|ㅂ\\s?ㅅ|ㅄ|ㅈ\\s?ㄹ|ㅁ\\s?ㅊ|ㄲ\\s?ㅈ|ㄷ\\s?ㅊ|ㅈ\\s?ㄴ|ㅈ\\s?(?:까|같|밥|랄)|ㅅ\\s?ㄲ|ㅆ\\s?ㄹ\\s?ㄱ|ㅆ\\s?ㄺ|존\\s?ㄴ|졸\\s?ㄹ|ㅗㅗ{1,8}|(?<![ㄱ-ㅣ])ㅗ(?![ㄱ-ㅣ])"));

  /** Latin or Hangul abuse that holds at every strictness ({@link #STRONG_CJK} is separate). */
  public static final GatedPattern STRONG =
      GatedPattern.compile(
          STRONG_LATIN.pattern().pattern() + "|" + STRONG_HANGUL.pattern().pattern());

  /** Abuse in Japanese and Chinese ({@link CjkAbuse}), at every strictness. */
  public static final GatedPattern STRONG_CJK = CjkAbuse.PATTERN;

  /** Every script's strong abuse patterns, for checks that scan a text with each. */
  public static final List<GatedPattern> STRONG_BY_SCRIPT =
      List.of(STRONG_LATIN, STRONG_HANGUL, STRONG_CJK);

  /** Rudeness that holds only under STRICT: complaints use these words without abusing anyone. */
  public static final GatedPattern MILD =
      GatedPattern.compile(
          "\\b(?:damn|crap|idiots?|stupid|moron|dumb|sucks?|shut up|scam(?:mer)?s?|useless|rip-?off)\\b"
              + "|바보|멍청|한심|쓰레기(?!통|봉투|봉지)|구리다|개판|빡치|짜증|미친");

  private AbuseLexicon() {}
}
