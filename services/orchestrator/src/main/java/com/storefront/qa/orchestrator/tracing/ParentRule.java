package com.storefront.qa.orchestrator.tracing;

import io.opentelemetry.context.Context;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Record;

/** Chooses the parent of a record's processing span. */
@FunctionalInterface
public interface ParentRule {
  /** The record's own headers: continue the trace of whoever wrote it. */
  ParentRule FROM_HEADERS = (context, record, fromHeaders) -> Parent.of(fromHeaders);

  /**
   * @param context the processor's context (its state stores may be read)
   * @param fromHeaders the context the record's headers carry (root when none)
   */
  Parent parentOf(ProcessingContext context, Record<?, ?> record, Context fromHeaders);
}
