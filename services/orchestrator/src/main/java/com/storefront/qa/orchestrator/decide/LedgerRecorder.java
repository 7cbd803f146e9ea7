package com.storefront.qa.orchestrator.decide;

import com.storefront.qa.contracts.TraceHeaders;
import com.storefront.qa.orchestrator.route.Emit;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Sits on the topology's way out: every answer it sees raises the question's ledger revision, every
 * review task makes sure the question has a ledger (so a decision on a question whose customer got
 * no reply knows where to answer). Everything passes through unchanged, in the same transaction.
 * The first trace context seen on a question's answer or task is kept, for its staff revisions.
 */
public final class LedgerRecorder implements Processor<String, Emit, String, Emit> {
  private final String ledgerStoreName;
  private ProcessorContext<String, Emit> context;
  private KeyValueStore<String, AnswerLedger> ledgers;

  public LedgerRecorder(String ledgerStoreName) {
    this.ledgerStoreName = ledgerStoreName;
  }

  @Override
  public void init(ProcessorContext<String, Emit> context) {
    this.context = context;
    this.ledgers = context.getStateStore(ledgerStoreName);
  }

  @Override
  public void process(Record<String, Emit> record) {
    String trace = TraceHeaders.get(record.headers(), TraceHeaders.TRACEPARENT);
    switch (record.value()) {
      case Emit.Answer answer -> {
        AnswerLedger known = ledgers.get(answer.event().questionId());
        AnswerLedger next =
            known == null ? AnswerLedger.of(answer.event()) : known.published(answer.event());
        ledgers.put(answer.event().questionId(), next.traced(trace));
      }
      case Emit.Review review -> {
        AnswerLedger known = ledgers.get(review.event().questionId());
        if (known == null || (trace != null && known.traceparent() == null)) {
          AnswerLedger base = known == null ? AnswerLedger.of(review.event()) : known;
          ledgers.put(review.event().questionId(), base.traced(trace));
        }
      }
      case Emit.Moderation m -> {}
      case Emit.Request r -> {}
      case Emit.DeadLetter d -> {}
    }
    context.forward(record);
  }
}
