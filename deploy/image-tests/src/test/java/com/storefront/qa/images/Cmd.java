package com.storefront.qa.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs podman, curl, kcat and bin/images as child processes, always with a time limit. */
final class Cmd {
  /** The repository root (this module runs from deploy/image-tests or from the root). */
  static final Path ROOT = locateRoot();

  /** podman here needs runc and lower ulimits (deploy/images/containers.conf). */
  static final String CONTAINERS_CONF =
      System.getenv()
          .getOrDefault(
              "CONTAINERS_CONF", ROOT.resolve("deploy/images/containers.conf").toString());

  private Cmd() {}

  record Result(int code, String out) {
    boolean ok() {
      return code == 0;
    }
  }

  /** Runs a command and returns its exit code and its merged stdout + stderr. */
  static Result run(Duration timeout, String stdin, List<String> cmd) {
    try {
      Path outFile = Files.createTempFile("image-it", ".out");
      try {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile());
        pb.environment().put("CONTAINERS_CONF", CONTAINERS_CONF);
        pb.redirectErrorStream(true).redirectOutput(outFile.toFile());
        if (stdin == null) {
          pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        Process p = pb.start();
        if (stdin != null) {
          try (var in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
          }
        }
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
          return new Result(
              124, Files.readString(outFile) + "\n(killed after " + timeout.toSeconds() + " s)");
        }
        return new Result(p.exitValue(), Files.readString(outFile));
      } finally {
        Files.deleteIfExists(outFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + cmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + cmd, e);
    }
  }

  static Result run(Duration timeout, String... cmd) {
    return run(timeout, null, List.of(cmd));
  }

  static Result podman(String... args) {
    List<String> cmd = new ArrayList<>(List.of("podman"));
    cmd.addAll(List.of(args));
    return run(Duration.ofMinutes(3), null, cmd);
  }

  /**
   * Runs a command with its output copied line by line to System.out (bin/images' progress lines; a
   * forked test JVM's inherited stdout would bypass surefire's console).
   */
  static int runShown(Duration timeout, String... cmd) {
    try {
      ProcessBuilder pb =
          new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
      pb.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
      pb.environment().put("CONTAINERS_CONF", CONTAINERS_CONF);
      Process p = pb.start();
      Thread pump =
          Thread.ofVirtual()
              .start(
                  () -> {
                    try (var r = p.inputReader(StandardCharsets.UTF_8)) {
                      r.lines().forEach(System.out::println);
                    } catch (IOException e) {
                      // the process is gone
                    }
                  });
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return 124;
      }
      pump.join(5000);
      return p.exitValue();
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + List.of(cmd), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + List.of(cmd), e);
    }
  }

  /** Whether an executable is on the PATH. */
  static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** The last lines of a text. */
  static String tail(String text, int lines) {
    String[] all = text.split("\n");
    int from = Math.max(0, all.length - lines);
    return String.join("\n", List.of(all).subList(from, all.length));
  }

  private static Path locateRoot() {
    for (Path p : List.of(Path.of("../.."), Path.of("."))) {
      if (Files.isRegularFile(p.resolve("bin/images"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException("bin/images not found from " + Path.of("").toAbsolutePath());
  }
}
