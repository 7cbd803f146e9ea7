package com.storefront.qa.local;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The pipeline benchmark behind {@code bin/bench-pipeline}: a real broker, a real PostgreSQL, the
 * orchestrator topology and the audit writer in this JVM (acknowledge-only mode), a steady offered
 * load of questions per stage, and per stage: questions/s answered, intake-to-answer latency (the
 * answer's consume time minus the question record's produce timestamp) p50/p99/max, and the audit
 * lag when the load stops (records behind, and the seconds it then takes to reach zero).
 */
public final class PipelineBench {
  private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

  private PipelineBench() {}

  public static void main(String[] args) throws Exception {
    List<Integer> rates = new ArrayList<>(List.of(500));
    int seconds = 30;
    int partitions = 4;
    int streamThreads = 1;
    Path work = Path.of("deploy/local/work/bench");
    Properties streamsOverrides = new Properties();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rate" -> rates = List.of(Integer.parseInt(args[++i]));
        case "--ramp" ->
            rates =
                Arrays.stream(args[++i].split(","))
                    .map(String::trim)
                    .map(Integer::valueOf)
                    .toList();
        case "--seconds" -> seconds = Integer.parseInt(args[++i]);
        case "--partitions" -> partitions = Integer.parseInt(args[++i]);
        case "--stream-threads" -> streamThreads = Integer.parseInt(args[++i]);
        case "--work-dir" -> work = Path.of(args[++i]);
        case "--streams-prop" -> {
          String kv = args[++i];
          int eq = kv.indexOf('=');
          if (eq < 1) {
            throw new IllegalArgumentException("--streams-prop needs name=value, got " + kv);
          }
          streamsOverrides.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        case "-h", "--help" -> {
          OUT.println(
              """
              usage: bin/bench-pipeline [--rate N | --ramp N1,N2,...] [--seconds S]
                                        [--partitions P] [--stream-threads T] [--work-dir DIR]
                --rate N          offered questions/s for one stage (default 500)
                --ramp a,b,c      several stages, one after the other, on the same pipeline
                --seconds S       length of each stage (default 30)
                --partitions P    partitions per topic (default 4)
                --stream-threads  Kafka Streams threads of the orchestrator (default 1)
                --streams-prop k=v  override one of the orchestrator's Kafka Streams settings
                                  (repeatable), e.g. commit.interval.ms=50,
                                  producer.linger.ms=5
              """);
          return;
        }
        default -> throw new IllegalArgumentException("unknown flag " + args[i]);
      }
    }
    StackData.deleteRecursively(work);
    streamsOverrides.putIfAbsent("num.stream.threads", String.valueOf(streamThreads));
    if (streamsOverrides.size() > 1) {
      OUT.println("Kafka Streams overrides: " + streamsOverrides);
    }
    OUT.printf(
        "starting broker + PostgreSQL + orchestrator topology + audit writer (%d partitions,"
            + " %d stream thread(s), acknowledge-only) ...%n",
        partitions, streamThreads);
    long t0 = System.nanoTime();
    try (InProcessPipeline pipeline =
        InProcessPipeline.start(
            InProcessPipeline.Options.defaults(work)
                .withPartitions(partitions)
                .withStreamsOverrides(streamsOverrides))) {
      OUT.printf(
          "pipeline up in %.1f s; %d cores%n",
          (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors());
      BenchLoad bench = new BenchLoad(pipeline, partitions);
      // Warm-up: JIT, topic metadata, RocksDB, connection set-up.
      bench.stage("warmup", 500, 10, true);
      List<String> rows = new ArrayList<>();
      for (int rate : rates) {
        rows.add(bench.stage("rate-" + rate, rate, seconds, false));
      }
      bench.close();
      OUT.println();
      OUT.println(
          "| offered q/s | sent q/s | answered q/s | p50 ms | p99 ms | max ms | backlog at end"
              + " | audit rows behind at end | audit caught up after | CPU-ms/question (JVM)"
              + " | DB CPU-ms/question | load avg |");
      OUT.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
      rows.forEach(OUT::println);
    }
  }
}
