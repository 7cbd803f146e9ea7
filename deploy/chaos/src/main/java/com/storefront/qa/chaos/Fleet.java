package com.storefront.qa.chaos;

import com.storefront.qa.local.ServiceProcess;
import com.storefront.qa.local.TinyModel;
import com.storefront.qa.testkit.Postgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services of a chaos run, each a child JVM from its Quarkus fast-jar exactly as production
 * runs it: two orchestrators (one Kafka Streams application), two reply workers on a tiny
 * checkpoint (one consumer group, distinct transactional ids) and the review console hosting the
 * audit writer. Service {@code i} reaches the cluster only through its own proxies (see {@link
 * PortPlan}).
 */
final class Fleet implements AutoCloseable {
  /** A service and its index in the {@link PortPlan}. */
  record Member(int index, Role role, ServiceProcess process) {}

  /** What a member does, for the fault schedule and the report. */
  enum Role {
    ORCHESTRATOR,
    WORKER,
    AUDIT
  }

  static final int SERVICES = 5;

  private final List<Member> members = new ArrayList<>();

  Fleet(Path repo, Path work, PortPlan ports, Postgres pg) throws IOException {
    Path logs = work.resolve("logs");
    Path model = TinyModel.write(work.resolve("tiny-model"));
    String djlCache =
        System.getenv().getOrDefault("DJL_CACHE_DIR", repo.resolve("target/djl-cache").toString());
    for (int i = 0; i < 2; i++) {
      Map<String, String> p = new LinkedHashMap<>();
      p.put("kafka.bootstrap.servers", ports.serviceBootstrap(i));
      p.put("quarkus.kafka-streams.bootstrap-servers", ports.serviceBootstrap(i));
      p.put("qa.generation.enabled-by-default", "true");
      p.put("kafka-streams.state.dir", work.resolve("orchestrator-state-" + i).toString());
      // Short sessions so the surviving instance takes over a killed one's partitions quickly.
      p.put("kafka-streams.consumer.session.timeout.ms", "8000");
      p.put("kafka-streams.consumer.heartbeat.interval.ms", "2000");
      add(
          i,
          Role.ORCHESTRATOR,
          "orchestrator-" + (i + 1),
          jar(repo, "orchestrator"),
          logs,
          p,
          "384m",
          Map.of());
    }
    for (int w = 0; w < 2; w++) {
      int i = 2 + w;
      Map<String, String> p = new LinkedHashMap<>();
      p.put("kafka.bootstrap.servers", ports.serviceBootstrap(i));
      p.put("qa.worker.worker-id", "chaos-worker-" + (w + 1));
      p.put("qa.worker.model-dir", model.toString());
      p.put("qa.worker.max-new-tokens-cap", "8");
      p.put("qa.worker.kafka.properties.\"session.timeout.ms\"", "10000");
      p.put("qa.worker.kafka.properties.\"heartbeat.interval.ms\"", "2000");
      p.put("ai.djl.offline", "true");
      add(
          i,
          Role.WORKER,
          "reply-worker-" + (w + 1),
          jar(repo, "reply-worker"),
          logs,
          p,
          "512m",
          Map.of("DJL_CACHE_DIR", djlCache));
    }
    Map<String, String> p = new LinkedHashMap<>();
    p.put("kafka.bootstrap.servers", ports.serviceBootstrap(4));
    p.put("quarkus.datasource.jdbc.url", pg.jdbcUrl());
    p.put("quarkus.datasource.username", Postgres.USER);
    p.put("quarkus.datasource.password", "postgres");
    add(
        4,
        Role.AUDIT,
        "audit",
        jar(repo, "review-console"),
        logs,
        p,
        "384m",
        Map.of("QA_AUDIT_CUSTOMER_REF_KEY", "chaos-run-customer-ref-key-" + System.nanoTime()));
  }

  private void add(
      int index,
      Role role,
      String name,
      Path jar,
      Path logs,
      Map<String, String> props,
      String heap,
      Map<String, String> env)
      throws IOException {
    props.put("quarkus.http.port", String.valueOf(PortPlan.freePort()));
    props.put("quarkus.http.host", "127.0.0.1");
    int port = Integer.parseInt(props.get("quarkus.http.port"));
    List<String> jvm = List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8");
    members.add(
        new Member(
            index,
            role,
            new ServiceProcess(name, port, jar, logs.resolve(name + ".log"), jvm, props, env)));
  }

  /** Starts every service and waits until each is ready. */
  void start(Duration readyTimeout) throws IOException, InterruptedException {
    for (Member m : members) {
      m.process().start();
    }
    for (Member m : members) {
      m.process().awaitReady(readyTimeout);
    }
  }

  List<Member> members() {
    return members;
  }

  List<Member> withRole(Role role) {
    return members.stream().filter(m -> m.role() == role).toList();
  }

  @Override
  public void close() {
    for (Member m : members) {
      m.process().stop(Duration.ofSeconds(20));
    }
  }

  private static Path jar(Path repo, String module) {
    Path jar =
        repo.resolve("services").resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "no fast-jar at "
              + jar
              + "; build first: ./mvnw -B install -DskipTests (bin/chaos does)");
    }
    return jar;
  }
}
