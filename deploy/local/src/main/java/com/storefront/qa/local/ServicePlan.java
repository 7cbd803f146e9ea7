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
    Path workerJar = ServiceProps.fastJar(root, "reply-worker");
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
      Map<String, String> props = ServiceProps.worker(bootstrap, modelDir, tinyCap);
      props.put("quarkus.http.port", String.valueOf(options.workerPort));
      worker =
          new ServiceProcess(
              "reply-worker",
              options.workerPort,
              workerJar,
              logs.resolve("reply-worker.log"),
              jvmArgs(options.workerHeap),
              props,
              ServiceProps.workerEnv(work.resolve("djl-cache")));
    }
    plan.generation = worker != null;

    Map<String, String> orch =
        ServiceProps.orchestrator(bootstrap, work.resolve("orchestrator-state"), plan.generation);
    orch.put("quarkus.http.port", String.valueOf(options.orchestratorPort));
    plan.services.add(
        new ServiceProcess(
            "orchestrator",
            options.orchestratorPort,
            ServiceProps.requireJar(root, "orchestrator", "bin/run-local"),
            logs.resolve("orchestrator.log"),
            jvmArgs("512m"),
            orch,
            Map.of()));

    Map<String, String> console = ServiceProps.console(bootstrap, jdbcUrl);
    console.put("quarkus.http.port", String.valueOf(options.consolePort));
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
            ServiceProps.requireJar(root, "review-console", "bin/run-local"),
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
}
