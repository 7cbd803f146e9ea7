package com.storefront.qa.orchestrator.streams;

import com.storefront.qa.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topology's routing, finishing and decision processors share the pending and ledger stores.
 * Questions and decisions reach them through repartition topics that Kafka Streams creates with
 * their source topic's partition count, and generation results come straight from their topic, so
 * the three source topics must have equal partition counts. Kafka Streams does not enforce this for
 * shared stores, so the application checks it (see {@code app.CoPartitioningCheck}).
 */
public final class CoPartitioning {
  /** The topics whose partition counts must be equal. */
  public static final List<String> TOPICS =
      List.of(Topics.QUESTIONS, Topics.GENERATION_RESULTS, Topics.REVIEW_DECISIONS);

  private CoPartitioning() {}

  /**
   * What is wrong with these partition counts, if anything.
   *
   * @param partitions partition count per topic name; must hold every one of {@link #TOPICS}
   */
  public static Optional<String> problem(Map<String, Integer> partitions) {
    Integer questions = partitions.get(Topics.QUESTIONS);
    for (String topic : TOPICS) {
      Integer count = partitions.get(topic);
      if (count == null) {
        return Optional.of(
            "missing topic: %s (partition counts seen: %s)".formatted(topic, partitions));
      }
      if (questions != null && !questions.equals(count)) {
        return Optional.of(
            ("%s has %d partitions but %s has %d: they must be equal, or generation results and"
                    + " staff decisions miss their questions (generated questions fall back at"
                    + " their deadline, decisions are numbered without the question's revisions)")
                .formatted(Topics.QUESTIONS, questions, topic, count));
      }
    }
    return Optional.empty();
  }
}
