package com.storefront.qa.worker;

import java.util.List;

/** The worker's configuration cannot work; the message lists every problem found. */
public final class InvalidWorkerConfigException extends RuntimeException {
  private final List<String> problems;

  public InvalidWorkerConfigException(List<String> problems) {
    super(
        "invalid reply-worker configuration:\n  - "
            + String.join("\n  - ", problems)
            + "\n(see docs/reply-worker.md)");
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
