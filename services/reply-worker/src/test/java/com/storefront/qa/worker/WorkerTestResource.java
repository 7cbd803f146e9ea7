package com.storefront.qa.worker;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.testkit.KafkaBroker;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real parts for the application test: an in-process KRaft broker with the system topics, and a
 * tiny Qwen2-layout checkpoint written by the llm module (the same setting that selects a real
 * Qwen2.5 folder in production).
 */
public class WorkerTestResource implements QuarkusTestResourceLifecycleManager {
  static volatile KafkaBroker broker;
  private Path dir;

  @Override
  public Map<String, String> start() {
    broker = KafkaBroker.start();
    broker.createSystemTopics(3);
    broker.awaitLeaders(Topics.ALL);
    try {
      dir = Files.createTempDirectory("reply-worker-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path model = Fixtures.tinyModel(dir.resolve("tiny-qwen2"), "qwen2");
    return Map.of(
        "qa.worker.model-dir", model.toString(),
        "qa.worker.kafka.bootstrap-servers", broker.bootstrapServers(),
        "qa.worker.worker-id", "quarkus-test",
        "qa.worker.max-batch", "4",
        "qa.worker.shutdown-grace", "5s");
  }

  @Override
  public void stop() {
    if (broker != null) {
      broker.close();
    }
    if (dir != null) {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // temp dir; best effort
      }
    }
  }
}
