package com.storefront.qa.orchestrator.tracing;

import io.opentelemetry.api.OpenTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The orchestrator's {@link QaTracing} from the Quarkus OpenTelemetry extension: off (nothing
 * wrapped, no header written) unless {@code quarkus.otel.sdk.disabled=false}
 * (QUARKUS_OTEL_SDK_DISABLED); spans go to {@code quarkus.otel.exporter.otlp.endpoint}.
 */
@ApplicationScoped
public class TracingBeans {
  private static final Logger LOG = Logger.getLogger(TracingBeans.class);

  @Produces
  @Singleton
  QaTracing tracing(
      Instance<OpenTelemetry> otel,
      @ConfigProperty(name = "quarkus.otel.enabled", defaultValue = "true") boolean extensionOn,
      @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "true")
          boolean sdkDisabled) {
    if (!extensionOn || sdkDisabled || !otel.isResolvable()) {
      return QaTracing.off();
    }
    LOG.info("tracing on: a span per question at intake, routing, results and decisions");
    return QaTracing.of(otel.get());
  }
}
