package com.storefront.qa.bench.jlama;

import com.github.tjake.jlama.model.AbstractModel;
import com.github.tjake.jlama.model.ModelSupport;
import com.github.tjake.jlama.model.functions.Generator;
import com.github.tjake.jlama.safetensors.DType;
import com.github.tjake.jlama.safetensors.prompt.PromptContext;
import java.io.File;
import java.util.UUID;

/**
 * Runs Jlama 0.8.4 greedy generation on a checkpoint and prints prefill and decode rates, in the
 * same format as {@code llm bench}. Usage: {@code JlamaBench MODEL_DIR PROMPT_TEXT NEW_TOKENS
 * [REPEATS] [F32|I8]} (the last argument is Jlama's working quantization type for activations).
 */
public final class JlamaBench {
  private JlamaBench() {}

  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  public static void main(String[] args) throws Exception {
    File dir = new File(args[0]);
    String prompt = args[1];
    int newTokens = Integer.parseInt(args[2]);
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    DType qType = args.length > 4 ? DType.valueOf(args[4]) : DType.F32;
    AbstractModel model = ModelSupport.loadModel(dir, DType.F32, qType);
    System.out.println(
        "jlama model " + model.getConfig().getClass().getSimpleName() + ", working q " + qType);
    // Jlama's token limit counts prompt and generated tokens together
    int promptLen = model.getTokenizer().encode(prompt).length;
    model.generate(UUID.randomUUID(), PromptContext.of(prompt), 0.0f, promptLen + 8, (s, f) -> {});
    for (int r = 0; r < repeats; r++) {
      long cpuShort = cpuNanos();
      model.generate(
          UUID.randomUUID(), PromptContext.of(prompt), 0.0f, promptLen + 2, (s, f) -> {});
      cpuShort = cpuNanos() - cpuShort;
      long cpu0 = cpuNanos();
      long t0 = System.nanoTime();
      Generator.Response res =
          model.generate(
              UUID.randomUUID(),
              PromptContext.of(prompt),
              0.0f,
              promptLen + newTokens,
              (s, f) -> {});
      long total = (System.nanoTime() - t0) / 1_000_000;
      // decode-only CPU: subtract a run with the same prompt and 2 tokens
      double cpuPerToken = (cpuNanos() - cpu0 - cpuShort) / 1e6 / (res.generatedTokens - 2);
      double prefill = res.promptTokens / (res.promptTimeMs / 1000.0);
      double decode = res.generatedTokens / (res.generateTimeMs / 1000.0);
      System.out.printf(
          "run %d: prompt %d tokens, generated %d (%s); prefill %.1f tok/s (%d ms); decode %.1f"
              + " tok/s (%d ms); wall %d ms; %.1f CPU-ms per decoded token; load average %s%n",
          r,
          res.promptTokens,
          res.generatedTokens,
          res.finishReason,
          prefill,
          res.promptTimeMs,
          decode,
          res.generateTimeMs,
          total,
          cpuPerToken,
          loadAverage());
    }
    System.exit(0);
  }
}
