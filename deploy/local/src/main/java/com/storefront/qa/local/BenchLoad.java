package com.storefront.qa.local;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.json.Json;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One benchmark run on an {@link InProcessPipeline}: offers questions at a steady rate for a stage,
 * follows the answers, and measures latency, throughput, CPU and the audit's lag ({@code
 * bin/bench-pipeline}, {@link PipelineBench}).
 */
final class BenchLoad {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  final InProcessPipeline pipeline;
  final KafkaProducer<byte[], byte[]> producer;
  final KafkaConsumer<byte[], byte[]> consumer;
  final ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();
  final AtomicLong answered = new AtomicLong();
  volatile long[] latencies = new long[0];
  final Object lock = new Object();
  long[] buffer = new long[1 << 16];
  int count;
  volatile boolean running = true;
  final Thread reader;
  final byte[] template;
  final AuditBacklog backlog;
  final PgCpu pgCpu;

  BenchLoad(InProcessPipeline pipeline, int partitions) {
    this.pipeline = pipeline;
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "2");
    producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, pipeline.bootstrapServers());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    c.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
    consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    List<TopicPartition> tps = new ArrayList<>();
    for (int i = 0; i < partitions; i++) {
      tps.add(new TopicPartition(Topics.ANSWERS, i));
    }
    consumer.assign(tps);
    consumer.seekToEnd(tps);
    tps.forEach(consumer::position);
    template = new byte[0];
    backlog =
        new AuditBacklog(
            pipeline.bootstrapServers(), pipeline.audit().settings().groupId(), partitions);
    pgCpu = new PgCpu(pipeline.workDir().resolve("pg"));
    reader = new Thread(this::read, "bench-answer-reader");
    reader.setDaemon(true);
    reader.start();
  }

  void read() {
    while (running) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(50))) {
        long now = System.currentTimeMillis();
        String id = new String(r.key(), StandardCharsets.UTF_8);
        Long sent = sentAt.remove(id);
        if (sent != null) {
          synchronized (lock) {
            if (count == buffer.length) {
              buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[count++] = now - sent;
          }
          answered.incrementAndGet();
        }
      }
    }
    consumer.close();
  }

  String stage(String name, int rate, int seconds, boolean quiet) throws InterruptedException {
    synchronized (lock) {
      count = 0;
    }
    long answeredBefore = answered.get();
    int total = rate * seconds;
    String loadBefore = loadAverage();
    long cpuBefore = processCpuNanos();
    double pgBefore = pgCpu.millis();
    long start = System.nanoTime();
    long startMs = System.currentTimeMillis();
    int sent = 0;
    long maxAuditLag = 0;
    long nextSample = start;
    while (sent < total) {
      long now = System.nanoTime();
      long due = Math.min(total, (long) ((now - start) / 1e9 * rate) + 1);
      while (sent < due) {
        String id = name + "-" + sent;
        boolean korean = (sent & 1) == 0;
        QuestionEvent q =
            new QuestionEvent(
                QuestionEvent.SCHEMA_VERSION,
                id,
                korean ? "hanbit-market" : "northwind",
                "p-" + (sent % 97),
                korean ? "울 블렌드 롱코트" : "Wool Hiking Socks",
                korean ? "ko-KR" : "en-US",
                korean ? "165cm 55kg인데 M이랑 L 중에 뭐가 맞을까요?" : "Do these shrink in the dryer?",
                Instant.now(),
                null);
        long ts = System.currentTimeMillis();
        sentAt.put(id, ts);
        producer.send(
            new ProducerRecord<>(
                Topics.QUESTIONS, null, ts, id.getBytes(StandardCharsets.UTF_8), Json.toBytes(q)));
        sent++;
      }
      if (now >= nextSample) {
        maxAuditLag = Math.max(maxAuditLag, backlog.rowsBehind());
        nextSample = now + 1_000_000_000L;
      }
      Thread.sleep(1);
    }
    producer.flush();
    double sendSeconds = (System.nanoTime() - start) / 1e9;
    long endMs = System.currentTimeMillis();
    long answeredAtEnd = answered.get() - answeredBefore;
    long auditLagAtEnd = backlog.rowsBehind();
    // Drain: every answer, then the audit.
    long drainDeadline = System.currentTimeMillis() + 120_000;
    while (answered.get() - answeredBefore < total && System.currentTimeMillis() < drainDeadline) {
      Thread.sleep(20);
    }
    long lastAnswerMs = System.currentTimeMillis();
    double answerSeconds = (lastAnswerMs - startMs) / 1000.0;
    long auditDrainStart = System.currentTimeMillis();
    while (backlog.rowsBehind() != 0 && System.currentTimeMillis() < drainDeadline + 60_000) {
      Thread.sleep(50);
    }
    double auditCatchUp = (System.currentTimeMillis() - endMs) / 1000.0;
    double cpuMsPerQuestion = (processCpuNanos() - cpuBefore) / 1e6 / total;
    double dbCpuMsPerQuestion = (pgCpu.millis() - pgBefore) / total;
    String loadAfter = loadAverage();
    long[] lat;
    synchronized (lock) {
      lat = Arrays.copyOf(buffer, count);
    }
    Arrays.sort(lat);
    long got = answered.get() - answeredBefore;
    double answeredRate = got / answerSeconds;
    long p50 = pct(lat, 0.50);
    long p99 = pct(lat, 0.99);
    long max = lat.length == 0 ? -1 : lat[lat.length - 1];
    String row =
        String.format(
            Locale.ROOT,
            "| %d | %.0f | %.0f | %d | %d | %d | %d | %d (max during run %d) | %.1f s after the"
                + " last question | %.2f | %.2f | %s → %s |",
            rate,
            total / sendSeconds,
            answeredRate,
            p50,
            p99,
            max,
            total - answeredAtEnd,
            auditLagAtEnd,
            maxAuditLag,
            auditCatchUp,
            cpuMsPerQuestion,
            dbCpuMsPerQuestion,
            loadBefore,
            loadAfter);
    if (!quiet) {
      OUT.printf(
          Locale.ROOT,
          "%-10s offered %d q/s for %d s: sent %d (%.0f/s), answered %d (%.0f/s over %.1f s),"
              + " latency p50 %d ms p99 %d ms max %d ms; backlog when the load stopped %d;"
              + " audit %d records behind then (max %d), caught up %.1f s after;"
              + " %.2f CPU-ms per question (whole JVM: broker, PostgreSQL client, topology, audit,"
              + " load generator) + %.2f in the PostgreSQL server; machine load average %s ->"
              + " %s%n",
          name,
          rate,
          seconds,
          total,
          total / sendSeconds,
          got,
          answeredRate,
          answerSeconds,
          p50,
          p99,
          max,
          total - answeredAtEnd,
          auditLagAtEnd,
          maxAuditLag,
          auditCatchUp,
          cpuMsPerQuestion,
          dbCpuMsPerQuestion,
          loadBefore,
          loadAfter);
    } else {
      OUT.printf(Locale.ROOT, "warm-up done (%d answers, p50 %d ms)%n", got, p50);
    }
    return row;
  }

  static long processCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun
        ? sun.getProcessCpuTime()
        : -1;
  }

  /** The 1-minute load average: other processes on the machine compete for the same cores. */
  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return "?";
    }
  }

  static long pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return -1;
    }
    int i = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  void close() throws InterruptedException {
    running = false;
    reader.join(2000);
    producer.close();
    backlog.close();
  }
}
