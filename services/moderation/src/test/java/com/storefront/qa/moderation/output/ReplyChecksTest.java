package com.storefront.qa.moderation.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.policy.ModerationPolicy.Strictness;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.Subject;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hand-written cases per reply check: each check alone, found and rightly not found. */
class ReplyChecksTest {
  static Stream<Arguments> cases() {
    return Stream.of(
        // check, question, reply, language, expected to fire
        a(new DefinitiveClaimCheck(), "방수 되나요?", "네, 가능합니다! 완벽하게 방수됩니다.", "ko", true),
        a(new DefinitiveClaimCheck(), "방수 되나요?", "이 가방은 방수 기능이 있습니다.", "ko", true),
        a(new DefinitiveClaimCheck(), "Is it waterproof?", "Yes, it is waterproof.", "en", true),
        a(new DefinitiveClaimCheck(), "방수 되나요?", "방수 여부는 담당자가 확인 후 답변드리겠습니다.", "ko", false),
        a(
            new DefinitiveClaimCheck(),
            "Is it waterproof?",
            "Sure! Our team will check and reply.",
            "en",
            false),
        a(new CommitmentCheck(), "언제 와요?", "내일 도착합니다.", "ko", true),
        a(new CommitmentCheck(), "언제 와요?", "제품 담당자가 확인 후 정확한 배송일을 안내드리겠습니다.", "ko", false),
        a(new CommitmentCheck(), "할인?", "지금 사시면 5,000원 할인해 드려요.", "ko", true),
        a(new CommitmentCheck(), "환불?", "확인 후 전액 환불해 드리겠습니다.", "ko", true),
        a(new CommitmentCheck(), "In stock?", "Yes, it's in stock and ships today.", "en", true),
        a(new CommitmentCheck(), "In stock?", "We'll check whether it is in stock.", "en", false),
        a(new InventedContactCheck(), "문의", "고객센터 1588-0000으로 전화 주세요.", "ko", true),
        a(new InventedContactCheck(), "문의", "자세한 내용은 www.shop.co.kr 참고하세요.", "ko", true),
        a(new InventedContactCheck(), "문의", "고객센터로 문의하시면 빠르게 안내받으실 수 있어요.", "ko", false),
        a(new HealthLegalCheck(), "아기?", "아기가 써도 안전합니다.", "ko", true),
        a(new HealthLegalCheck(), "Baby?", "It is safe for babies.", "en", true),
        a(new HealthLegalCheck(), "아기?", "아기가 써도 괜찮은지 담당자가 확인하겠습니다.", "ko", false),
        a(new RudeToneCheck(), "사이즈?", "그것도 모르세요? 직접 찾아보세요.", "ko", true),
        a(new RudeToneCheck(), "Size?", "Read the description, obviously.", "en", true),
        a(new RudeToneCheck(), "사이즈?", "불편을 드려 죄송합니다. 확인 후 안내드릴게요.", "ko", false),
        a(new PromptLeakCheck(), "?", "저는 Q&A 챗봇이라서 확정적인 답변을 하지 말라고 했어요.", "ko", true),
        a(new PromptLeakCheck(), "?", "제품 담당자가 정확한 답변을 하기 위해 시간이 필요합니다.", "ko", false),
        a(new ScriptMixingCheck(), "방수?", "확인 후 soon 답변드릴게요.", "ko", true),
        a(new ScriptMixingCheck(), "Galaxy S24 케이스?", "Galaxy S24 호환 여부 확인 후 답변드릴게요.", "ko", false),
        a(new ScriptMixingCheck(), "Waterproof?", "We will check шутка soon.", "en", true),
        a(new RepetitionCheck(), "?", "확인 확인 확인 확인 하겠습니다", "ko", true),
        a(new RepetitionCheck(), "?", "아니아니아니아니아니 확인할게요", "ko", true),
        a(new RepetitionCheck(), "?", "감사합니다! 확인 후 답변드리겠습니다. 감사합니다!", "ko", false),
        a(new GarbageCheck(), "?", "확인 후 답변\uFFFD 드립니다", "ko", true),
        a(new GarbageCheck(), "?", "확인 후<0x0A>답변", "ko", true),
        a(new GarbageCheck(), "?", "확인 후 답변드릴게요 ^^ 😊", "ko", false),
        a(new LanguageMismatchCheck(), "방수?", "We will check and reply soon.", "ko", true),
        a(new LanguageMismatchCheck(), "Waterproof?", "We will check and reply soon.", "en", false),
        a(new LanguageMismatchCheck(), "Waterproof?", "😊👍", "en", false));
  }

  private static Arguments a(Check check, String q, String reply, String lang, boolean fires) {
    return Arguments.of(check.getClass().getSimpleName(), check, q, reply, lang, fires);
  }

  @ParameterizedTest(name = "{0}: {3} -> {5}")
  @MethodSource("cases")
  void check(String name, Check check, String q, String reply, String lang, boolean fires) {
    List<ModerationReason> reasons =
        check.check(Subject.reply(reply, q, lang, null, Strictness.NORMAL));
    assertThat(!reasons.isEmpty()).as(reasons.toString()).isEqualTo(fires);
    for (ModerationReason r : reasons) {
      assertThat(r.start()).isBetween(0, reply.length());
      assertThat(r.end()).isBetween(r.start(), reply.length());
    }
  }
}
