package com.storefront.qa.orchestrator.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.io.File;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.Punctuator;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The context a traced processor sees: everything it forwards carries the current span's context in
 * its headers (any earlier trace headers replaced). A record forwarded outside a record's span (by
 * a punctuator) whose headers already hold a context gets a short span of its own, child of that
 * context. All else is the real context's.
 */
final class TracingContext<K, V> implements ProcessorContext<K, V> {
  private final ProcessorContext<K, V> real;
  private final Tracer tracer;
  private final HeaderPropagation propagation;
  private final String scheduledSpanName;

  TracingContext(
      ProcessorContext<K, V> real,
      Tracer tracer,
      HeaderPropagation propagation,
      String scheduledSpanName) {
    this.real = real;
    this.tracer = tracer;
    this.propagation = propagation;
    this.scheduledSpanName = scheduledSpanName;
  }

  @Override
  public <K1 extends K, V1 extends V> void forward(Record<K1, V1> record) {
    forward(record, null);
  }

  @Override
  public <K1 extends K, V1 extends V> void forward(Record<K1, V1> record, String childName) {
    Span current = Span.current();
    if (current.getSpanContext().isValid()) {
      if (record.key() instanceof String questionId) {
        current.setAttribute(TracedProcessor.QUESTION_ID, questionId);
      }
      send(record.withHeaders(propagation.inject(Context.current(), record.headers())), childName);
      return;
    }
    Context parent = propagation.extract(record.headers());
    if (scheduledSpanName == null || !Span.fromContext(parent).getSpanContext().isValid()) {
      send(record, childName);
      return;
    }
    var builder = tracer.spanBuilder(scheduledSpanName).setParent(parent);
    if (record.key() instanceof String questionId) {
      builder.setAttribute(TracedProcessor.QUESTION_ID, questionId);
    }
    Span span = builder.startSpan();
    try (Scope ignored = span.makeCurrent()) {
      send(record.withHeaders(propagation.inject(Context.current(), record.headers())), childName);
    } finally {
      span.end();
    }
  }

  private <K1 extends K, V1 extends V> void send(Record<K1, V1> record, String childName) {
    if (childName == null) {
      real.forward(record);
    } else {
      real.forward(record, childName);
    }
  }

  @Override
  public String applicationId() {
    return real.applicationId();
  }

  @Override
  public TaskId taskId() {
    return real.taskId();
  }

  @Override
  public Optional<RecordMetadata> recordMetadata() {
    return real.recordMetadata();
  }

  @Override
  public Serde<?> keySerde() {
    return real.keySerde();
  }

  @Override
  public Serde<?> valueSerde() {
    return real.valueSerde();
  }

  @Override
  public File stateDir() {
    return real.stateDir();
  }

  @Override
  public StreamsMetrics metrics() {
    return real.metrics();
  }

  @Override
  public <S extends StateStore> S getStateStore(String name) {
    return real.getStateStore(name);
  }

  @Override
  public Cancellable schedule(Duration interval, PunctuationType type, Punctuator callback) {
    return real.schedule(interval, type, callback);
  }

  @Override
  public void commit() {
    real.commit();
  }

  @Override
  public Map<String, Object> appConfigs() {
    return real.appConfigs();
  }

  @Override
  public Map<String, Object> appConfigsWithPrefix(String prefix) {
    return real.appConfigsWithPrefix(prefix);
  }

  @Override
  public long currentSystemTimeMs() {
    return real.currentSystemTimeMs();
  }

  @Override
  public long currentStreamTimeMs() {
    return real.currentStreamTimeMs();
  }
}
