package com.storefront.qa.audit;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.ReviewAction;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.policy.ShopPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Sample events of every type, keyed by a question id. */
final class Events {
  static final Instant T0 = Instant.parse("2026-11-22T10:15:30Z");
  static final String PHONE = "010-1234-5678";

  private Events() {}

  static QuestionEvent question(String qid) {
    return new QuestionEvent(
        1,
        qid,
        "hanbit-market",
        "p-42",
        "2026 daily planner",
        "ko-KR",
        "이 다이어리에 공휴일이 표시되나요? 연락처 " + PHONE,
        T0,
        "cust-" + qid);
  }

  static GenerationRequest generationRequest(String qid) {
    return new GenerationRequest(
        1,
        qid + "#req",
        qid,
        "hanbit-market",
        "p-42",
        "2026 daily planner",
        "ko-KR",
        "You are a kind shop assistant.",
        "이 다이어리에 공휴일이 표시되나요? 연락처 [PHONE]",
        GenerationParams.defaults(),
        42L,
        T0,
        T0.plusSeconds(10));
  }

  static GenerationResult generationResult(String qid) {
    return new GenerationResult(
        1,
        qid + "#req",
        qid,
        "hanbit-market",
        GenerationStatus.COMPLETED,
        "문의 감사합니다. 담당자가 확인 후 답변드리겠습니다.",
        "STOP",
        "EXAONE-3.5-2.4B-Instruct",
        "main",
        GenerationParams.defaults(),
        42L,
        120,
        30,
        850L,
        -0.42,
        null,
        "worker-1",
        T0.plusSeconds(2),
        "in-process",
        "qa-prompt-2+chat:test",
        null);
  }

  static ModerationVerdict verdict(String qid, ModerationStage stage) {
    return new ModerationVerdict(
        1,
        ModerationVerdict.verdictId(qid, stage),
        qid,
        "hanbit-market",
        stage,
        Verdict.HOLD,
        List.of(new ModerationReason("PII_PHONE", "[PHONE]", 20, 33)),
        "연락처 [PHONE]",
        T0.plusSeconds(1));
  }

  static AnswerEvent answer(String qid, int revision) {
    return new AnswerEvent(
        1,
        qid,
        "hanbit-market",
        "p-42",
        AnswerEvent.answerId(qid, revision),
        revision,
        "확인 후 답변드리겠습니다.",
        "ko-KR",
        revision == 1 ? AnswerSource.FALLBACK : AnswerSource.STAFF,
        T0.plusSeconds(3 + revision),
        revision == 1 ? null : "staff-kim");
  }

  static ReviewTask reviewTask(String qid) {
    return new ReviewTask(
        1,
        qid + "#task",
        qid,
        "hanbit-market",
        "p-42",
        "ko-KR",
        "공휴일 표시되나요? " + PHONE,
        "네, 표시됩니다.",
        ModerationStage.OUTPUT,
        Verdict.HOLD,
        List.of(new ModerationReason("DEFINITIVE_CLAIM", "네, 표시됩니다", 0, 8)),
        AnswerEvent.answerId(qid, 1),
        T0.plusSeconds(3));
  }

  static ReviewDecision reviewDecision(String qid) {
    return new ReviewDecision(
        1,
        qid + "#decision",
        qid + "#task",
        qid,
        "hanbit-market",
        ReviewAction.EDIT,
        "확인해 보니 공휴일이 표시됩니다.",
        "staff-kim",
        T0.plusSeconds(60));
  }

  static ShopPolicy policy(String shopId, long timeoutMs) {
    return new ShopPolicy(shopId, true, Map.of("ko", "친절하게 답하세요."), null, null, timeoutMs, null);
  }
}
