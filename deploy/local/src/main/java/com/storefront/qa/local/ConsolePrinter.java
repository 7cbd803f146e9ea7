package com.storefront.qa.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.pii.PiiMasker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The local stack's console: follows questions, answers, review tasks and the DLQ (read_committed)
 * and prints one line per event, each question beside its answer. Question text is PII-masked
 * before it is printed: the console is a log.
 */
final class ConsolePrinter implements AutoCloseable {
  private final Consumer<String> out;
  private final Map<String, String> questionTexts = new ConcurrentHashMap<>();
  private final Map<String, Long> questionSentAt = new ConcurrentHashMap<>();
  private final Set<String> answered = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private Thread thread;

  ConsolePrinter(Consumer<String> out) {
    this.out = out;
  }

  /** Whether the question has an answer (or was rejected to the DLQ). */
  boolean isAnswered(String questionId) {
    return answered.contains(questionId);
  }

  /**
   * Starts reading, from the beginning, every partition of the printed topics and returns once the
   * consumer has its positions (so nothing produced afterwards is missed).
   */
  void start(String bootstrapServers, int partitions) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> assignment = new ArrayList<>();
    for (String topic :
        List.of(Topics.QUESTIONS, Topics.ANSWERS, Topics.REVIEW_TASKS, Topics.QUESTIONS_DLQ)) {
      for (int p = 0; p < partitions; p++) {
        assignment.add(new TopicPartition(topic, p));
      }
    }
    consumer.assign(assignment);
    consumer.seekToBeginning(assignment);
    CountDownLatch assigned = new CountDownLatch(1);
    thread =
        new Thread(
            () -> {
              try (consumer) {
                for (TopicPartition tp : assignment) {
                  consumer.position(tp);
                }
                assigned.countDown();
                while (!stopping.get()) {
                  for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    try {
                      print(r);
                    } catch (RuntimeException e) {
                      say("(could not print a record of %s: %s)", r.topic(), e.getMessage());
                    }
                  }
                }
              } catch (org.apache.kafka.common.errors.InterruptException e) {
                // stopping
              } catch (RuntimeException e) {
                if (!stopping.get()) {
                  say("answer printer stopped: %s", e);
                }
              } finally {
                assigned.countDown();
                stopped.countDown();
              }
            },
            "answer-printer");
    thread.setDaemon(true);
    thread.start();
    try {
      assigned.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void print(ConsumerRecord<byte[], byte[]> r) {
    String key = r.key() == null ? "(no key)" : new String(r.key(), StandardCharsets.UTF_8);
    switch (r.topic()) {
      case Topics.QUESTIONS -> {
        String text = "(unreadable)";
        String shop = "?";
        String locale = "-";
        try {
          JsonNode q = Json.MAPPER.readTree(r.value());
          text = q.path("text").asText();
          shop = q.path("shopId").asText();
          locale = q.path("locale").asText("-");
        } catch (IOException | RuntimeException e) {
          // printed as unreadable; the orchestrator sends it to the DLQ
        }
        // The console is a log: personal data is masked here as everywhere else.
        text = PiiMasker.mask(text);
        questionTexts.put(key, text);
        questionSentAt.put(key, r.timestamp());
        say("Q  %-24s [%s %s] %s", key, shop, locale, text);
      }
      case Topics.ANSWERS -> {
        AnswerEvent a = Json.fromBytes(r.value(), AnswerEvent.class);
        // Kafka Streams gives its output records the input record's timestamp, so the answer's
        // own timestamp says nothing: measure against the wall clock when it arrives.
        Long sent = questionSentAt.get(a.questionId());
        String latency =
            sent == null ? "" : " after " + (System.currentTimeMillis() - sent) + " ms";
        say(
            "A  %-24s r%d %s%s%n     Q: %s%n     A: %s",
            a.questionId(),
            a.revision(),
            a.source(),
            latency,
            questionTexts.getOrDefault(a.questionId(), "?"),
            a.text());
        answered.add(a.questionId());
      }
      case Topics.REVIEW_TASKS -> {
        ReviewTask t = Json.fromBytes(r.value(), ReviewTask.class);
        List<String> codes =
            t.reasons() == null ? List.of() : t.reasons().stream().map(x -> x.code()).toList();
        say(
            "R  %-24s held for staff review at %s (%s): %s",
            t.questionId(), t.stage(), t.verdict(), codes);
      }
      case Topics.QUESTIONS_DLQ -> {
        Header reason = r.headers().lastHeader(DlqHeaders.REASON);
        Header detail = r.headers().lastHeader(DlqHeaders.DETAIL);
        say(
            "!  %-24s rejected to the DLQ: %s %s",
            key,
            reason == null ? "?" : new String(reason.value(), StandardCharsets.UTF_8),
            detail == null ? "" : "(" + new String(detail.value(), StandardCharsets.UTF_8) + ")");
        answered.add(key);
      }
      default -> {}
    }
  }

  /** Stops following and waits briefly for the last line to be printed. */
  @Override
  public void close() {
    stopping.set(true);
    try {
      stopped.await(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void say(String format, Object... args) {
    out.accept(String.format(format, args));
  }
}
