package com.storefront.qa.chaos;

import com.storefront.qa.chaos.Fleet.Member;
import com.storefront.qa.testkit.Postgres;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * Breaks one part at a time on the {@link FaultSchedule}, waits, repairs it and waits until it is
 * whole again, recording each {@link Fault}. One fault at a time: with three brokers and {@code
 * min.insync.replicas=2} the cluster promises to survive one lost node, not two.
 */
final class FaultInjector {
  private static final Duration READY = Duration.ofMinutes(4);

  private final Cluster cluster;
  private final Fleet fleet;
  private final Postgres pg;
  private final List<List<TcpProxy>> proxies;
  private final FaultSchedule schedule;
  private final Consumer<String> log;

  FaultInjector(
      Cluster cluster,
      Fleet fleet,
      Postgres pg,
      List<List<TcpProxy>> proxies,
      FaultSchedule schedule,
      Consumer<String> log) {
    this.cluster = cluster;
    this.fleet = fleet;
    this.pg = pg;
    this.proxies = proxies;
    this.schedule = schedule;
    this.log = log;
  }

  /** Injects the next fault, repairs it and returns what happened. */
  Fault injectNext() throws IOException, InterruptedException {
    Fault.Kind kind = schedule.next();
    long start = System.currentTimeMillis();
    String target =
        switch (kind) {
          case KILL_BROKER -> killBroker();
          case KILL_ORCHESTRATOR -> killService(fleet.withRole(Fleet.Role.ORCHESTRATOR));
          case KILL_WORKER -> killService(fleet.withRole(Fleet.Role.WORKER));
          case KILL_AUDIT -> killService(fleet.withRole(Fleet.Role.AUDIT));
          case PAUSE_PROCESS -> pause();
          case STOP_POSTGRES -> stopPostgres();
          case CUT_NETWORK -> cut();
        };
    Fault fault = new Fault(kind, target, start, System.currentTimeMillis());
    log.accept(
        "fault %-17s %-16s repaired after %5.1f s"
            .formatted(kind, target, (fault.endMillis() - start) / 1000.0));
    return fault;
  }

  private String killBroker() throws IOException, InterruptedException {
    BrokerProcess node = cluster.nodes().get(schedule.pick(cluster.nodes().size()));
    node.kill();
    Thread.sleep(TimeUnit.SECONDS.toMillis(schedule.seconds(5, 15)));
    node.start();
    awaitBrokers();
    return "broker-" + node.nodeId;
  }

  private void awaitBrokers() throws InterruptedException {
    long deadline = System.nanoTime() + READY.toNanos();
    try (Admin admin = cluster.admin()) {
      while (System.nanoTime() < deadline) {
        try {
          if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == PortPlan.NODES) {
            return;
          }
        } catch (Exception e) {
          // the cluster is busy electing; ask again
        }
        Thread.sleep(500);
      }
    }
    throw new IllegalStateException("a restarted broker did not rejoin within " + READY);
  }

  private String killService(List<Member> candidates) throws IOException, InterruptedException {
    Member m = candidates.get(schedule.pick(candidates.size()));
    Signals.kill(m.process().pid());
    m.process().waitForExit();
    Thread.sleep(TimeUnit.SECONDS.toMillis(schedule.seconds(2, 10)));
    m.process().restart("chaos run: after SIGKILL");
    m.process().awaitReady(READY);
    return m.process().name;
  }

  private String pause() throws InterruptedException {
    List<Member> all = fleet.members();
    Member m = all.get(schedule.pick(all.size()));
    long pid = m.process().pid();
    Signals.pause(pid);
    // Longer than the services' session timeouts (8-10 s): the group moves its partitions away,
    // and the process wakes up a zombie that must be fenced, not write twice.
    Thread.sleep(TimeUnit.SECONDS.toMillis(schedule.seconds(12, 20)));
    Signals.resume(pid);
    m.process().awaitReady(READY);
    return m.process().name;
  }

  private String stopPostgres() throws InterruptedException {
    pg.stop();
    Thread.sleep(TimeUnit.SECONDS.toMillis(schedule.seconds(5, 20)));
    pg.startServer();
    return "postgresql";
  }

  private String cut() throws InterruptedException {
    List<Member> all = fleet.members();
    Member m = all.get(schedule.pick(all.size()));
    List<TcpProxy> lines = proxies.get(m.index());
    lines.forEach(TcpProxy::cut);
    Thread.sleep(TimeUnit.SECONDS.toMillis(schedule.seconds(8, 20)));
    lines.forEach(TcpProxy::heal);
    return m.process().name;
  }
}
