package com.storefront.qa.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one-command local stack behind {@code bin/run-local}: a real KRaft Kafka broker on a fixed
 * port and a real PostgreSQL 17 (both in this JVM, data under the work dir), the system topics, the
 * services as child processes from their Quarkus fast-jars, then the sample questions, printing
 * every answer as it arrives until Ctrl-C.
 *
 * <p>No static loggers here: the logging configuration is set in {@link #main} before any library
 * class creates one.
 */
public final class LocalStack {
  private static final PrintStream OUT =
      new PrintStream(
          new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);

  private final Options options;
  private final List<ServiceProcess> services = new ArrayList<>();
  private final ConsolePrinter printer = new ConsolePrinter(LocalStack::say);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private Postgres postgres;
  private KafkaBroker kafka;
  private boolean generation;
  private String modelDescription = "none (acknowledge-only)";
  private boolean tinyCap;

  private LocalStack(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    if (options.help) {
      OUT.println(Options.USAGE);
      return;
    }
    Path logs = options.workDir.resolve("logs");
    Files.createDirectories(logs);
    // Broker, PostgreSQL and client chatter goes to a file; the console shows the conversation.
    System.setProperty("org.slf4j.simpleLogger.logFile", logs.resolve("stack.log").toString());
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
    LocalStack stack = new LocalStack(options);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::shutdown, "local-stack-shutdown"));
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
    Path work = options.workDir.toAbsolutePath();
    say("work dir: " + work);
    for (String dir : List.of("kafka", "pg", "orchestrator-state", "tiny-model")) {
      deleteRecursively(work.resolve(dir));
    }
    checkPortsFree();

    long t0 = System.nanoTime();
    postgres = Postgres.start(work.resolve("pg"), options.pgPort);
    say("PostgreSQL 17 ready at %s (user postgres) in %d ms", postgres.jdbcUrl(), ms(t0));

    t0 = System.nanoTime();
    kafka = KafkaBroker.start(work.resolve("kafka"), options.kafkaHost, options.kafkaPort);
    kafka.createSystemTopics(options.partitions);
    say(
        "Kafka broker (KRaft) ready at %s in %d ms; %d topics with %d partitions",
        kafka.bootstrapServers(), ms(t0), Topics.ALL.size(), options.partitions);

    if (!options.noServices) {
      planServices(work);
      for (ServiceProcess service : services) {
        say("starting %-15s log: %s", service.name, service.log);
        service.start();
      }
      for (ServiceProcess service : services) {
        t0 = System.nanoTime();
        service.awaitReady(Duration.ofSeconds(options.readyTimeoutSeconds));
        say("%-15s ready (%s) after %d ms", service.name, service.url("/q/health/ready"), ms(t0));
      }
    }

    printer.start(kafka.bootstrapServers(), options.partitions);
    printBanner();

    List<ObjectNode> samples = options.noSamples ? List.of() : loadSamples();
    if (!samples.isEmpty()) {
      say("feeding %d sample questions ...", samples.size());
      feed(samples);
    }
    if (options.exitAfterSamples) {
      boolean all = awaitAnswers(samples.size(), Duration.ofSeconds(options.answerTimeoutSeconds));
      say(
          all
              ? "all %d sample questions answered; stopping (--exit-after-samples)"
              : "only %d of %d sample questions answered in time; stopping",
          all ? samples.size() : answeredSamples(),
          samples.size());
      return all ? 0 : 1;
    }
    say("running; send your own questions (see above). Ctrl-C stops everything.");
    while (!stopping.get()) {
      for (ServiceProcess service : services) {
        if (!service.isAlive() && !stopping.get()) {
          say(
              "%s exited unexpectedly; last lines of %s:%n%s",
              service.name, service.log, service.tail(30));
          return 1;
        }
      }
      Thread.sleep(1000);
    }
    return 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Services

  private void planServices(Path work) throws IOException {
    Path root = options.repoRoot;
    String bootstrap = kafka.bootstrapServers();
    Path logs = work.resolve("logs");
    ServiceProcess worker = null;
    Path workerJar = fastJar(root, "reply-worker");
    String modelDir = options.modelDir;
    if (!options.ackOnly && Files.exists(workerJar)) {
      if (modelDir == null) {
        Path tiny = TinyModel.write(work.resolve("tiny-model"));
        modelDir = tiny.toString();
        modelDescription =
            "tiny random checkpoint "
                + tiny
                + "\n                   (its replies are noise, capped at 8 tokens: moderation"
                + " holds them and the customer gets the acknowledgement)";
        // A random model never says "end of turn": cap its noise so replies arrive before the
        // orchestrator's 15 s deadline even on a busy 2-core machine.
        tinyCap = true;
      } else {
        modelDescription = modelDir;
      }
      if (modelDir != null) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("kafka.bootstrap.servers", bootstrap);
        props.put("quarkus.http.port", String.valueOf(options.workerPort));
        props.put("qa.worker.model-dir", modelDir);
        props.put("ai.djl.offline", "true");
        if (tinyCap) {
          props.put("qa.worker.max-new-tokens-cap", "8");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.putIfAbsent(
            "DJL_CACHE_DIR",
            System.getenv().getOrDefault("DJL_CACHE_DIR", work.resolve("djl-cache").toString()));
        worker =
            new ServiceProcess(
                "reply-worker",
                options.workerPort,
                workerJar,
                logs.resolve("reply-worker.log"),
                jvmArgs(options.workerHeap),
                props,
                env);
      }
    }
    generation = worker != null;

    Path orchestratorJar = requireJar(root, "orchestrator");
    Map<String, String> orch = new LinkedHashMap<>();
    orch.put("kafka.bootstrap.servers", bootstrap);
    orch.put("quarkus.kafka-streams.bootstrap-servers", bootstrap);
    orch.put("quarkus.http.port", String.valueOf(options.orchestratorPort));
    orch.put("qa.generation.enabled-by-default", String.valueOf(generation));
    orch.put("kafka-streams.state.dir", work.resolve("orchestrator-state").toString());
    services.add(
        new ServiceProcess(
            "orchestrator",
            options.orchestratorPort,
            orchestratorJar,
            logs.resolve("orchestrator.log"),
            jvmArgs("512m"),
            orch,
            Map.of()));

    Path consoleJar = requireJar(root, "review-console");
    Map<String, String> console = new LinkedHashMap<>();
    console.put("kafka.bootstrap.servers", bootstrap);
    console.put("quarkus.http.port", String.valueOf(options.consolePort));
    console.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
    console.put("quarkus.datasource.username", Postgres.USER);
    console.put("quarkus.datasource.password", "postgres");
    services.add(
        new ServiceProcess(
            "review-console",
            options.consolePort,
            consoleJar,
            logs.resolve("review-console.log"),
            jvmArgs("512m"),
            console,
            Map.of()));
    if (worker != null) {
      services.add(worker);
    }
  }

  private static List<String> jvmArgs(String heap) {
    return List.of("-Xmx" + heap, "-Dfile.encoding=UTF-8");
  }

  private static Path fastJar(Path root, String module) {
    return root.resolve("services").resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
  }

  private static Path requireJar(Path root, String module) {
    Path jar = fastJar(root, module);
    if (!Files.exists(jar)) {
      throw new IllegalStateException(
          "no fast-jar at "
              + jar
              + "; build first: ./mvnw -B install -DskipTests (bin/run-local does this)");
    }
    return jar;
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

  // ---------------------------------------------------------------------------------------------
  // Questions in, answers out

  private List<ObjectNode> loadSamples() throws IOException {
    List<String> lines;
    if (options.questionsFile != null) {
      lines = Files.readAllLines(options.questionsFile, StandardCharsets.UTF_8);
    } else {
      try (InputStream in = LocalStack.class.getResourceAsStream("/questions.jsonl");
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        lines = reader.lines().toList();
      }
    }
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
    List<ObjectNode> questions = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode q = (ObjectNode) Json.MAPPER.readTree(line);
      q.put("schemaVersion", 1);
      if (!q.hasNonNull("questionId")) {
        q.put("questionId", "q-local-%s-%02d".formatted(stamp, questions.size() + 1));
      }
      if (!q.hasNonNull("askedAt")) {
        q.put("askedAt", Instant.now().toString());
      }
      questions.add(q);
    }
    return questions;
  }

  private void feed(List<ObjectNode> questions) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
      for (ObjectNode q : questions) {
        String id = q.get("questionId").asText();
        samplesSent.add(id);
        producer.send(new ProducerRecord<>(Topics.QUESTIONS, id, Json.toBytes(q)));
      }
      producer.flush();
    }
  }

  private final Set<String> samplesSent = ConcurrentHashMap.newKeySet();

  private int answeredSamples() {
    int n = 0;
    for (String id : samplesSent) {
      if (printer.isAnswered(id)) {
        n++;
      }
    }
    return n;
  }

  private boolean awaitAnswers(int expected, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (answeredSamples() >= expected) {
        Thread.sleep(500); // let the printer finish its line
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private void printBanner() {
    String b = kafka.bootstrapServers();
    StringBuilder s = new StringBuilder();
    s.append("\n==================================================================\n");
    s.append(" Storefront Q&A local stack is up\n");
    s.append("   Kafka broker    ").append(b).append("   (KRaft, in-process)\n");
    s.append("   PostgreSQL      ").append(postgres.jdbcUrl()).append("   user postgres\n");
    for (ServiceProcess svc : services) {
      s.append(
          "   %-15s %s  %s%n"
              .formatted(svc.name, svc.url("/q/health/ready"), svc.url("/q/metrics")));
    }
    s.append("   generation      ")
        .append(generation ? "ON, model: " + modelDescription : "OFF (acknowledge-only)")
        .append('\n');
    s.append("   logs            ")
        .append(options.workDir.toAbsolutePath().resolve("logs"))
        .append('\n');
    s.append(" Ask your own question:\n");
    s.append(
            "   echo 'q-mine-1:{\"schemaVersion\":1,\"questionId\":\"q-mine-1\",\"shopId\":\"hanbit-market\","
                + "\"productName\":\"무드등\",\"text\":\"밝기 조절 되나요?\",\"askedAt\":\"")
        .append(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
        .append("\"}' \\\n     | kcat -b ")
        .append(b)
        .append(" -t ")
        .append(Topics.QUESTIONS)
        .append(" -P -K:\n");
    s.append(" Watch the answers yourself:\n");
    s.append("   kcat -b ")
        .append(b)
        .append(" -t ")
        .append(Topics.ANSWERS)
        .append(" -C -X isolation.level=read_committed -f '%k %s\\n'\n");
    s.append("==================================================================\n");
    OUT.print(s);
  }

  // ---------------------------------------------------------------------------------------------
  // Shutdown: children first, then the broker, then PostgreSQL.

  private void shutdown() {
    if (!stopping.compareAndSet(false, true)) {
      return;
    }
    say("stopping ...");
    printer.close();
    List<ServiceProcess> reversed = new ArrayList<>(services);
    java.util.Collections.reverse(reversed);
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

  // ---------------------------------------------------------------------------------------------

  private static void say(String format, Object... args) {
    OUT.println(args.length == 0 ? format : String.format(format, args));
  }

  private static void say(String line) {
    OUT.println(line);
  }

  private static long ms(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Command-line flags; environment variables give the defaults. */
  static final class Options {
    static final String USAGE =
        """
        usage: bin/run-local [flags]
          --work-dir DIR          data and logs (default deploy/local/work; data is wiped each run)
          --kafka-port N          broker port on 127.0.0.1 (default 9092, env QA_KAFKA_PORT)
          --pg-port N             PostgreSQL port (default 15432, env QA_PG_PORT)
          --model-dir DIR         a HuggingFace model folder for the reply worker
                                  (env QA_MODEL_DIR; default: a tiny random checkpoint)
          --ack-only              no reply worker: every question gets the acknowledgement
          --questions FILE        JSONL questions to feed instead of the built-in samples
          --no-samples            feed nothing; just run
          --exit-after-samples    stop once every sample question has an answer (smoke test)
          --no-services           only broker + PostgreSQL + topics
          --ready-timeout S       seconds to wait for each /q/health/ready (default 180)
        """;

    Path workDir = Path.of("deploy/local/work");
    Path repoRoot = Path.of(".").toAbsolutePath().normalize();
    String kafkaHost = "127.0.0.1";
    int kafkaPort = envInt("QA_KAFKA_PORT", 9092);
    int pgPort = envInt("QA_PG_PORT", 15432);
    int orchestratorPort = 8081;
    int consolePort = 8082;
    int workerPort = 8083;
    int partitions = 4;
    String modelDir = blankToNull(System.getenv("QA_MODEL_DIR"));
    String workerHeap = "2g";
    boolean ackOnly;
    boolean noServices;
    boolean noSamples;
    boolean exitAfterSamples;
    boolean help;
    Path questionsFile;
    int readyTimeoutSeconds = 180;
    int answerTimeoutSeconds = 180;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--work-dir" -> o.workDir = Path.of(value(args, ++i, a));
          case "--repo-root" -> o.repoRoot = Path.of(value(args, ++i, a)).toAbsolutePath();
          case "--kafka-port" -> o.kafkaPort = Integer.parseInt(value(args, ++i, a));
          case "--pg-port" -> o.pgPort = Integer.parseInt(value(args, ++i, a));
          case "--model-dir" -> o.modelDir = value(args, ++i, a);
          case "--questions" -> o.questionsFile = Path.of(value(args, ++i, a));
          case "--ready-timeout" -> o.readyTimeoutSeconds = Integer.parseInt(value(args, ++i, a));
          case "--answer-timeout" -> o.answerTimeoutSeconds = Integer.parseInt(value(args, ++i, a));
          case "--ack-only" -> o.ackOnly = true;
          case "--no-services" -> o.noServices = true;
          case "--no-samples" -> o.noSamples = true;
          case "--exit-after-samples" -> o.exitAfterSamples = true;
          case "-h", "--help" -> o.help = true;
          default -> throw new IllegalArgumentException("unknown flag " + a);
        }
      }
      if (o.modelDir != null && !Files.isDirectory(Path.of(o.modelDir))) {
        throw new IllegalArgumentException("model folder " + o.modelDir + " does not exist");
      }
      return o;
    }

    private static String value(String[] args, int i, String flag) {
      if (i >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      return args[i];
    }

    private static int envInt(String name, int def) {
      String v = System.getenv(name);
      return v == null || v.isBlank() ? def : Integer.parseInt(v.trim());
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s;
    }
  }
}
