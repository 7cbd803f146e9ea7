package com.storefront.qa.orchestrator.errors;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.jboss.logging.Logger;

/**
 * An exception thrown while processing one record: a record-specific or unknown error skips the
 * record (so one odd input cannot stop the pipeline in a crash loop), while retriable and fatal
 * errors fail the thread, so the task restarts from its last commit or the instance stops.
 */
public final class ProcessingErrors implements ProcessingExceptionHandler {
  private static final Logger LOG = Logger.getLogger(ProcessingErrors.class);

  @Override
  public ProcessingHandlerResponse handle(
      ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    ErrorClass errorClass = ErrorClass.of(exception);
    ProcessingHandlerResponse response =
        switch (errorClass) {
          case RECORD, UNKNOWN -> ProcessingHandlerResponse.CONTINUE;
          case RETRIABLE, FATAL -> ProcessingHandlerResponse.FAIL;
        };
    LOG.errorf(
        exception,
        "processor %s failed on record %s-%d@%d (key %s, %s): %s",
        context.processorNodeId(),
        context.topic(),
        context.partition(),
        context.offset(),
        record.key() instanceof String key ? key : "-",
        errorClass,
        response);
    ErrorCounter.count("processing", errorClass, response.name());
    return response;
  }

  @Override
  public void configure(Map<String, ?> configs) {}
}
