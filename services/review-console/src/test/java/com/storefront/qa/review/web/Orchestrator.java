package com.storefront.qa.review.web;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.streams.StreamsProps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The real orchestrator topology (the production classes, exactly-once) on the test broker, so a
 * decision made in the browser becomes a revision on {@code storefront.answers.v1} the way it does
 * in production: the orchestrator owns revision numbers. Also reads that topic back.
 */
public final class Orchestrator implements AutoCloseable {
  private final KafkaStreams streams;
  private final String bootstrap;

  private Orchestrator(String bootstrap) {
    this.bootstrap = bootstrap;
    Path state;
    try {
      state = Files.createTempDirectory("console-it-streams");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Properties props = StreamsProps.forInstance(bootstrap, StreamsProps.APPLICATION_ID, state);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
    streams =
        new KafkaStreams(
            QaTopology.build(
                QaSettings.defaults(), new Moderator(), Clock.systemUTC(), QaMetrics.inMemory()),
            props);
  }

  /** Starts the topology and waits until it runs. */
  public static Orchestrator start(String bootstrap) {
    Orchestrator o = new Orchestrator(bootstrap);
    o.streams.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (o.streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || o.streams.state() == KafkaStreams.State.ERROR) {
        o.close();
        throw new IllegalStateException("orchestrator did not reach RUNNING: " + o.streams.state());
      }
      sleep(100);
    }
    return o;
  }

  /**
   * Every committed answer for {@code questionId} on storefront.answers.v1, read until {@code
   * expected} have arrived and then for {@code quiet} longer (so "exactly one" means no second
   * came), or until {@code within} has passed.
   */
  List<AnswerEvent> answers(String questionId, int expected, Duration within, Duration quiet) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "console-it-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<AnswerEvent> found = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.ANSWERS));
      long deadline = System.nanoTime() + within.toNanos();
      long quietUntil = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, quietUntil)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (questionId.equals(r.key())) {
            found.add(Json.fromBytes(r.value(), AnswerEvent.class));
          }
        }
        if (found.size() >= expected && quietUntil == Long.MAX_VALUE) {
          quietUntil = System.nanoTime() + quiet.toNanos();
        }
      }
    }
    return found;
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(10));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
