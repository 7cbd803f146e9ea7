package com.storefront.qa.orchestrator.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ReviewAction;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.support.Harness;
import com.storefront.qa.orchestrator.support.Questions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Staff decisions become exactly one revision each, numbered by the orchestrator. */
class DecisionsTest {
  private static final String DRAFT = "문의해 주셔서 감사합니다. 담당자가 확인한 후 정확한 답변을 드리겠습니다. 조금만 기다려 주세요.";
  private static final String FOLLOW_UP = "네, 2027년 공휴일이 모두 표시되어 있습니다.";

  private static Harness heldDraft(boolean fallbackOnHold) {
    Harness h = new Harness(QaSettings.defaults().withGenerationEnabledByDefault(true));
    h.publishPolicy(
        "shop-r",
        "{\"shopId\":\"shop-r\",\"moderation\":{\"autoPublish\":false,\"fallbackOnHold\":"
            + fallbackOnHold
            + ",\"holdReasons\":[],\"strictness\":\"NORMAL\"}}");
    h.ask("q-1", "shop-r", "ko-KR", Questions.KO_TEXT);
    h.reply(Questions.completed("q-1", DRAFT, -0.3));
    return h;
  }

  private static ReviewDecision decision(String id, ReviewAction action, String text) {
    return new ReviewDecision(
        1, id, "q-1#output", "q-1", "shop-r", action, text, "mina@shop-r", Instant.EPOCH);
  }

  @Test
  void anApprovedDraftBecomesRevisionTwoFromStaffOnceHoweverOftenTheDecisionIsSent() {
    try (Harness h = heldDraft(true)) {
      assertThat(h.answers.readValue().source()).isEqualTo(AnswerSource.FALLBACK);

      ReviewDecision approve = decision("d-1", ReviewAction.APPROVE, DRAFT);
      h.decide(approve);
      h.decide(approve);
      h.decide(approve);

      List<AnswerEvent> revisions = h.answers.readValuesToList();
      assertThat(revisions).hasSize(1);
      AnswerEvent staff = revisions.get(0);
      assertThat(staff.revision()).isEqualTo(2);
      assertThat(staff.answerId()).isEqualTo("q-1#r2");
      assertThat(staff.source()).isEqualTo(AnswerSource.STAFF);
      assertThat(staff.reviewer()).isEqualTo("mina@shop-r");
      assertThat(staff.text()).isEqualTo(DRAFT);
      assertThat(staff.locale()).isEqualTo("ko-KR");
      assertThat(staff.productId()).isEqualTo("p-42");
      assertThat(h.metrics.count("qa.decisions", "action", "APPROVE", "outcome", "duplicate"))
          .isEqualTo(2);
    }
  }

  @Test
  void eachNewDecisionIsTheNextRevision() {
    try (Harness h = heldDraft(true)) {
      h.answers.readValue();
      h.decide(decision("d-1", ReviewAction.EDIT, "확인 후 다시 안내드리겠습니다."));
      h.decide(decision("d-2", ReviewAction.ANSWER, FOLLOW_UP));
      h.decide(decision("d-1", ReviewAction.EDIT, "확인 후 다시 안내드리겠습니다."));

      assertThat(h.answers.readValuesToList())
          .extracting(a -> a.revision() + ":" + a.text())
          .containsExactly("2:확인 후 다시 안내드리겠습니다.", "3:" + FOLLOW_UP);
    }
  }

  @Test
  void aRejectKeepsTheAcknowledgementTheCustomerHas() {
    try (Harness h = heldDraft(true)) {
      h.answers.readValue();
      h.decide(decision("d-1", ReviewAction.REJECT, null));

      assertThat(h.answers.isEmpty()).isTrue();
      assertThat(h.metrics.count("qa.decisions", "action", "REJECT", "outcome", "no_change"))
          .isEqualTo(1);
    }
  }

  @Test
  void whenTheCustomerHadNoReplyARejectPublishesTheAcknowledgementAsRevisionOne() {
    try (Harness h = heldDraft(false)) {
      assertThat(h.answers.isEmpty()).isTrue();
      h.decide(decision("d-1", ReviewAction.REJECT, null));

      AnswerEvent ack = h.answers.readValue();
      assertThat(ack.revision()).isEqualTo(1);
      assertThat(ack.source()).isEqualTo(AnswerSource.FALLBACK);
      assertThat(ack.text()).isEqualTo(DefaultPolicy.ACKNOWLEDGEMENTS.get("ko"));
      assertThat(ack.locale()).isEqualTo("ko-KR");
    }
  }

  @Test
  void whenTheCustomerHadNoReplyAnApprovalIsRevisionOne() {
    try (Harness h = heldDraft(false)) {
      h.decide(decision("d-1", ReviewAction.APPROVE, DRAFT));

      AnswerEvent staff = h.answers.readValue();
      assertThat(staff.revision()).isEqualTo(1);
      assertThat(staff.source()).isEqualTo(AnswerSource.STAFF);
    }
  }

  @Test
  void theFollowUpToAnAutoAnsweredQuestionIsRevisionTwo() {
    try (Harness h = new Harness(QaSettings.defaults())) {
      h.ask("q-1", "shop-r", "ko-KR", Questions.KO_TEXT);
      assertThat(h.answers.readValue().revision()).isEqualTo(1);

      h.decide(decision("d-9", ReviewAction.ANSWER, FOLLOW_UP));

      AnswerEvent followUp = h.answers.readValue();
      assertThat(followUp.revision()).isEqualTo(2);
      assertThat(followUp.text()).isEqualTo(FOLLOW_UP);
    }
  }

  @Test
  void aDecisionWithoutTextOrReviewerIsNotAppliedAndAFixedRetryIs() {
    try (Harness h = heldDraft(true)) {
      h.answers.readValue();
      h.decide(decision("d-1", ReviewAction.EDIT, " \u0000 "));
      h.decide(
          new ReviewDecision(
              1,
              "d-2",
              "q-1#output",
              "q-1",
              "shop-r",
              ReviewAction.EDIT,
              "ok",
              " ",
              Instant.EPOCH));
      assertThat(h.answers.isEmpty()).isTrue();
      assertThat(h.metrics.count("qa.decisions", "action", "EDIT", "outcome", "invalid"))
          .isEqualTo(2);

      h.decide(decision("d-1", ReviewAction.EDIT, "확인 후 안내드리겠습니다."));
      assertThat(h.answers.readValue().revision()).isEqualTo(2);
    }
  }

  @Test
  void unreadableDecisionRecordsAreSkippedAndCounted() {
    try (Harness h = heldDraft(true)) {
      h.answers.readValue();
      h.decisions.pipeInput("q-1", "not json".getBytes(StandardCharsets.UTF_8));
      h.decisions.pipeInput("q-1", "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8));
      h.decide(decision("d-1", ReviewAction.APPROVE, DRAFT));

      assertThat(h.metrics.count("qa.decisions.unreadable")).isEqualTo(2);
      assertThat(h.answers.readValue().revision()).isEqualTo(2);
    }
  }
}
