package com.storefront.qa.orchestrator.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps broker and client INFO chatter out of the test output; the orchestrator stays at INFO. */
public final class QuietLogs {
  private static final List<Logger> HELD = new ArrayList<>();

  public static synchronized void apply() {
    if (!HELD.isEmpty()) {
      return;
    }
    for (String name :
        List.of("org.apache.kafka", "kafka", "state.change.logger", "org.apache.zookeeper")) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.WARNING);
      HELD.add(logger);
    }
    for (String name :
        List.of("org.apache.kafka.streams.KafkaStreams", "org.apache.kafka.streams.errors")) {
      Logger logger = Logger.getLogger(name);
      logger.setLevel(Level.INFO);
      HELD.add(logger);
    }
  }

  private QuietLogs() {}
}
