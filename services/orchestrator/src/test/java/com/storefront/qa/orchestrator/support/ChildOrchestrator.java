package com.storefront.qa.orchestrator.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An {@link OrchestratorMain} process: started, awaited, and killed without warning. */
public final class ChildOrchestrator {
  private final Process process;
  private final Path log;

  private ChildOrchestrator(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  public static ChildOrchestrator start(
      String bootstrapServers, String applicationId, Path stateDir, Path log) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-Xmx384m",
            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
            "-cp",
            classpath,
            OrchestratorMain.class.getName(),
            bootstrapServers,
            applicationId,
            stateDir.toString());
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ChildOrchestrator child = new ChildOrchestrator(process, log);
    child.awaitReady(Duration.ofSeconds(90));
    return child;
  }

  private void awaitReady(Duration timeout) throws IOException {
    Instant end = Instant.now().plus(timeout);
    while (Instant.now().isBefore(end)) {
      if (Files.readString(log, StandardCharsets.UTF_8).contains(OrchestratorMain.READY)) {
        return;
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("orchestrator process exited; see " + log);
      }
      Orchestrators.sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "orchestrator process not ready in " + timeout + "; see " + log);
  }

  /** SIGKILL: the JVM gets no chance to commit, flush or leave the group. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  public boolean isAlive() {
    return process.isAlive();
  }
}
