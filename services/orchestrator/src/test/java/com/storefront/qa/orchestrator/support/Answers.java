package com.storefront.qa.orchestrator.support;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.json.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Decoding and grouping of answers read from the broker. */
public final class Answers {
  public static List<AnswerEvent> withPrefix(
      List<ConsumerRecord<byte[], byte[]>> records, String prefix) {
    return records.stream()
        .map(r -> Json.fromBytes(r.value(), AnswerEvent.class))
        .filter(a -> a.questionId().startsWith(prefix))
        .toList();
  }

  public static Map<String, Long> countByQuestion(List<AnswerEvent> answers) {
    return answers.stream()
        .collect(Collectors.groupingBy(AnswerEvent::questionId, Collectors.counting()));
  }

  public static Map<String, AnswerEvent> byQuestion(List<AnswerEvent> answers) {
    return answers.stream()
        .collect(Collectors.toMap(AnswerEvent::questionId, Function.identity(), (a, b) -> a));
  }

  /** True when at least {@code n} distinct questions with the prefix are answered. */
  public static boolean distinctAtLeast(
      List<ConsumerRecord<byte[], byte[]>> records, String prefix, int n) {
    return withPrefix(records, prefix).stream().map(AnswerEvent::questionId).distinct().count()
        >= n;
  }

  private Answers() {}
}
