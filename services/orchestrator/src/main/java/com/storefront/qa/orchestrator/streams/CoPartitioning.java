package com.storefront.qa.orchestrator.streams;

import com.storefront.qa.contracts.Topics;
import java.util.Map;
import java.util.Optional;

/**
 * The topology's routing and finishing processors share the pending store, so questions and
 * generation results must be partitioned alike. Kafka Streams does not enforce this for a shared
 * store, so the application checks it (see {@code app.CoPartitioningCheck}).
 */
public final class CoPartitioning {
  private CoPartitioning() {}

  /**
   * What is wrong with these partition counts, if anything.
   *
   * @param partitions partition count per topic name; must hold both topics
   */
  public static Optional<String> problem(Map<String, Integer> partitions) {
    Integer questions = partitions.get(Topics.QUESTIONS);
    Integer results = partitions.get(Topics.GENERATION_RESULTS);
    if (questions == null || results == null) {
      return Optional.of(
          "missing topic: %s has %s partitions, %s has %s"
              .formatted(Topics.QUESTIONS, questions, Topics.GENERATION_RESULTS, results));
    }
    if (!questions.equals(results)) {
      return Optional.of(
          ("%s has %d partitions but %s has %d: they must be equal, or generation results miss"
                  + " their pending questions and every generated question falls back at its"
                  + " deadline")
              .formatted(Topics.QUESTIONS, questions, Topics.GENERATION_RESULTS, results));
    }
    return Optional.empty();
  }
}
