package com.storefront.qa.review.tracing;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's {@link DecisionTracing}: off unless {@code quarkus.otel.sdk.disabled=false}
 * (QUARKUS_OTEL_SDK_DISABLED); spans go to {@code quarkus.otel.exporter.otlp.endpoint}.
 */
@ApplicationScoped
public class TracingBeans {
  @Produces
  @Singleton
  DecisionTracing tracing(
      Instance<OpenTelemetry> otel,
      @ConfigProperty(name = "quarkus.otel.enabled", defaultValue = "true") boolean extensionOn,
      @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "true")
          boolean sdkDisabled) {
    if (!extensionOn || sdkDisabled || !otel.isResolvable()) {
      return DecisionTracing.off();
    }
    return DecisionTracing.of(otel.get());
  }
}
