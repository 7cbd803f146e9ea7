package com.storefront.qa.llm.cli;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineStats;
import com.storefront.qa.llm.batch.BatchingGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * Throughput benchmark on raw token prompts (no template), greedy, eos ignored so every request
 * produces exactly {@code --new-tokens} tokens.
 */
final class Bench {
  private Bench() {}

  static void run(Args a) throws Exception {
    Path dir = Path.of(a.require("model"));
    int promptTokens = a.getInt("prompt-tokens", 128);
    int newTokens = a.getInt("new-tokens", 64);
    int[] batches =
        Arrays.stream(a.get("batches", "1,4,16").split(",")).mapToInt(Integer::parseInt).toArray();
    int maxBatch = Arrays.stream(batches).max().orElse(1);
    try (BatchingGenerator g = BatchingGenerator.load(dir, Main.options(a, maxBatch), s -> {})) {
      System.out.println("model " + g.modelInfo());
      int[] prompt;
      if (a.has("prompt-text")) { // same text as a peer engine gets; no chat template
        prompt = g.model().tokenizer().encode(a.require("prompt-text"));
        promptTokens = prompt.length;
      } else {
        prompt = new int[promptTokens];
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < prompt.length; i++) {
          prompt[i] = 10 + r.nextInt(250); // byte tokens: valid for every tiny tokenizer
        }
      }
      // Warm-up: let the JIT compile the decode loop first, as the peer bench's second run gets.
      round(g, prompt, a.getInt("warmup-tokens", 64), 1);
      Completion first = round(g, prompt, newTokens, 1).get(0);
      double prefill = promptTokens / (first.timeToFirstToken().toNanos() / 1e9);
      System.out.printf("prompt %d tokens, %d new tokens, greedy%n", promptTokens, newTokens);
      System.out.printf(
          "prefill: %.1f tok/s (time to first token %d ms)%n",
          prefill, first.timeToFirstToken().toMillis());
      for (int b : batches) {
        long cpuShort = cpuNanos();
        round(g, prompt, 2, b);
        cpuShort = cpuNanos() - cpuShort;
        long cpu0 = cpuNanos();
        EngineStats before = g.stats();
        List<Completion> cs = round(g, prompt, newTokens, b);
        EngineStats after = g.stats();
        // CPU spent on decode only: the same round with 2 tokens has the same prefill cost
        double cpuPerToken = (cpuNanos() - cpu0 - cpuShort) / 1e6 / ((long) b * (newTokens - 2));
        long maxTtft = cs.stream().mapToLong(c -> c.timeToFirstToken().toNanos()).max().orElse(0);
        // Decode rate over the batched decode steps only (forward pass and sampling), so prefills
        // of later sequences that overlap earlier sequences' decoding do not distort it.
        long stepTokens = after.decodeStepTokens() - before.decodeStepTokens();
        double decodeSecs = (after.decodeStepNanos() - before.decodeStepNanos()) / 1e9;
        double aggregate = stepTokens / decodeSecs;
        System.out.printf(
            "batch %2d: decode %.1f tok/s aggregate (%.1f tok/s per sequence), ttft max %d ms,"
                + " %.1f CPU-ms per decoded token, load average %s%n",
            b, aggregate, aggregate / b, maxTtft / 1_000_000, cpuPerToken, loadAverage());
      }
      System.out.println(memory());
    }
  }

  private static List<Completion> round(BatchingGenerator g, int[] prompt, int n, int b)
      throws Exception {
    DecodingParams p = DecodingParams.greedy(n);
    List<CompletableFuture<Completion>> fs = new ArrayList<>();
    for (int i = 0; i < b; i++) {
      int[] pr = prompt.clone();
      pr[0] = 10 + i; // distinct prompts, same length
      fs.add(g.submitTokens("b" + i, pr, p, 0, null, true));
    }
    List<Completion> out = new ArrayList<>();
    for (var f : fs) {
      out.add(f.get());
    }
    return out;
  }

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  static String memory() throws Exception {
    String hwm = "?";
    String rss = "?";
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        hwm = line.substring(6).trim();
      } else if (line.startsWith("VmRSS:")) {
        rss = line.substring(6).trim();
      }
    }
    Runtime rt = Runtime.getRuntime();
    long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
    return "peak RSS " + hwm + ", RSS now " + rss + ", Java heap used " + heap + " MB";
  }
}
