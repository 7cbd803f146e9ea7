package com.storefront.qa.orchestrator.support;

import com.storefront.qa.testkit.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.util.Map;

/** A real in-process broker with the system topics, for @QuarkusTest runs of the whole app. */
public final class BrokerResource implements QuarkusTestResourceLifecycleManager {
  private KafkaBroker broker;

  @Override
  public Map<String, String> start() {
    QuietLogs.apply();
    broker = KafkaBroker.start();
    broker.createSystemTopics(2);
    try {
      return Map.of(
          "kafka.bootstrap.servers", broker.bootstrapServers(),
          "quarkus.kafka-streams.bootstrap-servers", broker.bootstrapServers(),
          "kafka-streams.state.dir", Files.createTempDirectory("qa-app-state").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
  }
}
