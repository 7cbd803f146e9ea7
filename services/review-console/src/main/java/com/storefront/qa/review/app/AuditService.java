package com.storefront.qa.review.app;

import com.storefront.qa.audit.AuditRepository;
import com.storefront.qa.audit.AuditSettings;
import com.storefront.qa.audit.AuditWriter;
import com.storefront.qa.audit.CustomerRefHasher;
import com.storefront.qa.audit.Masker;
import com.storefront.qa.audit.RecordMapper;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.review.model.ReviewFeed;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Owns the audit writer's thread: starts it when the application has started (after Flyway has
 * migrated the schema) and stops it on shutdown. The writer feeds the review items ({@link
 * ReviewFeed}) in its own transactions.
 */
@ApplicationScoped
public class AuditService {
  private static final Logger LOG = Logger.getLogger(AuditService.class);

  @Inject AuditConfig config;
  @Inject DataSource dataSource;
  @Inject Masker masker;
  @Inject MeterRegistry registry;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private volatile AuditWriter writer;

  void onStart(@Observes StartupEvent event) {
    if (!config.enabled()) {
      LOG.info("audit writer disabled (qa.audit.enabled=false)");
      return;
    }
    AuditSettings settings = settings(config);
    CustomerRefHasher customerRefs = customerRefHasher(config);
    Properties props = new Properties();
    props.putAll(config.consumer());
    props.put("bootstrap.servers", bootstrapServers);
    writer =
        new AuditWriter(
                props,
                settings,
                new RecordMapper(masker, customerRefs),
                new AuditRepository(dataSource, new ReviewFeed()),
                registry)
            .start();
  }

  void onStop(@Observes ShutdownEvent event) {
    AuditWriter w = writer;
    if (w != null) {
      w.stop(Duration.ofSeconds(10));
    }
  }

  /** The writer, or null when disabled. */
  public AuditWriter writer() {
    return writer;
  }

  public boolean enabled() {
    return config.enabled();
  }

  /** Validated settings; a bad value fails start-up with the offending keys named. */
  static AuditSettings settings(AuditConfig config) {
    try {
      return new AuditSettings(
          config.groupId(),
          Topics.ALL,
          config.pollTimeout(),
          config.maxBatch(),
          config.backoff().initial(),
          config.backoff().max());
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  /** The customer-reference hasher; a missing or short key fails start-up naming the key. */
  static CustomerRefHasher customerRefHasher(AuditConfig config) {
    try {
      return CustomerRefHasher.create(
          config.customerRefKeyId(), config.customerRefKey().orElse(null));
    } catch (IllegalArgumentException e) {
      throw invalid(e);
    }
  }

  private static ConfigValidationException invalid(IllegalArgumentException e) {
    return new ConfigValidationException(
        new ConfigValidationException.Problem[] {
          new ConfigValidationException.Problem(e.getMessage())
        });
  }
}
