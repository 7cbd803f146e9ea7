package com.storefront.qa.review.decide;

import com.storefront.qa.review.app.ConsoleConfig;
import com.storefront.qa.review.tracing.DecisionTracing;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox on its own thread ({@code qa-console-outbox}): takes the oldest unpublished
 * events under a row lock, sends them ({@link DecisionPublisher}), waits for the broker's
 * acknowledgement, and only then marks them published and commits. A crash anywhere in between
 * leaves them unpublished, so they are sent again: at least once, and the orchestrator's decisionId
 * check makes it exactly one revision.
 */
@ApplicationScoped
public class OutboxRelay {
  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  @Inject DataSource dataSource;
  @Inject ConsoleConfig config;
  @Inject DecisionTracing tracing;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  private volatile boolean running;
  private volatile Thread thread;
  private DecisionPublisher publisher;

  void onStart(@Observes StartupEvent event) {
    if (config.relay().enabled()) {
      start();
    } else {
      LOG.info(
          "outbox relay disabled (qa.console.relay.enabled=false): decisions wait in the outbox");
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  /** Starts the relay thread (idempotent). */
  public synchronized void start() {
    if (thread != null) {
      return;
    }
    Properties p = new Properties();
    p.putAll(config.relay().producer());
    p.put("bootstrap.servers", bootstrapServers);
    publisher = new DecisionPublisher(p, Duration.ofSeconds(30), tracing);
    running = true;
    thread = new Thread(this::loop, "qa-console-outbox");
    thread.setDaemon(true);
    thread.start();
  }

  /** Stops the thread and closes the producer. */
  public synchronized void stop() {
    running = false;
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      thread = null;
    }
    if (publisher != null) {
      publisher.close();
      publisher = null;
    }
  }

  private void loop() {
    Duration idle = config.relay().interval();
    while (running) {
      int sent;
      try {
        sent = publishPending(publisher);
      } catch (RuntimeException e) {
        LOG.warnf("outbox relay: %s; retrying", e.getMessage());
        sent = 0;
        idle = Duration.ofSeconds(1);
      }
      if (sent == 0) {
        try {
          Thread.sleep(idle.toMillis());
        } catch (InterruptedException e) {
          return;
        }
      }
      idle = config.relay().interval();
    }
  }

  /**
   * One round: publishes up to a batch of pending events through {@code via}.
   *
   * @return events published
   */
  public int publishPending(DecisionPublisher via) {
    return new OutboxDrain(dataSource).publishPending(via);
  }
}
