package com.storefront.qa.orchestrator.errors;

import io.micrometer.core.instrument.Metrics;

/**
 * Counts handled errors in Micrometer's global registry: Kafka Streams instantiates the handlers by
 * class name, outside CDI, and Quarkus adds its Prometheus registry to the global one.
 */
final class ErrorCounter {
  static void count(String stage, ErrorClass errorClass, String action) {
    Metrics.globalRegistry
        .counter("qa.stream.errors", "stage", stage, "class", errorClass.name(), "action", action)
        .increment();
  }

  private ErrorCounter() {}
}
