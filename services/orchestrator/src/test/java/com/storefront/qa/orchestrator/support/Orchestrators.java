package com.storefront.qa.orchestrator.support;

import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.errors.UncaughtErrors;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.streams.StreamsProps;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/** Runs the real topology on a real broker, with the application's own Streams settings. */
public final class Orchestrators {

  /**
   * {@link StreamsProps#forInstance} plus a short consumer session, so that a killed instance's
   * partitions move within seconds instead of 45 s. The exactly-once settings are untouched.
   */
  public static Properties props(String bootstrapServers, String applicationId, Path stateDir) {
    Properties props = StreamsProps.forInstance(bootstrapServers, applicationId, stateDir);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), "6000");
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG), "1000");
    return props;
  }

  /** Builds, starts and waits until the instance is RUNNING. */
  public static KafkaStreams start(Properties props, QaSettings settings, QaMetrics metrics) {
    KafkaStreams streams =
        new KafkaStreams(
            QaTopology.build(settings, new Moderator(), Clock.systemUTC(), metrics), props);
    streams.setUncaughtExceptionHandler(new UncaughtErrors());
    streams.start();
    awaitRunning(streams, Duration.ofSeconds(60));
    return streams;
  }

  public static void awaitRunning(KafkaStreams streams, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (Instant.now().isAfter(end) || !streams.state().isRunningOrRebalancing()) {
        throw new IllegalStateException("orchestrator not RUNNING: " + streams.state());
      }
      sleep(50);
    }
  }

  /** A graceful stop: commits, closes and leaves the group so a successor gets the tasks now. */
  public static void stop(KafkaStreams streams) {
    streams.close(new KafkaStreams.CloseOptions().leaveGroup(true).timeout(Duration.ofSeconds(30)));
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Orchestrators() {}
}
