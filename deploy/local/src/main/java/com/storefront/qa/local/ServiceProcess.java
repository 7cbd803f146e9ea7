package com.storefront.qa.local;

import com.storefront.qa.contracts.text.ControlChars;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Quarkus service run as a child process from its fast-jar, with its output in a log file. It
 * can be started again after it died ({@link #restart}): the log is then appended to, after a line
 * that says why, and {@link #tail} shows only what the current process wrote.
 */
public final class ServiceProcess {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** The service's name in logs and tables. */
  public final String name;

  /** Its HTTP port. */
  public final int port;

  final Path jar;
  final Path log;
  private final List<String> jvmArgs;
  private final Map<String, String> properties;
  private final Map<String, String> env;
  private Process process;
  private long logStart;

  /**
   * @param name the service's name in logs and tables
   * @param port its HTTP port (for /q/health/ready)
   * @param jar its Quarkus fast-jar
   * @param log where its output goes
   * @param jvmArgs JVM options such as -Xmx
   * @param properties system properties (-Dk=v) on top of its application.properties
   * @param env environment variables added to this JVM's
   */
  public ServiceProcess(
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

  /** Starts the process, with a fresh log. */
  public synchronized void start() throws IOException {
    Files.createDirectories(log.getParent());
    Files.deleteIfExists(log);
    launch();
  }

  /**
   * Starts the process again after it exited, appending to its log after a line with {@code
   * reason}, so the earlier process's last words stay readable above it.
   */
  public synchronized void restart(String reason) throws IOException {
    if (isAlive()) {
      throw new IllegalStateException(name + " is still running");
    }
    Files.writeString(
        log,
        "%n==== %s: restarted by bin/run-local: %s ====%n".formatted(Instant.now(), reason),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    launch();
  }

  private void launch() throws IOException {
    logStart = Files.exists(log) ? Files.size(log) : 0;
    ProcessBuilder pb = new ProcessBuilder(command());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true);
    pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    process = pb.start();
  }

  public synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The operating system's id of the current process, or -1 before the first start. */
  public synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  /** Waits until the current process exits and returns its exit status. */
  public int waitForExit() throws InterruptedException {
    Process p;
    synchronized (this) {
      p = process;
    }
    if (p == null) {
      throw new IllegalStateException(name + " was never started");
    }
    return p.waitFor();
  }

  private synchronized Process process() {
    return process;
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
  public void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int last = -1;
    Process p = process();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IllegalStateException(
            name
                + " exited with "
                + ExitStatus.describe(p.exitValue())
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
  public void stop(Duration grace) {
    Process p = process();
    if (p == null || !p.isAlive()) {
      return;
    }
    p.destroy();
    try {
      if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The last lines the current (or last) process wrote, each made safe for the terminal. Only its
   * own output: an earlier process's lines above the restart marker are not shown as if new.
   */
  public String tail(int lines) {
    long from;
    synchronized (this) {
      from = logStart;
    }
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      // The last 64 KiB are plenty for 40 lines and keep a long-running log from being read whole.
      long start = Math.max(from, file.length() - 65_536);
      byte[] bytes = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(bytes);
      List<String> all = new String(bytes, StandardCharsets.UTF_8).lines().toList();
      if (start > from && !all.isEmpty()) {
        all = all.subList(1, all.size()); // the first line is probably cut
      }
      List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
      if (last.isEmpty()) {
        return "   (it wrote nothing)";
      }
      return String.join("\n", last.stream().map(l -> "   | " + ControlChars.escape(l)).toList());
    } catch (IOException | RuntimeException e) {
      return "   (no log: " + e + ")";
    }
  }
}
