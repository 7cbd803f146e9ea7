package com.storefront.qa.orchestrator.errors;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.jboss.logging.Logger;

/**
 * Decides what a failed send does: retriable errors are retried, an error caused by the record
 * itself (too large, unserialisable) skips that record with an error log, and anything else fails
 * the stream thread, which the uncaught-exception handler then replaces or stops.
 */
public final class ProductionErrors implements ProductionExceptionHandler {
  private static final Logger LOG = Logger.getLogger(ProductionErrors.class);

  @Override
  public ProductionExceptionHandlerResponse handle(
      ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
    ErrorClass errorClass = ErrorClass.of(exception);
    ProductionExceptionHandlerResponse response =
        switch (errorClass) {
          case RETRIABLE -> ProductionExceptionHandlerResponse.RETRY;
          case RECORD -> ProductionExceptionHandlerResponse.CONTINUE;
          case FATAL, UNKNOWN -> ProductionExceptionHandlerResponse.FAIL;
        };
    LOG.errorf(
        "could not send a record to %s (%s, %s): %s",
        record.topic(), exception.getClass().getName(), errorClass, response);
    ErrorCounter.count("production", errorClass, response.name());
    return response;
  }

  @Override
  public ProductionExceptionHandlerResponse handleSerializationException(
      ErrorHandlerContext context,
      ProducerRecord record,
      Exception exception,
      SerializationExceptionOrigin origin) {
    LOG.errorf(
        "could not serialise a record for %s (%s of %s): skipped",
        record.topic(), exception.getClass().getName(), origin);
    ErrorCounter.count("serialization", ErrorClass.RECORD, "CONTINUE");
    return ProductionExceptionHandlerResponse.CONTINUE;
  }

  @Override
  public void configure(Map<String, ?> configs) {}
}
