package com.storefront.qa.chaos;

import java.nio.file.Path;

/**
 * The knobs of a chaos run.
 *
 * @param seed the fault schedule's and the offer mix's seed: the same seed, the same run
 * @param minutes how long questions are offered at least
 * @param minFaults how many faults are injected at least (offering goes on until both are met)
 * @param rate records offered per second
 * @param pauseBetweenFaults seconds between repairing one fault and injecting the next (at most)
 * @param quietMinutes how long to wait after the last offer for every answer and zero lag
 * @param repo the repository root (where the services' fast-jars are)
 * @param work where brokers, PostgreSQL and logs keep their files
 */
record ChaosOptions(
    long seed,
    double minutes,
    int minFaults,
    double rate,
    int pauseBetweenFaults,
    double quietMinutes,
    Path repo,
    Path work) {
  ChaosOptions {
    require(minutes > 0, "--minutes must be > 0");
    require(minFaults >= 0, "--min-faults must be >= 0");
    require(rate > 0 && rate <= 2000, "--rate must be in (0, 2000]");
    require(pauseBetweenFaults >= 1, "--pause must be >= 1 second");
    require(quietMinutes > 0, "--quiet-minutes must be > 0");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Parses {@code --seed N --minutes M --min-faults F --rate R --pause S --quiet-minutes Q --work
   * DIR}.
   */
  static ChaosOptions parse(String[] args, Path repo) {
    long seed = 1;
    double minutes = 20;
    int minFaults = 20;
    double rate = 10;
    int pause = 15;
    double quiet = 5;
    Path work = repo.resolve("deploy/chaos/work");
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--seed" -> seed = Long.parseLong(v);
        case "--minutes" -> minutes = Double.parseDouble(v);
        case "--min-faults" -> minFaults = Integer.parseInt(v);
        case "--rate" -> rate = Double.parseDouble(v);
        case "--pause" -> pause = Integer.parseInt(v);
        case "--quiet-minutes" -> quiet = Double.parseDouble(v);
        case "--work" -> work = Path.of(v);
        default ->
            throw new IllegalArgumentException("unknown option " + a + " (see bin/chaos --help)");
      }
    }
    return new ChaosOptions(seed, minutes, minFaults, rate, pause, quiet, repo, work);
  }
}
