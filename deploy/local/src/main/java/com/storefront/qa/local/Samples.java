package com.storefront.qa.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The sample questions the stack feeds at start. Each run gives them ids of its own ({@code
 * q-local-YYMMDD-HHMMSS-NN}): the data of earlier runs is kept, and the orchestrator drops a
 * questionId it has seen before as a duplicate, so reusing ids would leave this run's samples
 * unanswered. A line that brings its own {@code questionId} keeps it.
 */
final class Samples {
  private static final DateTimeFormatter RUN_STAMP = DateTimeFormatter.ofPattern("yyMMdd-HHmmss");

  private Samples() {}

  /**
   * The questions of {@code file}, or of the built-in {@code questions.jsonl} when null, with
   * missing {@code questionId}s made from {@code runStart} and missing {@code askedAt}s set to now.
   */
  static List<ObjectNode> load(Path file, LocalDateTime runStart) throws IOException {
    List<String> lines;
    if (file != null) {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } else {
      try (InputStream in = Samples.class.getResourceAsStream("/questions.jsonl");
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        lines = reader.lines().toList();
      }
    }
    String stamp = runStart.format(RUN_STAMP);
    List<ObjectNode> questions = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode q = (ObjectNode) Json.MAPPER.readTree(line);
      q.put("schemaVersion", 1);
      if (!q.hasNonNull("questionId")) {
        q.put("questionId", "q-local-%s-%02d".formatted(stamp, questions.size() + 1));
      }
      if (!q.hasNonNull("askedAt")) {
        q.put("askedAt", Instant.now().toString());
      }
      questions.add(q);
    }
    return questions;
  }

  /** Produces the questions, keyed by questionId, and returns their ids. */
  static List<String> feed(String bootstrap, List<ObjectNode> questions) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    List<String> ids = new ArrayList<>();
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      for (ObjectNode q : questions) {
        String id = q.get("questionId").asText();
        ids.add(id);
        producer.send(new ProducerRecord<>(Topics.QUESTIONS, id, Json.toBytes(q)));
      }
      producer.flush();
    }
    return ids;
  }
}
