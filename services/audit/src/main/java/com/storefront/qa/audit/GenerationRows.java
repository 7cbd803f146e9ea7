package com.storefront.qa.audit;

import static com.storefront.qa.audit.StoredText.clean;
import static com.storefront.qa.audit.StoredText.jsonb;

import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Rows of generation requests and results, for {@link RecordMapper}. */
final class GenerationRows {
  private GenerationRows() {}

  static AuditRow request(
      ConsumerRecord<byte[], byte[]> r, GenerationRequest g, UnaryOperator<String> maskText) {
    RecordMapper.require(g.requestId(), "requestId");
    RecordMapper.require(g.questionId(), "questionId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("request_id", clean(g.requestId()));
    v.put("question_id", clean(g.questionId()));
    v.put("shop_id", clean(g.shopId()));
    v.put("product_id", clean(g.productId()));
    v.put("product_name", clean(g.productName()));
    v.put("locale", clean(g.locale()));
    v.put("system_prompt", clean(g.systemPrompt()));
    v.put("user_message", maskText.apply(g.userMessage()));
    v.put("params", jsonb(g.params()));
    v.put("seed", g.seed());
    v.put("requested_at", g.requestedAt());
    v.put("deadline", g.deadline());
    return RecordMapper.row(AuditTable.GENERATION_REQUESTS, v, r);
  }

  static AuditRow result(ConsumerRecord<byte[], byte[]> r, GenerationResult g) {
    RecordMapper.require(g.requestId(), "requestId");
    RecordMapper.require(g.questionId(), "questionId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("request_id", clean(g.requestId()));
    v.put("question_id", clean(g.questionId()));
    v.put("shop_id", clean(g.shopId()));
    v.put("status", g.status() == null ? null : g.status().name());
    v.put("text", clean(g.text()));
    v.put("finish_reason", clean(g.finishReason()));
    v.put("model", clean(g.model()));
    v.put("model_revision", clean(g.modelRevision()));
    v.put("params", jsonb(g.params()));
    v.put("seed", g.seed());
    v.put("prompt_tokens", g.promptTokens());
    v.put("completion_tokens", g.completionTokens());
    v.put("latency_ms", g.latencyMs());
    v.put("mean_log_prob", finiteOrNull(g.meanLogProb()));
    v.put("error", clean(g.error()));
    v.put("worker_id", clean(g.workerId()));
    v.put("completed_at", g.completedAt());
    v.put("backend", clean(g.backend()));
    v.put("prompt_template_version", clean(g.promptTemplateVersion()));
    v.put("fallback_reason", clean(g.fallbackReason()));
    return RecordMapper.row(AuditTable.GENERATION_RESULTS, v, r);
  }

  private static Double finiteOrNull(Double d) {
    return d == null || d.isNaN() || d.isInfinite() ? null : d;
  }
}
