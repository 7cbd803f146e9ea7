package com.storefront.qa.orchestrator.route;

import com.storefront.qa.contracts.TraceHeaders;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.OutputCheck;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Finishes pending questions. A generation result for a pending question is moderated and becomes
 * the MODEL answer, or (held, blocked, failed) the acknowledgement plus a review task. A wall-clock
 * punctuator acknowledges pending questions past their deadline. Whatever finishes a question first
 * removes it from the pending store, in the same transaction as its answer, so a later result finds
 * nothing and is ignored: one revision-1 answer per question.
 */
public final class ResultHandler implements Processor<String, byte[], String, Emit> {
  private static final Logger LOG = Logger.getLogger(ResultHandler.class);

  private final String pendingStoreName;
  private final Duration checkInterval;
  private final Moderator moderator;
  private final Clock clock;
  private final QaMetrics metrics;
  private ProcessorContext<String, Emit> context;
  private KeyValueStore<String, Ticket> pending;

  public ResultHandler(
      String pendingStoreName,
      Duration checkInterval,
      Moderator moderator,
      Clock clock,
      QaMetrics metrics) {
    this.pendingStoreName = pendingStoreName;
    this.checkInterval = checkInterval;
    this.moderator = moderator;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Emit> context) {
    this.context = context;
    this.pending = context.getStateStore(pendingStoreName);
    context.schedule(checkInterval, PunctuationType.WALL_CLOCK_TIME, ignored -> expireOverdue());
  }

  @Override
  public void process(Record<String, byte[]> record) {
    GenerationResult result = read(record);
    if (result == null) {
      return;
    }
    String questionId = record.key() != null ? record.key() : result.questionId();
    Ticket ticket = questionId == null ? null : pending.get(questionId);
    if (ticket == null || !Objects.equals(ticket.requestId(), result.requestId())) {
      metrics.lateResult();
      LOG.debugf(
          "ignored generation result %s for question %s: nothing pending (already answered)",
          result.requestId(), questionId);
      return;
    }
    pending.delete(questionId);
    Instant now = clock.instant();
    long timestamp = record.timestamp();

    if (result.status() != GenerationStatus.COMPLETED
        || result.text() == null
        || result.text().isBlank()) {
      LOG.infof(
          "generation %s for question %s failed (%s): acknowledged",
          result.requestId(), questionId, result.finishReason());
      emit(questionId, new Emit.Answer(ticket.fallbackAnswer(now)), timestamp);
      return;
    }

    OutputCheck output = checkReply(ticket, result);
    metrics.verdict(ModerationStage.OUTPUT, output.verdict());
    emit(
        questionId,
        new Emit.Moderation(
            ticket.verdict(
                ModerationStage.OUTPUT, output.verdict(), output.reasons(), result.text(), now)),
        timestamp);
    if (output.verdict() == Verdict.PUBLISH) {
      emit(questionId, new Emit.Answer(ticket.modelAnswer(result.text(), now)), timestamp);
      return;
    }
    boolean fallback = ticket.moderation() == null || ticket.moderation().fallbackOnHold();
    LOG.infof(
        "reply for question %s held (%s %s): %s",
        questionId,
        output.verdict(),
        QuestionRouter.codes(output.reasons()),
        fallback ? "acknowledged, sent to review" : "sent to review");
    if (fallback) {
      emit(questionId, new Emit.Answer(ticket.fallbackAnswer(now)), timestamp);
    }
    emit(
        questionId,
        new Emit.Review(
            ticket.reviewTask(
                ModerationStage.OUTPUT,
                output.verdict(),
                output.reasons(),
                result.text(),
                fallback,
                now)),
        timestamp);
  }

  private GenerationResult read(Record<String, byte[]> record) {
    if (record.value() == null) {
      metrics.unreadableResult();
      return null;
    }
    try {
      return Json.MAPPER.readValue(record.value(), GenerationResult.class);
    } catch (IOException | RuntimeException e) {
      metrics.unreadableResult();
      LOG.warnf(
          "unreadable generation result for question %s ignored (%s); its deadline still applies",
          record.key(), e.getClass().getSimpleName());
      return null;
    }
  }

  private OutputCheck checkReply(Ticket ticket, GenerationResult result) {
    try {
      return moderator.checkReply(
          ticket.maskedQuestion(),
          result.text(),
          ticket.language(),
          result.meanLogProb(),
          ticket.moderation());
    } catch (RuntimeException e) {
      metrics.moderationError(ModerationStage.OUTPUT);
      LOG.errorf(
          "output moderation failed for question %s (%s); holding the reply",
          ticket.questionId(), e.getClass().getName());
      return new OutputCheck(
          Verdict.HOLD, List.of(new ModerationReason(QuestionRouter.MODERATION_ERROR, "", 0, 0)));
    }
  }

  private void expireOverdue() {
    Instant now = clock.instant();
    List<Ticket> overdue = new ArrayList<>();
    try (KeyValueIterator<String, Ticket> all = pending.all()) {
      while (all.hasNext()) {
        KeyValue<String, Ticket> entry = all.next();
        if (entry.value != null && !entry.value.deadline().isAfter(now)) {
          overdue.add(entry.value);
        }
      }
    }
    for (Ticket ticket : overdue) {
      pending.delete(ticket.questionId());
      metrics.deadlineExpired();
      LOG.infof("no reply for question %s by its deadline: acknowledged", ticket.questionId());
      // The question's trace context, so that a tracing context can continue its trace.
      Headers headers = new RecordHeaders();
      if (ticket.traceparent() != null) {
        TraceHeaders.set(headers, TraceHeaders.TRACEPARENT, ticket.traceparent());
      }
      context.forward(
          new Record<>(
              ticket.questionId(),
              new Emit.Answer(ticket.fallbackAnswer(now)),
              now.toEpochMilli(),
              headers));
    }
  }

  private void emit(String questionId, Emit emit, long timestamp) {
    context.forward(new Record<>(questionId, emit, timestamp));
  }
}
