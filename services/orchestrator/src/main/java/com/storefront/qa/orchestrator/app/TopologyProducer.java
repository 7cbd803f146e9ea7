package com.storefront.qa.orchestrator.app;

import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.errors.UncaughtErrors;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.tracing.QaTracing;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.jboss.logging.Logger;

/**
 * Hands the topology (and its uncaught-exception policy) to the Quarkus Kafka Streams extension.
 */
@ApplicationScoped
public class TopologyProducer {
  private static final Logger LOG = Logger.getLogger(TopologyProducer.class);

  @Produces
  @Singleton
  QaSettings settings(QaConfig config) {
    try {
      return config.toSettings();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("invalid orchestrator configuration: " + e.getMessage(), e);
    }
  }

  @Produces
  @Singleton
  Moderator moderator() {
    return new Moderator();
  }

  @Produces
  @Singleton
  QaMetrics metrics(MeterRegistry registry) {
    return new QaMetrics(registry);
  }

  @Produces
  @Singleton
  Topology topology(
      QaSettings settings, Moderator moderator, QaMetrics metrics, QaTracing tracing) {
    LOG.infof(
        "qa-orchestrator topology: generation enabled by default=%s, dedupe retention=%s,"
            + " deadline check every %s",
        settings.generationEnabledByDefault(),
        settings.dedupeRetention(),
        settings.deadlineCheckInterval());
    return QaTopology.build(settings, moderator, Clock.systemUTC(), metrics, tracing);
  }

  @Produces
  @Singleton
  StreamsUncaughtExceptionHandler uncaughtExceptionHandler() {
    return new UncaughtErrors();
  }
}
