package com.storefront.qa.orchestrator.http.answers;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;

/**
 * Feeds an {@link AnswersView} from {@code storefront.answers.v1}: every partition, assigned (no
 * consumer group), read_committed, starting {@code lookback} ago. Every orchestrator instance reads
 * all partitions, so whichever instance took a request sees its answer; with no group there is no
 * rebalance and no offset to commit (the view is rebuilt from the topic at start-up).
 */
public final class AnswersFeed implements Runnable, AutoCloseable {
  private static final Logger LOG = Logger.getLogger(AnswersFeed.class);
  private static final Duration PARTITION_RECHECK = Duration.ofMinutes(5);

  private final Properties props;
  private final AnswersView view;
  private final Duration lookback;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private volatile boolean closed;

  public AnswersFeed(Map<String, String> clientProps, AnswersView view, Duration lookback) {
    this.props = new Properties();
    props.putAll(clientProps);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    this.view = view;
    this.lookback = lookback;
  }

  @Override
  public void run() {
    while (!closed) {
      try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(props)) {
        consumer = c;
        if (closed) {
          return;
        }
        follow(c);
      } catch (WakeupException e) {
        return;
      } catch (RuntimeException e) {
        // No broker yet, or it went away: the view keeps what it has and we start over.
        LOG.warnf("answers view: %s; retrying in 5 s", e.toString());
        sleep(5_000);
      }
    }
  }

  private void follow(KafkaConsumer<byte[], byte[]> c) {
    List<TopicPartition> partitions = assign(c);
    Map<TopicPartition, Long> end = c.endOffsets(partitions);
    Instant nextCheck = Instant.now().plus(PARTITION_RECHECK);
    while (!closed) {
      for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(500))) {
        read(r);
      }
      if (!view.caughtUp()
          && end.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
        view.markCaughtUp();
        LOG.infof("answers view caught up: %d questions", view.size());
      }
      if (Instant.now().isAfter(nextCheck)) {
        nextCheck = Instant.now().plus(PARTITION_RECHECK);
        if (c.partitionsFor(Topics.ANSWERS).size() != partitions.size()) {
          return; // partitions were added: start over (the view keeps its entries)
        }
      }
    }
  }

  private List<TopicPartition> assign(KafkaConsumer<byte[], byte[]> c) {
    List<TopicPartition> partitions =
        c.partitionsFor(Topics.ANSWERS, Duration.ofSeconds(10)).stream()
            .map(p -> new TopicPartition(Topics.ANSWERS, p.partition()))
            .toList();
    if (partitions.isEmpty()) {
      throw new IllegalStateException("topic " + Topics.ANSWERS + " not found");
    }
    c.assign(partitions);
    long since = Instant.now().minus(lookback).toEpochMilli();
    Map<TopicPartition, Long> query = new HashMap<>();
    partitions.forEach(p -> query.put(p, since));
    Map<TopicPartition, OffsetAndTimestamp> start = c.offsetsForTimes(query);
    for (TopicPartition p : partitions) {
      OffsetAndTimestamp at = start.get(p);
      if (at == null) {
        c.seekToEnd(List.of(p)); // nothing that recent
      } else {
        c.seek(p, at.offset());
      }
    }
    return partitions;
  }

  private void read(ConsumerRecord<byte[], byte[]> r) {
    try {
      AnswerEvent answer = Json.fromBytes(r.value(), AnswerEvent.class);
      if (answer.questionId() != null) {
        view.add(answer);
      }
    } catch (RuntimeException e) {
      LOG.warnf(
          "answers view: unreadable record at %s-%d@%d, skipped",
          r.topic(), r.partition(), r.offset());
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closed = true;
    }
  }

  @Override
  public void close() {
    closed = true;
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
  }
}
