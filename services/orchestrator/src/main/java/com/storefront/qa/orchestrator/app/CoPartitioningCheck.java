package com.storefront.qa.orchestrator.app;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.orchestrator.streams.CoPartitioning;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.streams.StreamsConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness is DOWN while {@code storefront.questions.v1}, {@code qa.generation.results.v1} and
 * {@code qa.review.decisions.v1} have different partition counts (see {@link CoPartitioning}).
 * Checked at most once a minute, with the Streams client's own connection settings; when the broker
 * cannot be asked the check says so and stays UP, leaving connectivity to the Kafka Streams checks.
 */
@Readiness
@ApplicationScoped
public class CoPartitioningCheck implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(CoPartitioningCheck.class);
  private static final String NAME = "qa-orchestrator co-partitioning";
  private static final Duration RECHECK = Duration.ofMinutes(1);
  private static final int TIMEOUT_MS = 3_000;

  @Inject Instance<StreamsConfig> streamsConfig;

  private Admin admin;
  private HealthCheckResponse last;
  private Instant checkedAt = Instant.MIN;

  @Override
  public synchronized HealthCheckResponse call() {
    if (last != null && Instant.now().isBefore(checkedAt.plus(RECHECK))) {
      return last;
    }
    Map<String, Integer> partitions;
    try {
      partitions = describe();
    } catch (Exception e) {
      return HealthCheckResponse.named(NAME)
          .up()
          .withData("verified", false)
          .withData("reason", e.getClass().getSimpleName())
          .build();
    }
    Optional<String> problem = CoPartitioning.problem(partitions);
    problem.ifPresent(LOG::error);
    last =
        problem
            .map(p -> HealthCheckResponse.named(NAME).down().withData("problem", p).build())
            .orElseGet(
                () ->
                    HealthCheckResponse.named(NAME)
                        .up()
                        .withData("verified", true)
                        .withData("partitions", partitions.get(Topics.QUESTIONS))
                        .build());
    checkedAt = Instant.now();
    return last;
  }

  private Map<String, Integer> describe() throws Exception {
    if (admin == null) {
      Map<String, Object> config =
          new HashMap<>(streamsConfig.get().getAdminConfigs("qa-orchestrator-copartitioning"));
      config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
      config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
      admin = Admin.create(config);
    }
    Map<String, TopicDescription> topics =
        admin
            .describeTopics(CoPartitioning.TOPICS)
            .allTopicNames()
            .get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
    Map<String, Integer> partitions = new HashMap<>();
    topics.forEach((name, d) -> partitions.put(name, d.partitions().size()));
    return partitions;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(Duration.ofSeconds(2));
    }
  }
}
