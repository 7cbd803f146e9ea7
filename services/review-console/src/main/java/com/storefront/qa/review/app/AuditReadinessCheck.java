package com.storefront.qa.review.app;

import com.storefront.qa.audit.AuditWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the audit writer: UP while its thread runs and its last batch succeeded; DOWN while
 * it retries a failed batch (the audit is lagging: typically PostgreSQL is away) or when its thread
 * has died. The database itself is covered by the datasource's own readiness check.
 */
@Readiness
@ApplicationScoped
public class AuditReadinessCheck implements HealthCheck {
  @Inject AuditService service;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("audit-writer");
    if (!service.enabled()) {
      return b.up().withData("state", "DISABLED").build();
    }
    AuditWriter w = service.writer();
    if (w == null) {
      return b.down().withData("state", "NOT_STARTED").build();
    }
    AuditWriter.State state = w.state();
    b.withData("state", state.name())
        .withData("lag", w.lag())
        .withData("consecutiveFailures", w.consecutiveFailures())
        .withData("recordsAudited", w.recordsAudited());
    if (w.lastError() != null) {
      b.withData("lastError", w.lastError());
    }
    boolean up =
        w.isAlive() && (state == AuditWriter.State.RUNNING || state == AuditWriter.State.STARTING);
    return (up ? b.up() : b.down()).build();
  }
}
