package com.storefront.qa.local;

import com.storefront.qa.audit.AuditRepository;
import com.storefront.qa.audit.AuditSettings;
import com.storefront.qa.audit.AuditWriter;
import com.storefront.qa.audit.CustomerRefHasher;
import com.storefront.qa.audit.RecordMapper;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.pii.PiiMasker;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.review.model.ReviewFeed;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import com.storefront.qa.worker.ConfigValidator;
import com.storefront.qa.worker.GenerationLoop;
import com.storefront.qa.worker.WorkerMetrics;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The whole pipeline in one JVM, from the modules' plain classes, on a real broker and a real
 * PostgreSQL: the orchestrator topology in a {@link KafkaStreams}, the review console's {@link
 * AuditWriter} on the Flyway schema, and optionally the reply worker's {@link GenerationLoop} with
 * the real engine, each configured from its service's own application.properties and settings
 * classes ({@link ServiceSettings}) so that the ITs and the benchmark run what production runs.
 * Used by the ITs and by {@code bin/bench-pipeline}.
 */
public final class InProcessPipeline implements AutoCloseable {
  /** How to build one. */
  public record Options(
      Path workDir,
      int partitions,
      boolean generationEnabled,
      Path modelDir,
      AuditSettings audit,
      Properties streamsOverrides) {

    /**
     * Four partitions, acknowledge-only, no worker, and the review console's audit settings with a
     * shorter retry back-off (100 ms to 1 s instead of its 5 s cap), so tests that stop the
     * database see the audit catch up within seconds of its return.
     */
    public static Options defaults(Path workDir) {
      return new Options(
          workDir,
          4,
          false,
          null,
          ServiceSettings.audit().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
          new Properties());
    }

    public Options withGeneration(Path model) {
      return new Options(workDir, partitions, true, model, audit, streamsOverrides);
    }

    /** Generation on, but no worker: the caller plays the worker. */
    public Options withGenerationNoWorker() {
      return new Options(workDir, partitions, true, null, audit, streamsOverrides);
    }

    public Options withPartitions(int n) {
      return new Options(workDir, n, generationEnabled, modelDir, audit, streamsOverrides);
    }

    public Options withAudit(AuditSettings a) {
      return new Options(workDir, partitions, generationEnabled, modelDir, a, streamsOverrides);
    }

    public Options withStreamsOverrides(Properties p) {
      return new Options(workDir, partitions, generationEnabled, modelDir, audit, p);
    }
  }

  private final Options options;
  private KafkaBroker broker;
  private Postgres postgres;
  private PGSimpleDataSource dataSource;
  private AgroalDataSource pool;
  private KafkaStreams streams;
  private AuditWriter audit;
  private CustomerRefHasher customerRefs;
  private TextGenerator engine;
  private GenerationLoop worker;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private InProcessPipeline(Options options) {
    this.options = options;
  }

  /** Starts broker, PostgreSQL (migrated), topology, audit writer and, if asked, the worker. */
  public static InProcessPipeline start(Options options) {
    InProcessPipeline p = new InProcessPipeline(options);
    try {
      p.startAll();
      return p;
    } catch (RuntimeException | Error e) {
      p.close();
      throw e;
    }
  }

  private void startAll() {
    try {
      Files.createDirectories(options.workDir());
      // The audit hashes customer references as the console does, under a key of this work dir.
      customerRefs =
          CustomerRefHasher.create(
              "local", CustomerRefKey.get(options.workDir().resolve("customer-ref-key")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    postgres = Postgres.start(options.workDir().resolve("pg"), freePort());
    dataSource = CheckDb.dataSource(postgres.jdbcUrl());
    pool = ServiceSettings.auditPool(postgres.jdbcUrl());
    // The audit schema (services/audit) and the console's review model (services/review-console),
    // as the console migrates them; the writer feeds review items like the console's does.
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/console")
        .outOfOrder(true)
        .load()
        .migrate();

    broker = KafkaBroker.start(options.workDir().resolve("kafka"));
    broker.createSystemTopics(options.partitions());

    startStreams();

    audit = newAuditWriter(options.audit()).start();

    if (options.modelDir() != null) {
      startWorker(options.modelDir());
    }
  }

  private void startStreams() {
    QaSettings settings = ServiceSettings.orchestrator(options.generationEnabled());
    Topology topology =
        QaTopology.build(settings, new Moderator(), Clock.systemUTC(), QaMetrics.inMemory());
    Properties props =
        ServiceSettings.streams(
            broker.bootstrapServers(), options.workDir().resolve("streams-state"));
    props.putAll(options.streamsOverrides());
    props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
    streams = new KafkaStreams(topology, props);
    streams.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (System.nanoTime() > deadline || streams.state() == KafkaStreams.State.ERROR) {
        throw new IllegalStateException("Kafka Streams did not reach RUNNING: " + streams.state());
      }
      sleep(100);
    }
  }

  /** A new audit writer (not started) on this pipeline's broker and database. */
  public AuditWriter newAuditWriter(AuditSettings settings) {
    return newAuditWriter(settings, new SimpleMeterRegistry());
  }

  /** A new audit writer (not started) recording its meters in {@code meters}. */
  public AuditWriter newAuditWriter(AuditSettings settings, MeterRegistry meters) {
    return new AuditWriter(
        ServiceSettings.auditConsumer(broker.bootstrapServers()),
        settings,
        new RecordMapper(PiiMasker::mask, customerRefs),
        new AuditRepository(pool, new ReviewFeed()),
        meters);
  }

  private void startWorker(Path modelDir) {
    ConfigValidator.Validated config =
        ServiceSettings.worker(modelDir, "it-worker-1", broker.bootstrapServers());
    engine = Engines.load(config.modelDir(), config.engineOptions(), line -> {});
    WorkerMetrics metrics = new WorkerMetrics(registry);
    metrics.bindEngine(engine, config.engineOptions().maxBatch());
    worker = new GenerationLoop(engine, config.clientProperties(), config.settings(), metrics);
    worker.start();
  }

  /** The directory holding this pipeline's broker, database and state. */
  public Path workDir() {
    return options.workDir();
  }

  public String bootstrapServers() {
    return broker.bootstrapServers();
  }

  public KafkaBroker broker() {
    return broker;
  }

  public Postgres postgres() {
    return postgres;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public KafkaStreams streams() {
    return streams;
  }

  public AuditWriter audit() {
    return audit;
  }

  public GenerationLoop worker() {
    return worker;
  }

  /** Rows in a table (the database must be up). */
  public long count(String table) {
    return count(table, null);
  }

  /** Rows in a table matching a WHERE clause (trusted, test-written SQL). */
  public long count(String table, String where) {
    return CheckDb.count(dataSource, table, where);
  }

  @Override
  public void close() {
    if (worker != null) {
      try {
        worker.shutdown(Duration.ofSeconds(5));
        worker.awaitTermination(Duration.ofSeconds(10));
      } catch (RuntimeException ignored) {
        // best effort
      }
    }
    if (engine != null) {
      try {
        engine.close();
      } catch (Exception ignored) {
        // best effort
      }
    }
    if (audit != null) {
      audit.stop(Duration.ofSeconds(10));
    }
    if (streams != null) {
      streams.close(Duration.ofSeconds(20));
    }
    if (broker != null) {
      try {
        broker.close();
      } catch (RuntimeException ignored) {
        // best effort
      }
    }
    if (pool != null) {
      pool.close();
    }
    if (postgres != null) {
      postgres.stop();
    }
  }

  static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
