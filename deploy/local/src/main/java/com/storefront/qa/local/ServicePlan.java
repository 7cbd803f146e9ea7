package com.storefront.qa.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which services the stack runs and the settings the launcher passes each one (on top of their own
 * application.properties): orchestrator, review console and, unless acknowledge-only, the reply
 * worker on a real model folder, the repository's demo model, or (without it) a tiny random
 * checkpoint.
 */
final class ServicePlan {
  /** The demo model folder shipped in the repository (trained by {@code llm train-demo}). */
  static final String DEMO_MODEL = "models/demo";

  final List<ServiceProcess> services = new ArrayList<>();
  boolean generation;
  String modelDescription = "none (acknowledge-only)";
  DemoReviewer demo;

  private ServicePlan() {}

  /**
   * @param bootstrap the broker's address
   * @param jdbcUrl PostgreSQL's JDBC URL
   */
  static ServicePlan plan(StackOptions options, Path work, String bootstrap, String jdbcUrl)
      throws IOException {
    ServicePlan plan = new ServicePlan();
    Path root = options.repoRoot;
    Path logs = work.resolve("logs");
    ServiceProcess worker = null;
    Path workerJar = fastJar(root, "reply-worker");
    if (!options.ackOnly && Files.exists(workerJar)) {
      String modelDir = options.modelDir;
      boolean tinyCap = false;
      Path demo = root.resolve(DEMO_MODEL);
      if (modelDir == null && Files.exists(demo.resolve("config.json"))) {
        // the repository's own demo model: real acknowledgements, so MODEL replies get published
        modelDir = demo.toString();
        plan.modelDescription =
            "demo model trained on template replies (not a general model) "
                + demo
                + "\n                   (--model-dir DIR runs EXAONE-3.5 or Qwen2.5: see "
                + DEMO_MODEL
                + "/README.md)";
      } else if (modelDir == null) {
        Path tiny = work.resolve("tiny-model");
        if (!Files.exists(tiny.resolve("config.json"))) {
          TinyModel.write(tiny);
        }
        modelDir = tiny.toString();
        plan.modelDescription =
            "tiny random checkpoint "
                + tiny
                + "\n                   (its replies are noise, capped at 8 tokens: moderation"
                + " holds them and the customer gets the acknowledgement)";
        // A random model never says "end of turn": cap its noise so replies arrive before the
        // orchestrator's 15 s deadline even on a busy 2-core machine.
        tinyCap = true;
      } else {
        plan.modelDescription = modelDir;
      }
      Map<String, String> props = new LinkedHashMap<>();
      props.put("kafka.bootstrap.servers", bootstrap);
      props.put("quarkus.http.port", String.valueOf(options.workerPort));
      props.put("qa.worker.model-dir", modelDir);
      props.put("ai.djl.offline", "true");
      if (tinyCap) {
        props.put("qa.worker.max-new-tokens-cap", "8");
      }
      Map<String, String> env = new LinkedHashMap<>();
      env.put(
          "DJL_CACHE_DIR",
          System.getenv().getOrDefault("DJL_CACHE_DIR", work.resolve("djl-cache").toString()));
      worker =
          new ServiceProcess(
              "reply-worker",
              options.workerPort,
              workerJar,
              logs.resolve("reply-worker.log"),
              jvmArgs(options.workerHeap),
              props,
              env);
    }
    plan.generation = worker != null;

    Map<String, String> orch = new LinkedHashMap<>();
    orch.put("kafka.bootstrap.servers", bootstrap);
    orch.put("quarkus.kafka-streams.bootstrap-servers", bootstrap);
    orch.put("quarkus.http.port", String.valueOf(options.orchestratorPort));
    orch.put("qa.generation.enabled-by-default", String.valueOf(plan.generation));
    orch.put("kafka-streams.state.dir", work.resolve("orchestrator-state").toString());
    // A killed orchestrator never leaves its consumer group; its restarted successor gets the
    // partitions only when the dead member's session expires (Kafka's default is 45 s). One
    // process on one machine can afford a short session.
    orch.put("kafka-streams.consumer.session.timeout.ms", "8000");
    orch.put("kafka-streams.consumer.heartbeat.interval.ms", "2000");
    plan.services.add(
        new ServiceProcess(
            "orchestrator",
            options.orchestratorPort,
            requireJar(root, "orchestrator"),
            logs.resolve("orchestrator.log"),
            jvmArgs("512m"),
            orch,
            Map.of()));

    Map<String, String> console = new LinkedHashMap<>();
    console.put("kafka.bootstrap.servers", bootstrap);
    console.put("quarkus.http.port", String.valueOf(options.consolePort));
    console.put("quarkus.datasource.jdbc.url", jdbcUrl);
    console.put("quarkus.datasource.username", com.storefront.qa.testkit.Postgres.USER);
    console.put("quarkus.datasource.password", "postgres");
    // The demo reviewer (issue 16): plain HTTP on 127.0.0.1, so no Secure cookies.
    plan.demo = DemoReviewer.prepare(work);
    console.put("qa.console.first-admin.username", plan.demo.username());
    console.put("qa.console.secure-cookies", "false");
    Map<String, String> consoleEnv = new LinkedHashMap<>();
    consoleEnv.put(
        "QA_AUDIT_CUSTOMER_REF_KEY", CustomerRefKey.get(work.resolve(StackData.CUSTOMER_REF_KEY)));
    plan.demo.password().ifPresent(p -> consoleEnv.put("QA_CONSOLE_FIRST_ADMIN_PASSWORD", p));
    plan.services.add(
        new ServiceProcess(
            "review-console",
            options.consolePort,
            requireJar(root, "review-console"),
            logs.resolve("review-console.log"),
            jvmArgs("512m"),
            console,
            consoleEnv));
    if (worker != null) {
      plan.services.add(worker);
    }
    return plan;
  }

  private static List<String> jvmArgs(String heap) {
    return List.of("-Xmx" + heap, "-Dfile.encoding=UTF-8");
  }

  private static Path fastJar(Path root, String module) {
    return root.resolve("services").resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  private static Path requireJar(Path root, String module) {
    Path jar = fastJar(root, module);
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "no fast-jar at "
              + jar
              + "; build first: ./mvnw -B install -DskipTests (bin/run-local does this)");
    }
    return jar;
  }
}
