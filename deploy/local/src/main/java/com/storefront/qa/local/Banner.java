package com.storefront.qa.local;

import com.storefront.qa.contracts.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The "stack is up" banner: addresses, URLs, model, logs and the kcat commands to try. */
final class Banner {
  private Banner() {}

  static String text(
      String bootstrap,
      String jdbcUrl,
      List<ServiceProcess> services,
      ServicePlan plan,
      Path logs,
      String data) {
    // The orchestrator remembers every questionId (7 days) and drops a repeat as a duplicate, and
    // the data now outlives the run: suggest an id this run has not used.
    String id = "q-mine-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
    StringBuilder s = new StringBuilder();
    s.append("\n==================================================================\n");
    s.append(" Storefront Q&A local stack is up\n");
    s.append("   Kafka broker    ").append(bootstrap).append("   (KRaft, in-process)\n");
    s.append("   PostgreSQL      ").append(jdbcUrl).append("   user postgres\n");
    for (ServiceProcess svc : services) {
      s.append(
          "   %-15s %s  %s%n"
              .formatted(svc.name, svc.url("/q/health/ready"), svc.url("/q/metrics")));
    }
    if (plan != null && plan.demo != null) {
      services.stream()
          .filter(svc -> svc.name.equals("review-console"))
          .findFirst()
          .ifPresent(svc -> s.append(plan.demo.bannerLine(svc.url("/"))).append('\n'));
    }
    s.append("   generation      ")
        .append(
            plan == null
                ? "no services (--no-services)"
                : plan.generation
                    ? "ON, model: " + plan.modelDescription
                    : "OFF (acknowledge-only)")
        .append('\n');
    s.append("   logs            ").append(logs).append('\n');
    s.append("   data            ").append(data).append('\n');
    s.append(" Watch the answers (start it first, in another terminal):\n");
    s.append("   ").append(watchCommand(bootstrap)).append('\n');
    s.append(" Ask your own question (a new questionId each time):\n");
    s.append("   echo '")
        .append(id)
        .append(":{\"schemaVersion\":1,\"questionId\":\"")
        .append(id)
        .append("\",\"shopId\":\"hanbit-market\",\"productName\":\"무드등\",\"text\":\"밝기 조절 되나요?\",")
        .append("\"askedAt\":\"")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
        .append("\"}' \\\n     | ")
        .append(produceCommand(bootstrap))
        .append('\n');
    s.append("==================================================================\n");
    return s.toString();
  }

  /**
   * kcat following the answers from now on. read_committed: the orchestrator writes in
   * transactions, and a default reader can see records of aborted ones.
   */
  static String watchCommand(String bootstrap) {
    return "kcat -b %s -t %s -C -o end -u -q -X isolation.level=read_committed -f '%%k %%s\\n'"
        .formatted(bootstrap, Topics.ANSWERS);
  }

  /**
   * kcat producing one {@code key:value} line, with librdkafka's own partitioner: the orchestrator
   * re-partitions every question by its id, so any partitioner will do.
   */
  static String produceCommand(String bootstrap) {
    return "kcat -b %s -t %s -P -K:".formatted(bootstrap, Topics.QUESTIONS);
  }
}
