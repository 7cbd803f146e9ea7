package com.storefront.qa.orchestrator.errors;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.jboss.logging.Logger;

/**
 * Logs (where, never the payload) and skips a record the source serdes cannot read. The question
 * source reads raw bytes and validates them itself, so this only guards the other sources.
 */
public final class DeserializationErrors implements DeserializationExceptionHandler {
  private static final Logger LOG = Logger.getLogger(DeserializationErrors.class);

  @Override
  public DeserializationHandlerResponse handle(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    LOG.errorf(
        "skipped unreadable record %s-%d@%d (%s)",
        record.topic(), record.partition(), record.offset(), exception.getClass().getName());
    ErrorCounter.count("deserialization", ErrorClass.of(exception), "CONTINUE");
    return DeserializationHandlerResponse.CONTINUE;
  }

  @Override
  public void configure(Map<String, ?> configs) {}
}
