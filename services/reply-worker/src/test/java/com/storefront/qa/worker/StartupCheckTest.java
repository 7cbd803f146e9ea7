package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupCheckTest {
  @Test
  void startUpIsOverOnlyOnceTheModelIsReadyOrTheStartFailed() {
    assertThat(WorkerHealthChecks.startUpOver(WorkerLifecycle.Phase.STARTING)).isFalse();
    assertThat(WorkerHealthChecks.startUpOver(WorkerLifecycle.Phase.LOADING_MODEL)).isFalse();
    assertThat(WorkerHealthChecks.startUpOver(WorkerLifecycle.Phase.WARMING_UP)).isFalse();
    assertThat(WorkerHealthChecks.startUpOver(WorkerLifecycle.Phase.READY)).isTrue();
    assertThat(WorkerHealthChecks.startUpOver(WorkerLifecycle.Phase.FAILED)).isTrue();
  }
}
