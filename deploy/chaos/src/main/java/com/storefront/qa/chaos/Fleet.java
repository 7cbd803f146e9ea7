package com.storefront.qa.chaos;

import com.storefront.qa.local.ServiceProcess;
import com.storefront.qa.local.ServiceProps;
import com.storefront.qa.local.TinyModel;
import com.storefront.qa.testkit.Postgres;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
    for (int i = 0; i < 2; i++) {
      Map<String, String> p =
          ServiceProps.orchestrator(
              ports.serviceBootstrap(i), work.resolve("orchestrator-state-" + i), true);
      add(
          i,
          Role.ORCHESTRATOR,
          "orchestrator-" + (i + 1),
          ServiceProps.requireJar(repo, "orchestrator", "bin/chaos"),
          logs,
          p,
          "384m",
          Map.of());
    }
    for (int w = 0; w < 2; w++) {
      int i = 2 + w;
      Map<String, String> p =
          ServiceProps.worker(ports.serviceBootstrap(i), model.toString(), true);
      p.put("qa.worker.worker-id", "chaos-worker-" + (w + 1));
      p.put("qa.worker.kafka.properties.\"session.timeout.ms\"", "10000");
      p.put("qa.worker.kafka.properties.\"heartbeat.interval.ms\"", "2000");
      add(
          i,
          Role.WORKER,
          "reply-worker-" + (w + 1),
          ServiceProps.requireJar(repo, "reply-worker", "bin/chaos"),
          logs,
          p,
          "512m",
          ServiceProps.workerEnv(repo.resolve("target/djl-cache")));
    }
    Map<String, String> p = ServiceProps.console(ports.serviceBootstrap(4), pg.jdbcUrl());
    add(
        4,
        Role.AUDIT,
        "audit",
        ServiceProps.requireJar(repo, "review-console", "bin/chaos"),
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
}
