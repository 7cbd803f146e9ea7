package com.storefront.qa.orchestrator.support;

import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import java.nio.file.Path;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The orchestrator in a JVM of its own, so a test can kill it with SIGKILL: no close, no commit,
 * open transactions left behind. Arguments: bootstrap servers, application id, state directory.
 */
public final class OrchestratorMain {
  public static final String READY = "ORCHESTRATOR RUNNING";

  public static void main(String[] args) throws InterruptedException {
    QuietLogs.apply();
    KafkaStreams streams =
        Orchestrators.start(
            Orchestrators.props(args[0], args[1], Path.of(args[2])),
            QaSettings.defaults(),
            QaMetrics.inMemory());
    System.out.println(READY);
    System.out.flush();
    while (streams.state().isRunningOrRebalancing()) {
      Thread.sleep(1_000);
    }
    System.exit(1);
  }

  private OrchestratorMain() {}
}
