package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole local stack as {@code bin/run-local} runs it (LocalBroker, PostgreSQL, the three
 * services as child processes from their fast-jars, the reply worker on the tiny checkpoint, the
 * supervisor), with the reply worker and then the orchestrator killed with {@code kill -9} while
 * questions are in flight: the supervisor brings each back, the review console is never touched,
 * and every question gets exactly one revision-1 answer on storefront.answers.v1, read with
 * isolation.level=read_committed.
 *
 * <p>Needs the services' fast-jars ({@code services/<m>/target/quarkus-app}), which the reactor
 * build packages before this module's ITs run.
 */
class SupervisedStackIT {
  static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
  static final Duration RESTART = Duration.ofSeconds(240);

  @TempDir static Path work;
  static LocalStack stack;

  @BeforeAll
  static void start() throws Exception {
    for (String m : List.of("orchestrator", "review-console", "reply-worker")) {
      assumeTrue(
          Files.exists(REPO.resolve("services/" + m + "/target/quarkus-app/quarkus-run.jar")),
          "needs the fast-jar of " + m + " (./mvnw -pl services/" + m + " package)");
    }
    StackOptions o = new StackOptions();
    o.workDir = work;
    o.repoRoot = REPO;
    o.modelDir = null; // the tiny checkpoint, as a plain bin/run-local
    o.kafkaPort = freePort();
    o.pgPort = freePort();
    o.orchestratorPort = freePort();
    o.consolePort = freePort();
    o.workerPort = freePort();
    o.readyTimeoutSeconds = 300;
    stack = new LocalStack(o);
    stack.start();
  }

  @AfterAll
  static void stop() {
    if (stack != null) {
      stack.close();
    }
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static ServiceProcess service(String name) {
    return stack.services().stream().filter(s -> s.name.equals(name)).findFirst().orElseThrow();
  }

  static void kill9(ServiceProcess service) throws Exception {
    assertThat(new ProcessBuilder("kill", "-9", String.valueOf(service.pid())).start().waitFor())
        .isZero();
  }

  static void awaitBack(ServiceProcess service, long oldPid) {
    Events.await(
        service.name + " restarted by the supervisor and ready",
        RESTART,
        () ->
            stack.supervisor().restartCount(service.name) == 1
                && service.pid() != oldPid
                && service.readyStatus() == 200);
  }

  @Test
  void killMinus9OfWorkerAndOrchestrator_everyQuestionAnsweredExactlyOnce() throws Exception {
    String b = stack.bootstrapServers();
    ServiceProcess worker = service("reply-worker");
    ServiceProcess orchestrator = service("orchestrator");
    ServiceProcess console = service("review-console");
    long consolePid = console.pid();
    List<String> ids = new ArrayList<>();
    LocalDateTime t = LocalDateTime.now();
    try (var answers =
        new Events.Collector<>(b, Topics.ANSWERS, AnswerEvent.class, AnswerEvent::questionId)) {
      ids.addAll(Samples.feed(b, batch(t)));
      // Kill the worker once answers flow, with the rest of the batch still in flight.
      Events.await("first answers", Duration.ofSeconds(120), () -> answers.distinct() >= 3);
      long workerPid = worker.pid();
      kill9(worker);
      ids.addAll(Samples.feed(b, batch(t.plusSeconds(1))));
      awaitBack(worker, workerPid);

      ids.addAll(Samples.feed(b, batch(t.plusSeconds(2))));
      Events.await(
          "an answer of the third batch",
          Duration.ofSeconds(120),
          () ->
              answers.firstSeenAt.keySet().stream()
                  .anyMatch(id -> id.contains(stamp(t.plusSeconds(2)))));
      long orchestratorPid = orchestrator.pid();
      kill9(orchestrator);
      ids.addAll(Samples.feed(b, batch(t.plusSeconds(3))));
      awaitBack(orchestrator, orchestratorPid);

      Events.await(
          "an answer for each of the " + ids.size() + " questions",
          Duration.ofSeconds(300),
          () -> answers.firstSeenAt.keySet().containsAll(ids));
    }
    Map<String, Long> revision1 =
        Events.readAll(b, Topics.ANSWERS, AnswerEvent.class).stream()
            .filter(a -> a.revision() == 1)
            .collect(Collectors.groupingBy(AnswerEvent::questionId, Collectors.counting()));
    assertThat(revision1.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(revision1)
        .allSatisfy((id, n) -> assertThat(n).as("revision-1 answers of " + id).isEqualTo(1));
    assertThat(console.pid()).as("the review console was never restarted").isEqualTo(consolePid);
    assertThat(stack.supervisor().restartCount("review-console")).isZero();
    assertThat(stack.supervisor().gaveUp("reply-worker")).isFalse();
    assertThat(stack.supervisor().gaveUp("orchestrator")).isFalse();
  }

  static List<ObjectNode> batch(LocalDateTime runStart) throws Exception {
    return Samples.load(null, runStart);
  }

  static String stamp(LocalDateTime runStart) {
    return runStart.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd-HHmmss"));
  }
}
