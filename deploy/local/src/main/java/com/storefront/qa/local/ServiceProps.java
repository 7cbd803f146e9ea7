package com.storefront.qa.local;

import com.storefront.qa.testkit.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a launcher passes each service's fast-jar on top of its own application.properties:
 * only addresses, directories and the launcher's explicit choices. One place for both launchers
 * ({@code bin/run-local}'s {@link ServicePlan} and the chaos run's fleet), so a renamed key is
 * renamed once.
 */
public final class ServiceProps {
  private ServiceProps() {}

  /** The fast-jar a module's package phase writes. */
  public static Path fastJar(Path repo, String module) {
    return repo.resolve("services").resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  /**
   * {@link #fastJar}, or a clear error naming the build command.
   *
   * @param builtBy the command that builds it, for the message
   */
  public static Path requireJar(Path repo, String module, String builtBy) {
    Path jar = fastJar(repo, module);
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "no fast-jar at "
              + jar
              + "; build first: ./mvnw -B install -DskipTests ("
              + builtBy
              + " does this)");
    }
    return jar;
  }

  /**
   * An orchestrator instance. A killed instance never leaves its consumer group, so its successor
   * (or its peer) gets the partitions only when the dead member's session expires (Kafka's default
   * is 45 s); a local or chaos fleet can afford a short session.
   */
  public static Map<String, String> orchestrator(
      String bootstrap, Path stateDir, boolean generationByDefault) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("kafka.bootstrap.servers", bootstrap);
    p.put("quarkus.kafka-streams.bootstrap-servers", bootstrap);
    p.put("qa.generation.enabled-by-default", String.valueOf(generationByDefault));
    p.put("kafka-streams.state.dir", stateDir.toString());
    p.put("kafka-streams.consumer.session.timeout.ms", "8000");
    p.put("kafka-streams.consumer.heartbeat.interval.ms", "2000");
    return p;
  }

  /**
   * A reply worker on a local model folder, offline.
   *
   * @param tinyCap cap new tokens at 8: a random checkpoint never says "end of turn", and its noise
   *     must arrive before the orchestrator's deadline even on a busy 2-core machine
   */
  public static Map<String, String> worker(String bootstrap, String modelDir, boolean tinyCap) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("kafka.bootstrap.servers", bootstrap);
    p.put("qa.worker.model-dir", modelDir);
    p.put("ai.djl.offline", "true");
    if (tinyCap) {
      p.put("qa.worker.max-new-tokens-cap", "8");
    }
    return p;
  }

  /** The worker's environment: DJL's native-library cache, from the caller's or a default. */
  public static Map<String, String> workerEnv(Path defaultDjlCache) {
    return Map.of(
        "DJL_CACHE_DIR", System.getenv().getOrDefault("DJL_CACHE_DIR", defaultDjlCache.toString()));
  }

  /** The review console (and the audit writer it hosts) on the testkit's PostgreSQL. */
  public static Map<String, String> console(String bootstrap, String jdbcUrl) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("kafka.bootstrap.servers", bootstrap);
    p.put("quarkus.datasource.jdbc.url", jdbcUrl);
    p.put("quarkus.datasource.username", Postgres.USER);
    p.put("quarkus.datasource.password", "postgres");
    // as for the orchestrator: a killed console's audit writer hands its partitions on in seconds
    p.put("qa.audit.consumer.\"session.timeout.ms\"", "8000");
    p.put("qa.audit.consumer.\"heartbeat.interval.ms\"", "2000");
    return p;
  }
}
