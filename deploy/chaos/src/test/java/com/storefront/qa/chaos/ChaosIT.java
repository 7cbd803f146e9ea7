package com.storefront.qa.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos run, short enough for CI: three minutes of offers with every fault kind injected at
 * least once (brokers, orchestrators, workers and the audit writer killed with SIGKILL, a process
 * paused past its session timeout, PostgreSQL stopped, a service cut off from the cluster), then
 * the full check. {@code bin/chaos} runs the same for as long as one likes.
 *
 * <p>Needs the services' fast-jars, which the reactor build packages before this module's ITs.
 */
class ChaosIT {
  static final Path REPO = Path.of("../..").toAbsolutePath().normalize();

  @TempDir Path work;

  @Test
  void nothingIsLostOrAnsweredTwiceUnderEveryKindOfFault() throws Exception {
    for (String m : List.of("orchestrator", "review-console", "reply-worker")) {
      assertThat(REPO.resolve("services/" + m + "/target/quarkus-app/quarkus-run.jar"))
          .as("the fast-jar of %s (the reactor build packages it before this IT)", m)
          .exists();
    }
    ChaosOptions options =
        new ChaosOptions(20261202L, 3, Fault.Kind.values().length, 5, 6, 4, REPO, work);
    Verdict v = new ChaosRun(options, line -> System.out.println("[chaos] " + line)).run();
    System.out.println(Report.table(v, options));

    assertThat(v.failures()).isEmpty();
    assertThat(v.faults().keySet()).containsAll(EnumSet.allOf(Fault.Kind.class));
    assertThat(v.offered()).isGreaterThan(500);
    assertThat(v.malformedOffered()).isGreaterThan(10);
    assertThat(v.duplicatesOffered()).isGreaterThan(10);
    assertThat(v.answered()).isEqualTo(v.offered());
    assertThat(Files.list(work.resolve("logs"))).isNotEmpty();
  }
}
