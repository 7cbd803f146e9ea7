package com.storefront.qa.chaos;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** One broker node as a child JVM running {@link BrokerNode}, its output in a log file. */
final class BrokerProcess {
  final int nodeId;
  private final Path config;
  private final Path log;
  private Process process;

  BrokerProcess(int nodeId, Properties props, Path dir) throws IOException {
    this.nodeId = nodeId;
    Files.createDirectories(dir);
    this.config = dir.resolve("node.properties");
    this.log = dir.resolve("broker.log");
    try (Writer out = Files.newBufferedWriter(config)) {
      props.store(out, "chaos broker " + nodeId);
    }
  }

  synchronized void start() throws IOException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("broker " + nodeId + " is still running");
    }
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx320m",
            "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1",
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            "-cp",
            System.getProperty("java.class.path"),
            BrokerNode.class.getName(),
            config.toString());
    process =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
  }

  synchronized long pid() {
    return process.pid();
  }

  synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** SIGKILL, then waits for the process to be gone so a restart can take its ports. */
  synchronized void kill() throws InterruptedException {
    if (isAlive()) {
      Signals.kill(process.pid());
      process.waitFor();
    }
  }

  /** SIGTERM (a clean shutdown), SIGKILL after 20 s. */
  synchronized void stop() throws InterruptedException {
    if (isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
