package com.storefront.qa.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Quarkus service run as a child process from its fast-jar, with its output in a log file. */
final class ServiceProcess {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final String name;
  final int port;
  final Path jar;
  final Path log;
  private final List<String> jvmArgs;
  private final Map<String, String> properties;
  private final Map<String, String> env;
  private Process process;

  ServiceProcess(
      String name,
      int port,
      Path jar,
      Path log,
      List<String> jvmArgs,
      Map<String, String> properties,
      Map<String, String> env) {
    this.name = name;
    this.port = port;
    this.jar = jar;
    this.log = log;
    this.jvmArgs = jvmArgs;
    this.properties = properties;
    this.env = env;
  }

  /** The command line, for the log and the docs. */
  List<String> command() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-jar");
    cmd.add(jar.toString());
    return cmd;
  }

  void start() throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder pb = new ProcessBuilder(command());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    process = pb.start();
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** HTTP status of /q/health/ready, or -1 when the port does not answer. */
  int readyStatus() {
    try {
      HttpResponse<Void> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url("/q/health/ready")))
                  .timeout(Duration.ofSeconds(3))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Waits until /q/health/ready answers 200; fails fast when the process exits. */
  void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int last = -1;
    while (System.nanoTime() < deadline) {
      if (!isAlive()) {
        throw new IllegalStateException(
            name
                + " exited with status "
                + process.exitValue()
                + " before it was ready; last lines of "
                + log
                + ":\n"
                + tail(40));
      }
      last = readyStatus();
      if (last == 200) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        name
            + " was not ready after "
            + timeout.toSeconds()
            + " s (last /q/health/ready status "
            + last
            + "); last lines of "
            + log
            + ":\n"
            + tail(40));
  }

  /** Asks the process to stop (SIGTERM: Quarkus shuts down gracefully), then kills it. */
  void stop(Duration grace) {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException | RuntimeException e) {
      return "(no log: " + e + ")";
    }
  }
}
