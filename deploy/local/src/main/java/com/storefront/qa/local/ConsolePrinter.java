package com.storefront.qa.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.text.ControlChars;
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
 * before it is printed: the console is a log. Everything from the records is made terminal-safe
 * ({@link ControlChars#escape}) first.
 *
 * <p>What was already on the topics when it started (the kept data of earlier runs) is read but not
 * printed: it only learns those questions' texts, so that an answer arriving now for a question
 * asked before the restart is still printed beside its question, and it sums them up in one line.
 */
final class ConsolePrinter implements AutoCloseable {
  private final Consumer<String> out;
  private final Map<String, String> questionTexts = new ConcurrentHashMap<>();
  private final Map<String, Long> questionSentAt = new ConcurrentHashMap<>();
  private final Set<String> answered = ConcurrentHashMap.newKeySet();
  private final Set<String> earlierQuestions = ConcurrentHashMap.newKeySet();
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
  void start(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> assignment = new ArrayList<>();
    for (String topic :
        List.of(Topics.QUESTIONS, Topics.ANSWERS, Topics.REVIEW_TASKS, Topics.QUESTIONS_DLQ)) {
      // Kept topics may have another partition count than this run would create.
      consumer
          .partitionsFor(topic)
          .forEach(info -> assignment.add(new TopicPartition(topic, info.partition())));
    }
    consumer.assign(assignment);
    consumer.seekToBeginning(assignment);
    // Records before these offsets were there before this run started (read_committed: the last
    // stable offsets).
    Map<TopicPartition, Long> earlierEnd = consumer.endOffsets(assignment);
    boolean hasEarlier = earlierEnd.values().stream().anyMatch(o -> o > 0);
    CountDownLatch assigned = new CountDownLatch(1);
    thread =
        new Thread(
            () -> {
              try (consumer) {
                for (TopicPartition tp : assignment) {
                  consumer.position(tp);
                }
                assigned.countDown();
                boolean replaying = hasEarlier;
                while (!stopping.get()) {
                  for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    boolean earlier = r.offset() < earlierEnd.getOrDefault(tp, 0L);
                    try {
                      handle(r, earlier);
                    } catch (RuntimeException e) {
                      say(
                          "(could not print a record of %s: %s)",
                          r.topic(), ControlChars.escape(String.valueOf(e.getMessage())));
                    }
                  }
                  if (replaying && caughtUp(consumer, earlierEnd)) {
                    replaying = false;
                    sayEarlier();
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

  private static boolean caughtUp(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
    for (var e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private void sayEarlier() {
    long waiting = earlierQuestions.stream().filter(id -> !answered.contains(id)).count();
    say(
        "(kept from earlier runs: %d questions, %d of them answered or rejected; %s)",
        earlierQuestions.size(),
        earlierQuestions.size() - waiting,
        waiting == 0
            ? "none waiting"
            : waiting + " still waiting: their answers are printed as they arrive");
  }

  /** Learns from a record and, unless it is from before this run, prints it. */
  private void handle(ConsumerRecord<byte[], byte[]> r, boolean earlier) {
    String key =
        r.key() == null
            ? "(no key)"
            : ControlChars.escape(new String(r.key(), StandardCharsets.UTF_8));
    if (earlier) {
      switch (r.topic()) {
        case Topics.QUESTIONS -> {
          earlierQuestions.add(key);
          questionTexts.put(key, questionText(r.value()));
        }
        case Topics.ANSWERS ->
            answered.add(
                ControlChars.escape(Json.fromBytes(r.value(), AnswerEvent.class).questionId()));
        case Topics.QUESTIONS_DLQ -> answered.add(key);
        default -> {}
      }
      return;
    }
    print(r, key);
  }

  /** The question's text, PII-masked and terminal-safe, or "(unreadable)". */
  private static String questionText(byte[] value) {
    try {
      // The console is a log: personal data is masked here as everywhere else.
      return ControlChars.escape(PiiMasker.mask(Json.MAPPER.readTree(value).path("text").asText()));
    } catch (IOException | RuntimeException e) {
      return "(unreadable)";
    }
  }

  private void print(ConsumerRecord<byte[], byte[]> r, String key) {
    switch (r.topic()) {
      case Topics.QUESTIONS -> {
        String text = questionText(r.value());
        String shop = "?";
        String locale = "-";
        try {
          JsonNode q = Json.MAPPER.readTree(r.value());
          shop = ControlChars.escape(q.path("shopId").asText());
          locale = ControlChars.escape(q.path("locale").asText("-"));
        } catch (IOException | RuntimeException e) {
          // printed as unreadable; the orchestrator sends it to the DLQ
        }
        questionTexts.put(key, text);
        questionSentAt.put(key, r.timestamp());
        say("Q  %-24s [%s %s] %s", key, shop, locale, text);
      }
      case Topics.ANSWERS -> {
        AnswerEvent a = Json.fromBytes(r.value(), AnswerEvent.class);
        String id = ControlChars.escape(a.questionId());
        // Kafka Streams gives its output records the input record's timestamp, so the answer's
        // own timestamp says nothing: measure against the wall clock when it arrives.
        Long sent = questionSentAt.get(id);
        String latency =
            sent == null ? "" : " after " + (System.currentTimeMillis() - sent) + " ms";
        say(
            "A  %-24s r%d %s%s%n     Q: %s%n     A: %s",
            id,
            a.revision(),
            a.source(),
            latency,
            questionTexts.getOrDefault(id, "?"),
            ControlChars.escape(a.text()));
        answered.add(id);
      }
      case Topics.REVIEW_TASKS -> {
        ReviewTask t = Json.fromBytes(r.value(), ReviewTask.class);
        List<String> codes =
            t.reasons() == null
                ? List.of()
                : t.reasons().stream()
                    .map(x -> ControlChars.escape(String.valueOf(x.code())))
                    .toList();
        say(
            "R  %-24s held for staff review at %s (%s): %s",
            ControlChars.escape(t.questionId()), t.stage(), t.verdict(), codes);
      }
      case Topics.QUESTIONS_DLQ -> {
        Header reason = r.headers().lastHeader(DlqHeaders.REASON);
        Header detail = r.headers().lastHeader(DlqHeaders.DETAIL);
        say(
            "!  %-24s rejected to the DLQ: %s %s",
            key,
            reason == null
                ? "?"
                : ControlChars.escape(new String(reason.value(), StandardCharsets.UTF_8)),
            detail == null
                ? ""
                : "("
                    + ControlChars.escape(new String(detail.value(), StandardCharsets.UTF_8))
                    + ")");
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
