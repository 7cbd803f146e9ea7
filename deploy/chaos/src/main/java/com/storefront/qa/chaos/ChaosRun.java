package com.storefront.qa.chaos;

import com.storefront.qa.testkit.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * One chaos run, start to verdict: the cluster, PostgreSQL, the proxies and the services; questions
 * offered while faults are injected one after another; then the wait for quiet and the checks.
 */
final class ChaosRun {
  private static final long CALM_MILLIS = 20_000;

  private final ChaosOptions options;
  private final Consumer<String> log;

  ChaosRun(ChaosOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  /** Runs it and returns the verdict; every process it started is stopped when it returns. */
  Verdict run() throws Exception {
    Path work = options.work();
    Files.createDirectories(work);
    String runId = Long.toString(System.currentTimeMillis(), 36);
    PortPlan ports = PortPlan.allocate(Fleet.SERVICES);
    List<List<TcpProxy>> proxies = new ArrayList<>();
    log.accept("work directory " + work + "; starting PostgreSQL and 3 brokers");
    try (Postgres pg = Postgres.start(work.resolve("postgres"), PortPlan.freePort());
        Cluster cluster = new Cluster(ports, work)) {
      cluster.start();
      cluster.createTopics(4);
      for (int s = 0; s < ports.services(); s++) {
        List<TcpProxy> lines = new ArrayList<>();
        for (int n = 0; n < PortPlan.NODES; n++) {
          lines.add(new TcpProxy(ports.serviceProxy()[s][n], ports.serviceListener()[s][n]));
        }
        proxies.add(lines);
      }
      log.accept("cluster up (RF 3, min.insync.replicas 2); starting 5 services");
      try (Fleet fleet = new Fleet(options.repo(), work, ports, pg)) {
        fleet.start(Duration.ofMinutes(5));
        return offerAndBreak(runId, ports, cluster, fleet, pg, proxies);
      } finally {
        for (List<TcpProxy> lines : proxies) {
          for (TcpProxy p : lines) {
            p.close();
          }
        }
      }
    }
  }

  private Verdict offerAndBreak(
      String runId,
      PortPlan ports,
      Cluster cluster,
      Fleet fleet,
      Postgres pg,
      List<List<TcpProxy>> proxies)
      throws Exception {
    Ledger ledger = new Ledger();
    FaultSchedule schedule = new FaultSchedule(options.seed());
    FaultInjector injector = new FaultInjector(cluster, fleet, pg, proxies, schedule, log);
    List<Fault> faults = new ArrayList<>();
    long start = System.currentTimeMillis();
    long minimum = start + (long) (options.minutes() * 60_000);
    log.accept(
        "offering %.0f records/s for at least %.1f min and %d faults, seed %d"
            .formatted(options.rate(), options.minutes(), options.minFaults(), options.seed()));
    try (Watcher watcher = new Watcher(ports.internalBootstrap(), ledger);
        Offerer offerer = new Offerer(ports.internalBootstrap(), ledger, options.seed(), runId)) {
      Thread offering =
          Thread.ofPlatform()
              .name("chaos-offerer")
              .start(
                  () -> {
                    try {
                      offerer.run(options.rate());
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  });
      Thread.sleep(CALM_MILLIS); // a clean stretch first: the latency figure needs one
      while (System.currentTimeMillis() < minimum - CALM_MILLIS
          || faults.size() < options.minFaults()) {
        faults.add(injector.injectNext());
        Thread.sleep(1000L * schedule.seconds(1, options.pauseBetweenFaults()));
      }
      Thread.sleep(CALM_MILLIS); // and a clean stretch last, before the offers stop
      offerer.stop();
      offering.join();
      long end = System.currentTimeMillis();
      log.accept("offering done: %d faults; waiting for quiet".formatted(faults.size()));
      return awaitQuiet(runId, ledger, faults, cluster, pg, start, end, watcher);
    }
  }

  private Verdict awaitQuiet(
      String runId,
      Ledger ledger,
      List<Fault> faults,
      Cluster cluster,
      Postgres pg,
      long start,
      long end,
      Watcher watcher)
      throws Exception {
    long deadline = System.currentTimeMillis() + (long) (options.quietMinutes() * 60_000);
    try (Admin admin = cluster.admin()) {
      Verdict v;
      do {
        Thread.sleep(3000);
        if (watcher.failure() != null) {
          throw new IllegalStateException("the answer watcher failed", watcher.failure());
        }
        Map<String, Lag.Group> lag = Lag.of(admin, cluster.bootstrap());
        v = Verdict.judge(ledger, faults, AuditCheck.count(pg, runId, ledger), lag, start, end);
      } while (!v.failures().isEmpty() && System.currentTimeMillis() < deadline);
      return v;
    }
  }
}
