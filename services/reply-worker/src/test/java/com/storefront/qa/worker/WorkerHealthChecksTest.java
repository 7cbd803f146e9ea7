package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.PathConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Before the model is loaded and warmed up the worker is alive but not ready. */
class WorkerHealthChecksTest {

  @Test
  void notReadyButAliveBeforeStartUpFinished() {
    WorkerConfig config =
        new SmallRyeConfigBuilder()
            .withMapping(WorkerConfig.class)
            .withConverter(Duration.class, 200, new DurationConverter())
            .withConverter(Path.class, 200, new PathConverter())
            .withSources(new PropertiesConfigSource(Map.of(), "test", 100))
            .build()
            .getConfigMapping(WorkerConfig.class);
    WorkerLifecycle lifecycle = new WorkerLifecycle(config, new SimpleMeterRegistry(), null);
    WorkerHealthChecks checks = new WorkerHealthChecks();

    HealthCheckResponse ready = checks.readiness(lifecycle).call();
    HealthCheckResponse live = checks.liveness(lifecycle).call();

    assertThat(lifecycle.phase()).isEqualTo(WorkerLifecycle.Phase.STARTING);
    assertThat(ready.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(ready.getData()).get().extracting(d -> d.get("phase")).isEqualTo("STARTING");
    assertThat(live.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
  }
}
