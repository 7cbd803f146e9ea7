package com.storefront.qa.chaos;

import java.nio.file.Path;
import java.time.Instant;

/**
 * {@code bin/chaos}: runs the chaos run and prints its table; exits 1 when anything was lost,
 * answered twice, missing from the DLQ or the audit, or a consumer did not catch up.
 */
public final class ChaosMain {
  private ChaosMain() {}

  /**
   * @param args see {@link ChaosOptions#parse}
   */
  public static void main(String[] args) throws Exception {
    ChaosOptions options;
    try {
      options = ChaosOptions.parse(args, Path.of(".").toAbsolutePath().normalize());
    } catch (IllegalArgumentException e) {
      System.err.println("bin/chaos: " + e.getMessage());
      System.exit(2);
      return;
    }
    long started = System.currentTimeMillis();
    Verdict v =
        new ChaosRun(options, line -> System.out.println(Instant.now() + "  " + line)).run();
    System.out.println();
    System.out.println(Report.table(v, options));
    System.out.printf(
        "%nreproduce: bin/chaos --seed %d --minutes %s --min-faults %d --rate %s --pause %d"
            + " (took %.1f min)%n",
        options.seed(),
        options.minutes(),
        options.minFaults(),
        options.rate(),
        options.pauseBetweenFaults(),
        (System.currentTimeMillis() - started) / 60000.0);
    if (!v.failures().isEmpty()) {
      v.failures().forEach(f -> System.out.println("FAILED: " + f));
      System.exit(1);
    }
    System.out.println("PASSED: nothing lost, nothing twice");
    System.exit(0);
  }
}
