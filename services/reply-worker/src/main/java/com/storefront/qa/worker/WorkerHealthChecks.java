package com.storefront.qa.worker;

import com.storefront.qa.llm.api.ModelInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * Startup: DOWN while the model loads and warms up (minutes for a real checkpoint), so a Kubernetes
 * startupProbe holds the liveness probe back until then; UP once start-up is over, ready or failed
 * (a failed start is then restarted by liveness at once, not after the whole startup budget).
 * Readiness: UP once the model is loaded, the warm-up generation succeeded and the Kafka loop is
 * running. Liveness: UP unless start-up failed or the loop died (then a restart is the fix).
 */
@ApplicationScoped
public class WorkerHealthChecks {

  @Produces
  @Startup
  HealthCheck started(WorkerLifecycle lifecycle) {
    return () -> {
      WorkerLifecycle.Phase phase = lifecycle.phase();
      return HealthCheckResponse.named("reply-worker-started")
          .status(startUpOver(phase))
          .withData("phase", phase.name())
          .build();
    };
  }

  /** Whether start-up has ended, one way or the other. */
  static boolean startUpOver(WorkerLifecycle.Phase phase) {
    return switch (phase) {
      case STARTING, LOADING_MODEL, WARMING_UP -> false;
      case READY, FAILED, STOPPING, STOPPED -> true;
    };
  }

  @Produces
  @Readiness
  HealthCheck readiness(WorkerLifecycle lifecycle) {
    return () -> {
      WorkerLifecycle.Phase phase = lifecycle.phase();
      GenerationLoop loop = lifecycle.loop();
      boolean up = phase == WorkerLifecycle.Phase.READY && loop != null && loop.isRunning();
      HealthCheckResponseBuilder b =
          HealthCheckResponse.named("reply-worker-model")
              .status(up)
              .withData("phase", phase.name());
      ModelInfo info = lifecycle.modelInfo();
      if (info != null) {
        b.withData("model", info.name())
            .withData("revision", info.revision())
            .withData("device", info.device())
            .withData("dtype", info.dtype());
      }
      if (loop != null) {
        b.withData("loop", loop.state().name());
      }
      if (lifecycle.workerId() != null) {
        b.withData("workerId", lifecycle.workerId());
      }
      return b.build();
    };
  }

  @Produces
  @Liveness
  HealthCheck liveness(WorkerLifecycle lifecycle) {
    return () -> {
      WorkerLifecycle.Phase phase = lifecycle.phase();
      GenerationLoop loop = lifecycle.loop();
      boolean loopDied = loop != null && loop.state() == GenerationLoop.State.FAILED;
      boolean up = phase != WorkerLifecycle.Phase.FAILED && !loopDied;
      HealthCheckResponseBuilder b =
          HealthCheckResponse.named("reply-worker").status(up).withData("phase", phase.name());
      if (lifecycle.failure() != null) {
        b.withData("error", lifecycle.failure());
      }
      if (loopDied && loop.failure() != null) {
        b.withData("error", ErrorClassifier.describe(loop.failure()));
      }
      return b.build();
    };
  }
}
