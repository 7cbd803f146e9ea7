package com.storefront.qa.moderation.input;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import java.util.List;

/**
 * PROMPT_INJECTION: attempts to override the system prompt ("ignore your instructions", "이전 지시는
 * 무시하고"), role-play jailbreaks ("you are now DAN", "지금부터 너는"), requests for the system prompt, and
 * spoofed turns ("system:" at the start of a line). A product question has no reason to talk about
 * prompts or instructions, so these phrases are safe to hold on.
 *
 * <p>Gaps between the verb and its object are bounded ({@code {0,40}?}), never {@code .*}.
 */
public final class InjectionCheck implements Check {
  static final int SCAN_LIMIT = 4_000;

  private static final GatedPattern INJECTION =
      GatedPattern.compile(
          String.join(
              "|",
              // English: override.
              "\\b(?:ignore|disregard|forget|override|bypass)\\b[^.!?\\n]{0,40}?"
                  + "\\b(?:instructions?|prompts?|rules|guidelines|directions|directives"
                  + "|system message|programming|guardrails|restrictions)\\b",
              // English: asking for the prompt.
              "\\b(?:system|initial|hidden|original|developer)\\s{1,3}(?:prompt|message|instructions)",
              "\\b(?:reveal|show|print|repeat|tell|give|output|display|leak|write|list|what)\\b"
                  + "[^.!?\\n]{0,20}?\\byour\\s{1,3}(?:instructions|prompt|rules|guidelines"
                  + "|programming|configuration)",
              // English: role play and jailbreaks.
              "\\byou are now\\b|\\bfrom now on,? you\\b|\\bpretend (?:to be|you(?:'re| are))\\b",
              "\\brole-?play\\b|\\bjailbr[eo]ak|\\bdeveloper mode\\b|\\bdo anything now\\b",
              "\\bact as (?:if you|an? (?:unrestricted|uncensored|evil|jailbroken|different|new)"
                  + "|dan)\\b",
              "\\b(?:no|without any|without) (?:restrictions|limitations|filters|censorship)\\b",
              "\\bnew instructions?\\s{0,3}:",
              "(?m)^\\s{0,3}(?:system|assistant)\\s{0,3}:",
              // Korean: override.
              // Not a product document's instructions: "설명서의 지시사항은 무시해도 되나요?".
              "(?<!설명서의\\s?|설명서\\s?|매뉴얼의\\s?|매뉴얼\\s?|안내서의\\s?|안내서\\s?|사용법의\\s?)"
                  + "(?:지시|지침|명령|규칙|프롬프트|설정|룰)[^.!?\\n]{0,10}?"
                  + "(?:무시|잊어|잊고|잊으|취소해|무효|따르지\\s{0,3}마)",
              "(?:위|앞|이전)의?\\s{0,3}(?:내용|말|대화|지시)[^.!?\\n]{0,6}?(?:무시|잊어|잊고)",
              // Korean: asking for the prompt.
              "시스템\\s{0,3}(?:프롬프트|메시지|지시|설정)",
              "프롬프트[^.!?\\n]{0,10}?(?:알려|보여|출력|공개|말해|뭐|무엇|적어)",
              "(?:너의|네|당신의)\\s{0,3}(?:지시\\s{0,3}사항|지침|초기\\s{0,3}설정|규칙)",
              // Korean: role play and jailbreaks.
              "(?:지금부터|이제부터)\\s{0,3}(?:너는|넌|당신은|니가|네가)",
              "(?:너는|넌|당신은)\\s{0,3}(?:이제|지금부터)",
              "역할극|역할을?\\s{0,3}(?:해|맡아|연기)|인\\s{0,3}척\\s{0,3}(?:해|하)",
              "탈옥|개발자\\s{0,3}모드|제한\\s{0,3}(?:없이|없는|을?\\s{0,3}풀어|해제)|검열\\s{0,3}(?:없이|해제)",
              // Japanese: override, asking for the prompt, role play.
              "(?:指示|命令|指令|設定|ルール|プロンプト|制約)[^。！？!?\\n]{0,10}?(?:無視|忘れ|従わな)",
              "システム\\s{0,3}(?:プロンプト|メッセージ|指示)|(?:今から|これから)(?:あなた|お前|君)は",
              // Chinese: override, asking for the prompt, role play.
              "(?:忽略|无视|忘记|忘掉|不要理会|跳过)[^。！？!?\\n]{0,10}?(?:指令|指示|提示|规则|设定|要求|命令)",
              "系统\\s{0,3}(?:提示|指令|消息|设定)|(?:从现在起|从现在开始|现在开始)[，,]?\\s{0,3}你|你现在是|扮演"));

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    return Reasons.matches(
        ReasonCodes.PROMPT_INJECTION,
        INJECTION,
        subject,
        0,
        Math.min(text.length(), SCAN_LIMIT),
        3);
  }
}
