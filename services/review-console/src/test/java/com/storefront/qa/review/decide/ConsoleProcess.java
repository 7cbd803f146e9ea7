package com.storefront.qa.review.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The console as its own operating-system process: the fast-jar the module's package phase built
 * ({@code target/quarkus-app/quarkus-run.jar}), in its production profile, with the settings a
 * deployment passes as system properties and secrets in the environment. {@link #kill} is SIGKILL
 * ({@link Process#destroyForcibly} on Linux): no shutdown hook, no graceful drain.
 */
final class ConsoleProcess {
  static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final int port;
  private final Map<String, String> properties;
  private final Map<String, String> env;
  private final Path log;
  private Process process;

  ConsoleProcess(Map<String, String> properties, Map<String, String> env, Path log)
      throws IOException {
    assertThat(JAR).as("the fast-jar from the package phase").exists();
    try (ServerSocket s = new ServerSocket(0)) {
      this.port = s.getLocalPort();
    }
    this.properties = properties;
    this.env = env;
    this.log = log;
  }

  /** Starts the console (appending to its log) and waits until it is ready. */
  void start(Duration within) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx384m");
    cmd.add("-Dquarkus.http.port=" + port);
    properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-jar");
    cmd.add(JAR.toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().putAll(env);
    Files.createDirectories(log.getParent());
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = pb.start();
    long deadline = System.nanoTime() + within.toNanos();
    while (readyStatus() != 200) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "console not ready (alive=" + process.isAlive() + "); log " + log.toAbsolutePath());
      }
      Thread.sleep(200);
    }
  }

  /** SIGKILL, then waits until the process is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private int readyStatus() {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                  .timeout(Duration.ofSeconds(3))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Stops a process a failed test left behind. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      kill();
    }
  }
}
