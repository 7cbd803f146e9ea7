package com.storefront.qa.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.List;

/** Questions in and answers out through the real broker, with kcat (a non-Java client). */
final class Answers {
  private final String bootstrap;

  Answers(String bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** Produces a question to storefront.questions.v1; returns its id. */
  String ask(String shopId, String locale, String text) {
    String id = "q-image-" + shopId + "-" + System.currentTimeMillis();
    String question =
        ("{\"schemaVersion\":1,\"questionId\":\"%s\",\"shopId\":\"%s\",\"productId\":\"p-42\","
                + "\"locale\":\"%s\",\"text\":\"%s\",\"askedAt\":\"2026-11-23T09:00:00Z\"}")
            .formatted(id, shopId, locale, text);
    Cmd.Result produced =
        Cmd.run(
            Duration.ofSeconds(30),
            id + ":" + question + "\n",
            List.of("kcat", "-b", bootstrap, "-t", "storefront.questions.v1", "-P", "-K:"));
    assertThat(produced.ok()).as("kcat -P: %s", produced.out()).isTrue();
    Probe.say("asked %s (%s) through kcat", id, shopId);
    return id;
  }

  /** The committed answer to a question on storefront.answers.v1 (read_committed). */
  String await(String id, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Cmd.Result read =
          Cmd.run(
              Duration.ofSeconds(30),
              "kcat",
              "-b",
              bootstrap,
              "-t",
              "storefront.answers.v1",
              "-C",
              "-o",
              "beginning",
              "-e",
              "-q",
              "-X",
              "isolation.level=read_committed",
              "-f",
              "%k\t%s\n");
      for (String line : read.out().split("\n")) {
        if (line.startsWith(id + "\t")) {
          String answer = line.substring(id.length() + 1);
          assertThat(answer).contains("\"questionId\":\"" + id + "\"");
          return answer;
        }
      }
      Thread.sleep(1000);
    }
    fail("no answer to %s on storefront.answers.v1 within %d s".formatted(id, timeout.toSeconds()));
    return null;
  }
}
