package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.orchestrator.streams.CoPartitioning;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoPartitioningTest {
  @Test
  void equalCountsAreFine() {
    assertThat(
            CoPartitioning.problem(
                Map.of(
                    Topics.QUESTIONS, 6, Topics.GENERATION_RESULTS, 6, Topics.REVIEW_DECISIONS, 6)))
        .isEmpty();
  }

  @Test
  void unequalCountsAreNamed() {
    assertThat(
            CoPartitioning.problem(
                Map.of(
                    Topics.QUESTIONS, 6, Topics.GENERATION_RESULTS, 3, Topics.REVIEW_DECISIONS, 6)))
        .get()
        .asString()
        .contains("storefront.questions.v1 has 6 partitions", "qa.generation.results.v1 has 3");
    assertThat(
            CoPartitioning.problem(
                Map.of(
                    Topics.QUESTIONS, 6, Topics.GENERATION_RESULTS, 6, Topics.REVIEW_DECISIONS, 2)))
        .get()
        .asString()
        .contains("qa.review.decisions.v1 has 2");
  }

  @Test
  void aMissingTopicIsAProblem() {
    assertThat(CoPartitioning.problem(Map.of(Topics.QUESTIONS, 6))).isPresent();
  }
}
