package com.storefront.qa.local;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Keeps the stack's child services running: when one dies while the stack is up, it says which,
 * with its exit status and log, and starts it again after the {@link RestartPolicy}'s back-off;
 * once a service has used up its restarts it is left down with a message, and everything else keeps
 * running. Each service has its own watcher thread, so a slow restart (the reply worker loading a
 * model) does not delay noticing that another one died.
 */
final class Supervisor implements AutoCloseable {
  private final List<ServiceProcess> services;
  private final RestartPolicy policy;
  private final Duration readyTimeout;
  private final Consumer<String> out;
  private final Object lock = new Object();
  private final List<Thread> watchers = new ArrayList<>();
  private final Map<String, List<Instant>> restarts = new ConcurrentHashMap<>();
  private final Map<String, Boolean> abandoned = new ConcurrentHashMap<>();
  private boolean closed;

  /**
   * @param services started and ready; the supervisor restarts them but never stops them
   * @param readyTimeout how long a restarted service may take to answer /q/health/ready
   * @param out where the supervisor's lines go (the console)
   */
  Supervisor(
      List<ServiceProcess> services,
      RestartPolicy policy,
      Duration readyTimeout,
      Consumer<String> out) {
    this.services = List.copyOf(services);
    this.policy = policy;
    this.readyTimeout = readyTimeout;
    this.out = out;
  }

  /** Starts watching every service. */
  Supervisor start() {
    for (ServiceProcess service : services) {
      restarts.put(service.name, new ArrayList<>());
      Thread t = new Thread(() -> watch(service), "supervise-" + service.name);
      t.setDaemon(true);
      watchers.add(t);
      t.start();
    }
    return this;
  }

  /** How often the service has been restarted. */
  int restartCount(String name) {
    List<Instant> list = restarts.get(name);
    synchronized (lock) {
      return list == null ? 0 : list.size();
    }
  }

  /** Whether the supervisor gave up on the service (its restarts are used up). */
  boolean gaveUp(String name) {
    return abandoned.getOrDefault(name, false);
  }

  private void watch(ServiceProcess service) {
    try {
      while (true) {
        int status = service.waitForExit();
        Instant now = Instant.now();
        Optional<Duration> delay;
        synchronized (lock) {
          if (closed) {
            return; // stopped on purpose (Ctrl-C)
          }
          delay = policy.nextDelay(restarts.get(service.name), now);
        }
        String what = ExitStatus.describe(status);
        out.accept(
            "!! %s (pid %d) exited unexpectedly with %s; log: %s"
                .formatted(service.name, service.pid(), what, service.log));
        if (delay.isEmpty()) {
          giveUp(service);
          return;
        }
        out.accept(
            "   restarting %s in %d ms (restart %d; at most %d in %d min)"
                .formatted(
                    service.name,
                    delay.get().toMillis(),
                    policy.recent(restarts.get(service.name), now) + 1,
                    policy.maxRestarts(),
                    policy.window().toMinutes()));
        Thread.sleep(delay.get().toMillis());
        if (!restart(service, "it had exited with " + what)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      // close(): the stack is stopping
    }
  }

  /** Starts the service again and waits for it; false when the stack is stopping. */
  private boolean restart(ServiceProcess service, String reason) throws InterruptedException {
    synchronized (lock) {
      if (closed) {
        return false;
      }
      restarts.get(service.name).add(Instant.now());
      try {
        service.restart(reason);
      } catch (IOException e) {
        // The next waitForExit returns at once for a process that never started; count it as
        // a death so the cap still applies.
        out.accept("!! could not restart %s: %s".formatted(service.name, e.getMessage()));
      }
    }
    long t0 = System.nanoTime();
    try {
      service.awaitReady(readyTimeout);
      out.accept(
          "   %s is back (pid %d), ready after %d ms"
              .formatted(service.name, service.pid(), (System.nanoTime() - t0) / 1_000_000));
    } catch (IllegalStateException e) {
      // Died again before it was ready (the loop sees the exit at once), or alive but slow: keep
      // watching either way.
      if (!isClosed()) {
        out.accept("!! " + e.getMessage());
      }
    }
    return true;
  }

  private void giveUp(ServiceProcess service) {
    abandoned.put(service.name, true);
    out.accept(
        ("!! %s was restarted %d times within %d min and died again; not restarting it any more."
                + " The rest of the stack keeps running without it. Its last lines (whole log:"
                + " %s):%n%s%n   Fix the cause, then restart bin/run-local.")
            .formatted(
                service.name,
                policy.maxRestarts(),
                policy.window().toMinutes(),
                service.log,
                service.tail(20)));
  }

  private boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  /**
   * Stops supervising (call before stopping the services, so their exits are not taken for
   * crashes); a restart in progress finishes starting its process, which the caller then stops.
   */
  @Override
  public void close() {
    synchronized (lock) {
      closed = true;
    }
    for (Thread t : watchers) {
      t.interrupt();
    }
    for (Thread t : watchers) {
      try {
        t.join(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
