package com.storefront.qa.local;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.pii.PiiMasker;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.streams.StreamsProps;
import com.storefront.qa.review.audit.AuditRepository;
import com.storefront.qa.review.audit.AuditSettings;
import com.storefront.qa.review.audit.AuditWriter;
import com.storefront.qa.review.audit.RecordMapper;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import com.storefront.qa.worker.GenerationLoop;
import com.storefront.qa.worker.WorkerMetrics;
import com.storefront.qa.worker.WorkerSettings;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.agroal.api.security.NamePrincipal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * PostgreSQL: the orchestrator topology in a {@link KafkaStreams} configured by the orchestrator's
 * own {@link StreamsProps}, the review console's {@link AuditWriter} on the Flyway schema, and
 * optionally the reply worker's {@link GenerationLoop} with the real engine. Used by the ITs and by
 * {@code bin/bench-pipeline}.
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

    public static Options defaults(Path workDir) {
      return new Options(
          workDir,
          4,
          false,
          null,
          AuditSettings.defaults().withBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    postgres = Postgres.start(options.workDir().resolve("pg"), freePort());
    dataSource = dataSource(postgres.jdbcUrl());
    pool = pool(postgres.jdbcUrl());
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

    broker = KafkaBroker.start(options.workDir().resolve("kafka"));
    broker.createSystemTopics(options.partitions());

    startStreams();

    audit = newAuditWriter(options.audit()).start();

    if (options.modelDir() != null) {
      startWorker(options.modelDir());
    }
  }

  private void startStreams() {
    QaSettings settings =
        QaSettings.defaults().withGenerationEnabledByDefault(options.generationEnabled());
    Topology topology =
        QaTopology.build(settings, new Moderator(), Clock.systemUTC(), QaMetrics.inMemory());
    Properties props =
        StreamsProps.forInstance(
            broker.bootstrapServers(),
            StreamsProps.APPLICATION_ID,
            options.workDir().resolve("streams-state"));
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
    Properties props = new Properties();
    props.put("bootstrap.servers", broker.bootstrapServers());
    return new AuditWriter(
        props, settings, new RecordMapper(PiiMasker::mask), new AuditRepository(pool), meters);
  }

  private void startWorker(Path modelDir) {
    int maxBatch = 8;
    engine = Engines.load(modelDir, EngineOptions.defaults().withMaxBatch(maxBatch), line -> {});
    WorkerMetrics metrics = new WorkerMetrics(registry);
    metrics.bindEngine(engine, maxBatch);
    Properties client = new Properties();
    client.put("bootstrap.servers", broker.bootstrapServers());
    worker =
        new GenerationLoop(
            engine, client, WorkerSettings.defaults("it-worker-1", maxBatch), metrics);
    worker.start();
  }

  /** A data source that opens a fresh connection each time, so it survives a server restart. */
  static PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(Postgres.USER);
    ds.setConnectTimeout(3);
    ds.setLoginTimeout(5);
    ds.setSocketTimeout(60);
    ds.setTcpKeepAlive(true);
    ds.setApplicationName("qa-local-pipeline");
    return ds;
  }

  /**
   * The audit writer's connection pool, set up like the review console's (Agroal, up to 8
   * connections, validated on borrow, 3 s acquisition timeout, PostgreSQL exception sorter), so a
   * connection broken by a server restart is dropped rather than reused.
   */
  static AgroalDataSource pool(String url) {
    var config =
        new AgroalDataSourceConfigurationSupplier()
            .connectionPoolConfiguration(
                cp ->
                    cp.minSize(0)
                        .maxSize(8)
                        .acquisitionTimeout(Duration.ofSeconds(3))
                        .validateOnBorrow(true)
                        .connectionValidator(
                            AgroalConnectionPoolConfiguration.ConnectionValidator
                                .defaultValidator())
                        .exceptionSorter(new PostgreSQLExceptionSorter())
                        .connectionFactoryConfiguration(
                            cf ->
                                cf.jdbcUrl(
                                        url
                                            + "?connectTimeout=3&socketTimeout=60"
                                            + System.getProperty("qa.audit.jdbc-params", ""))
                                    .principal(new NamePrincipal(Postgres.USER))
                                    .loginTimeout(Duration.ofSeconds(5))));
    try {
      return AgroalDataSource.from(config);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the audit connection pool", e);
    }
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
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM " + table + (where == null ? "" : " WHERE " + where))) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("count(" + table + ") failed: " + e.getMessage(), e);
    }
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
