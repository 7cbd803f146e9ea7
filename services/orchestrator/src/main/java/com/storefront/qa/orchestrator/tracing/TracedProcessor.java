package com.storefront.qa.orchestrator.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Runs a processor inside one span per record: parent chosen by a {@link ParentRule} (usually the
 * record's own trace headers), the span current while the processor runs, so that {@link
 * TracingContext} writes its context on everything forwarded. The processor itself knows nothing of
 * tracing.
 */
final class TracedProcessor<KI, VI, KO, VO> implements Processor<KI, VI, KO, VO> {
  static final String QUESTION_ID = "qa.question.id";

  private final Processor<KI, VI, KO, VO> inner;
  private final Tracer tracer;
  private final HeaderPropagation propagation;
  private final QaTracing.SpanNames names;
  private final ParentRule rule;
  private ProcessorContext<KO, VO> context;

  TracedProcessor(
      Processor<KI, VI, KO, VO> inner,
      Tracer tracer,
      HeaderPropagation propagation,
      QaTracing.SpanNames names,
      ParentRule rule) {
    this.inner = inner;
    this.tracer = tracer;
    this.propagation = propagation;
    this.names = names;
    this.rule = rule;
  }

  @Override
  public void init(ProcessorContext<KO, VO> context) {
    this.context = context;
    inner.init(new TracingContext<>(context, tracer, propagation, names.scheduled()));
  }

  @Override
  public void process(Record<KI, VI> record) {
    Parent parent = rule.parentOf(context, record, propagation.extract(record.headers()));
    SpanBuilder builder =
        tracer
            .spanBuilder(names.process())
            .setSpanKind(SpanKind.CONSUMER)
            .setParent(parent.context())
            .setAttribute("messaging.system", "kafka");
    if (parent.link() != null && parent.link().isValid()) {
      builder.addLink(parent.link());
    }
    context
        .recordMetadata()
        .ifPresent(
            m ->
                builder
                    .setAttribute("messaging.destination.name", m.topic())
                    .setAttribute("messaging.destination.partition.id", "" + m.partition())
                    .setAttribute("messaging.kafka.offset", m.offset()));
    if (record.key() instanceof String questionId) {
      builder.setAttribute(QUESTION_ID, questionId);
    }
    Span span = builder.startSpan();
    try (Scope ignored = span.makeCurrent()) {
      inner.process(record);
    } catch (RuntimeException e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      span.end();
    }
  }

  @Override
  public void close() {
    inner.close();
  }
}
