package com.storefront.qa.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The stack's data under the work dir, kept from one run to the next unless the user asks for a
 * fresh start. Broker and PostgreSQL are kept or wiped together: the audit in PostgreSQL is built
 * from the Kafka log (its consumer offsets live in Kafka), so keeping only one of them would leave
 * an audit that does not match the log. The orchestrator's local state goes with the broker's data
 * it was built from.
 */
final class StackData {
  /** The review console's customer-reference key file, kept and wiped with the audit it hashes. */
  static final String CUSTOMER_REF_KEY = "customer-ref-key";

  final Path kafka;
  final Path pg;
  final Path orchestratorState;
  final Path customerRefKey;

  StackData(Path work) {
    this.kafka = work.resolve("kafka");
    this.pg = work.resolve("pg");
    this.orchestratorState = work.resolve("orchestrator-state");
    this.customerRefKey = work.resolve(CUSTOMER_REF_KEY);
  }

  /** Whether the data of an earlier run was kept. */
  record Decision(boolean kept, String why) {}

  /**
   * Wipes what must go before the broker and PostgreSQL start, and says what happened.
   *
   * @param fresh the user asked for a fresh start ({@code --fresh})
   */
  Decision prepare(boolean fresh) throws IOException {
    boolean hasKafka = LocalBroker.hasData(kafka);
    boolean hasPg = Files.exists(pg.resolve("PG_VERSION"));
    String why;
    if (fresh) {
      why = "fresh start (--fresh): earlier questions, answers and audit deleted";
    } else if (hasKafka && hasPg) {
      return new Decision(
          true, "kept the data of the earlier run (topics and audit); --fresh starts empty");
    } else if (!hasKafka && !hasPg) {
      why = "no earlier data: starting empty";
    } else {
      why =
          "the earlier run left %s but no %s: starting empty so the audit matches the log"
              .formatted(
                  hasKafka ? "broker data" : "PostgreSQL data",
                  hasKafka ? "PostgreSQL data" : "broker data");
    }
    for (Path dir : List.of(kafka, pg, orchestratorState, customerRefKey)) {
      deleteRecursively(dir);
    }
    return new Decision(false, why);
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
