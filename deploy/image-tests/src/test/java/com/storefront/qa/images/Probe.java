package com.storefront.qa.images;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the image tests share: readiness by curl, container logs, free ports, the test log. */
final class Probe {
  static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
  private static final long T0 = System.nanoTime();

  private Probe() {}

  /** Polls {@code curl /q/health/ready} until it answers 200; fails with the container's log. */
  static String awaitReady(String name, String container, int port) throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String url = "http://127.0.0.1:" + port + "/q/health/ready";
    Cmd.Result last = null;
    while (System.nanoTime() < deadline) {
      last = Cmd.run(Duration.ofSeconds(10), "curl", "-fsS", "-m", "5", url);
      if (last.ok()) {
        return last.out();
      }
      Cmd.Result state =
          Cmd.podman("inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", container);
      if (state.ok() && !state.out().startsWith("running")) {
        fail(
            "%s: the container stopped before it was ready (state: %s)%n%s"
                .formatted(name, state.out().trim(), logsOf(List.of(container))));
      }
      Thread.sleep(2000);
    }
    fail(
        "%s: %s not ready within %d s (last: %s)%n%s"
            .formatted(
                name,
                url,
                READY_TIMEOUT.toSeconds(),
                last == null ? "-" : last.out().trim(),
                logsOf(List.of(container))));
    return null;
  }

  /** The last 60 log lines of each container (stdout and stderr). */
  static String logsOf(List<String> containers) {
    StringBuilder out = new StringBuilder();
    for (String c : containers) {
      Cmd.Result logs = Cmd.podman("logs", "--tail", "60", c);
      out.append("---- podman logs --tail 60 ")
          .append(c)
          .append('\n')
          .append(Cmd.tail(logs.out(), 60))
          .append('\n');
    }
    return out.toString();
  }

  /** A container's whole log (stdout and stderr). */
  static String log(String container) {
    return Cmd.podman("logs", container).out();
  }

  /** Lets the images' user 10001 write a folder the test mounts (the chart uses emptyDirs). */
  static void chown10001(Path dir) {
    Cmd.Result r = Cmd.run(Duration.ofSeconds(30), "chown", "-R", "10001", dir.toString());
    if (!r.ok()) {
      // Not root: let anyone write it instead.
      Cmd.run(Duration.ofSeconds(30), "chmod", "-R", "a+rwX", dir.toString());
    }
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The chart's appVersion: the tag bin/images gives the images. */
  static String chartAppVersion() {
    try {
      for (String line : Files.readAllLines(Cmd.ROOT.resolve("helm/storefront-qa/Chart.yaml"))) {
        if (line.startsWith("appVersion:")) {
          return line.substring("appVersion:".length()).trim().replace("\"", "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no appVersion in helm/storefront-qa/Chart.yaml");
  }

  static void say(String format, Object... args) {
    System.out.printf(
        "[image-it %3ds] %s%n",
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - T0),
        args.length == 0 ? format : format.formatted(args));
    System.out.flush();
  }
}
