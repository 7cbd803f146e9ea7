package com.storefront.qa.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.testkit.Postgres;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-command local stack behind {@code bin/run-local}: a real KRaft Kafka broker on a fixed
 * port and a real PostgreSQL 17 (both in this JVM, data kept under the work dir), the system
 * topics, the services as supervised child processes from their Quarkus fast-jars, then the sample
 * questions, printing every answer as it arrives until Ctrl-C.
 *
 * <p>No static loggers here: the logging configuration is set in {@link #main} before any library
 * class creates one.
 */
public final class LocalStack implements AutoCloseable {
  private static final PrintStream OUT =
      // UTF-8 bytes into whatever System.out is (the terminal; the test report in a test run).
      new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private final StackOptions options;
  private final Path work;
  private final ConsolePrinter printer = new ConsolePrinter(LocalStack::say);
  private final Object stopLock = new Object();
  private volatile boolean stopping;
  private Postgres postgres;
  private LocalBroker kafka;
  private ServicePlan plan;
  private Supervisor supervisor;
  private String dataLine = "";

  LocalStack(StackOptions options) {
    this.options = options;
    this.work = options.workDir.toAbsolutePath();
  }

  /** {@code bin/run-local}: see {@code run-local-usage.txt} for the flags. */
  public static void main(String[] args) {
    StackOptions options;
    try {
      options = StackOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(StackOptions.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      OUT.print(StackOptions.USAGE);
      return;
    }
    Path logs = options.workDir.resolve("logs");
    try {
      Files.createDirectories(logs);
    } catch (IOException e) {
      System.err.println("error: cannot create " + logs + ": " + e.getMessage());
      System.exit(1);
    }
    // Broker, PostgreSQL and client chatter goes to a file; the console shows the conversation.
    System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("stack.log").toString());
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    LocalStack stack = new LocalStack(options);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
    int status;
    try {
      status = stack.run();
    } catch (Exception e) {
      System.err.println("\nlocal stack failed: " + e.getMessage());
      System.err.println("logs: " + logs.toAbsolutePath());
      status = 1;
    }
    // Exits through the shutdown hook, which stops children, broker and PostgreSQL in order.
    System.exit(status);
  }

  private int run() throws Exception {
    start();
    OUT.print(
        Banner.text(
            kafka.bootstrapServers(),
            postgres.jdbcUrl(),
            services(),
            plan,
            work.resolve("logs"),
            dataLine));
    List<ObjectNode> samples =
        options.noSamples ? List.of() : Samples.load(options.questionsFile, LocalDateTime.now());
    List<String> ids = List.of();
    if (!samples.isEmpty()) {
      say("feeding %d sample questions ...", samples.size());
      ids = Samples.feed(kafka.bootstrapServers(), samples);
    }
    if (options.exitAfterSamples) {
      int answered = awaitAnswers(ids, Duration.ofSeconds(options.answerTimeoutSeconds));
      boolean all = answered == ids.size();
      say(
          all
              ? "all %d sample questions answered; stopping (--exit-after-samples)"
              : "only %d of %d sample questions answered in time; stopping",
          all ? ids.size() : answered,
          ids.size());
      return all ? 0 : 1;
    }
    say("running; send your own questions (see above). Ctrl-C stops everything.");
    while (!stopping) {
      Thread.sleep(1000);
    }
    return 0;
  }

  /**
   * Starts PostgreSQL, the broker and the topics, then the services (each ready) under supervision,
   * then the console printer.
   */
  void start() throws Exception {
    say("work dir: " + work);
    StackData data = new StackData(work);
    StackData.Decision decision = data.prepare(options.fresh);
    dataLine = decision.why();
    say("data: " + decision.why());
    checkPortsFree();

    long t0 = System.nanoTime();
    postgres = Postgres.start(data.pg, options.pgPort);
    say("PostgreSQL 17 ready at %s (user postgres) in %d ms", postgres.jdbcUrl(), ms(t0));

    t0 = System.nanoTime();
    kafka = LocalBroker.start(data.kafka, options.kafkaHost, options.kafkaPort);
    int created = TopicSetup.ensure(kafka.bootstrapServers(), options.partitions, LocalStack::say);
    say(
        "Kafka broker (KRaft) ready at %s in %d ms; %d topics (%d created, %d kept)",
        kafka.bootstrapServers(), ms(t0), Topics.ALL.size(), created, Topics.ALL.size() - created);

    plan =
        options.noServices
            ? null
            : ServicePlan.plan(options, work, kafka.bootstrapServers(), postgres.jdbcUrl());
    for (ServiceProcess service : services()) {
      synchronized (stopLock) {
        if (stopping) {
          return; // Ctrl-C during start-up: close() stops what has started
        }
        say("starting %-15s log: %s", service.name, service.log);
        service.start();
      }
    }
    Duration ready = Duration.ofSeconds(options.readyTimeoutSeconds);
    for (ServiceProcess service : services()) {
      t0 = System.nanoTime();
      service.awaitReady(ready);
      say("%-15s ready (%s) after %d ms", service.name, service.url("/q/health/ready"), ms(t0));
    }
    synchronized (stopLock) {
      if (stopping) {
        return;
      }
      supervisor = new Supervisor(services(), RestartPolicy.DEFAULT, ready, LocalStack::say);
      supervisor.start();
    }
    printer.start(kafka.bootstrapServers());
  }

  /** The child services, in start order (empty with --no-services). */
  List<ServiceProcess> services() {
    return plan == null ? List.of() : plan.services;
  }

  /** The supervisor of the child services, once they are all up. */
  Supervisor supervisor() {
    return supervisor;
  }

  /** The broker's bootstrap servers. */
  String bootstrapServers() {
    return kafka.bootstrapServers();
  }

  private int awaitAnswers(List<String> ids, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      int answered = (int) ids.stream().filter(printer::isAnswered).count();
      if (answered == ids.size()) {
        Thread.sleep(500); // let the printer finish its line
        return answered;
      }
      if (System.nanoTime() > deadline) {
        return answered;
      }
      Thread.sleep(200);
    }
  }

  private void checkPortsFree() {
    List<String> busy = new ArrayList<>();
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("PostgreSQL", options.pgPort);
    if (!options.noServices) {
      ports.put("orchestrator", options.orchestratorPort);
      ports.put("review-console", options.consolePort);
      ports.put("reply-worker", options.workerPort);
    }
    ports.forEach(
        (what, port) -> {
          try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", port));
          } catch (IOException e) {
            busy.add(what + " port " + port);
          }
        });
    if (!busy.isEmpty()) {
      throw new IllegalStateException(
          "already in use: "
              + String.join(", ", busy)
              + " (is another run-local still running? see --help for the port flags)");
    }
  }

  /**
   * Stops everything, once: supervision first (so the services' exits are not taken for crashes),
   * then the services, then the broker, then PostgreSQL.
   */
  @Override
  public void close() {
    synchronized (stopLock) {
      if (stopping) {
        return;
      }
      stopping = true;
    }
    say("stopping ...");
    if (supervisor != null) {
      supervisor.close();
    }
    printer.close();
    List<ServiceProcess> reversed = new ArrayList<>(services());
    Collections.reverse(reversed);
    for (ServiceProcess service : reversed) {
      if (service.isAlive()) {
        say("  stopping %s", service.name);
        service.stop(Duration.ofSeconds(20));
      }
    }
    if (kafka != null) {
      say("  stopping the Kafka broker");
      try {
        kafka.close();
      } catch (RuntimeException e) {
        say("  broker stop: %s", e.getMessage());
      }
    }
    if (postgres != null) {
      say("  stopping PostgreSQL");
      try {
        postgres.stop();
      } catch (RuntimeException e) {
        say("  PostgreSQL stop: %s", e.getMessage());
      }
    }
    say("stopped.");
  }

  private static void say(String format, Object... args) {
    OUT.println(args.length == 0 ? format : String.format(format, args));
  }

  private static void say(String line) {
    OUT.println(line);
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}
