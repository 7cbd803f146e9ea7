package com.storefront.qa.orchestrator.errors;

import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * A stream thread died: replace it (under exactly-once its tasks resume from the last commit)
 * unless the error is fatal, in which case the client shuts down and the liveness check fails.
 */
public final class UncaughtErrors implements StreamsUncaughtExceptionHandler {
  private static final Logger LOG = Logger.getLogger(UncaughtErrors.class);

  @Override
  public StreamThreadExceptionResponse handle(Throwable exception) {
    ErrorClass errorClass = ErrorClass.of(exception);
    StreamThreadExceptionResponse response =
        errorClass == ErrorClass.FATAL
            ? StreamThreadExceptionResponse.SHUTDOWN_CLIENT
            : StreamThreadExceptionResponse.REPLACE_THREAD;
    LOG.errorf(exception, "stream thread failed (%s): %s", errorClass, response);
    ErrorCounter.count("thread", errorClass, response.name());
    return response;
  }
}
