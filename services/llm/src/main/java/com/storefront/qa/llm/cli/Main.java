package com.storefront.qa.llm.cli;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.batch.BatchingGenerator;
import com.storefront.qa.llm.config.GenerationConfigReader;
import com.storefront.qa.llm.safetensors.StDType;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Command line: {@code generate}, {@code bench}, {@code bench-sampler}, {@code
 * make-tiny-checkpoint} and {@code train-demo}. Run with {@code -Dai.djl.offline=true} so DJL uses
 * the native libraries from the classpath.
 */
public final class Main {
  private Main() {}

  public static void main(String[] argv) throws Exception {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    if (argv.length == 0) {
      usage();
      System.exit(2);
    }
    try {
      switch (argv[0]) {
        case "generate" -> generate(new Args(argv, 1, Set.of("do-sample")));
        case "bench" -> Bench.run(new Args(argv, 1, Set.of()));
        case "compare-logits" -> CompareLogits.run(new Args(argv, 1, Set.of()));
        case "bench-burst" -> BurstBench.run(new Args(argv, 1, Set.of()));
        case "bench-sampler" -> SamplerBench.run(new Args(argv, 1, Set.of()));
        case "make-tiny-checkpoint" -> makeTiny(new Args(argv, 1, Set.of("tied", "untied")));
        case "train-demo" -> TrainDemo.run(new Args(argv, 1, Set.of()));
        case "eval-demo" -> EvalDemo.run(new Args(argv, 1, Set.of("show")));
        default -> {
          usage();
          System.exit(2);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }

  private static void usage() {
    System.err.println(
        """
        usage:
          generate --model DIR --question TEXT [--system TEXT] [--max-new-tokens N] [--do-sample]
                   [--temperature T] [--top-k K] [--top-p P] [--min-p P]
                   [--repetition-penalty R] [--seed S] [--device cpu|gpu] [--dtype fp32|fp16|int8]
          bench --model DIR [--prompt-tokens N] [--new-tokens N] [--batches 1,4,16]
          compare-logits --model DIR [--device cpu|gpu] [--dtype fp16|int8] [--prompt-tokens N]
          bench-burst --model DIR [--arrivals 16] [--running 4] [--prompt-tokens 32] [--rounds 2]
          bench-sampler [--vocab V] [--iterations N]
          make-tiny-checkpoint --out DIR --arch exaone|llama|qwen2 [--hidden H] [--layers L]
                   [--heads N] [--kv-heads N] [--intermediate I] [--vocab V]
                   [--dtype fp32|fp16|bf16] [--shards N] [--tied|--untied] [--seed S]
          train-demo --out DIR [--seed S] [--steps N] [--batch B] [--examples N] [--lr X]
                   [--hidden H] [--layers L] [--heads N] [--intermediate I] [--vocab V]
                   [--context T] [--dtype fp16|bf16|fp32]
          eval-demo --model DIR --questions FILE.jsonl [--show]""");
  }

  static EngineOptions options(Args a, int maxBatch) {
    return new EngineOptions(a.get("device", "cpu"), a.get("dtype", "fp32"), maxBatch, 32768);
  }

  private static void generate(Args a) throws Exception {
    Path dir = Path.of(a.require("model"));
    var d = GenerationConfigReader.read(dir);
    DecodingParams base = DecodingParams.fromDefaults(d);
    DecodingParams p =
        new DecodingParams(
            a.flag("do-sample") || base.doSample(),
            a.getDouble("temperature", base.temperature()),
            a.getInt("top-k", base.topK()),
            a.getDouble("top-p", base.topP()),
            a.getDouble("min-p", 0.0),
            a.getDouble("repetition-penalty", base.repetitionPenalty()),
            a.getInt("max-new-tokens", base.maxNewTokens()),
            List.of());
    try (BatchingGenerator g = BatchingGenerator.load(dir, options(a, 1), System.err::println)) {
      Completion c =
          g.submit(
                  new GenerationSpec(
                      "cli",
                      a.get("system", null),
                      a.require("question"),
                      p,
                      Long.parseLong(a.get("seed", "0")),
                      null))
              .get();
      System.out.println(c.text());
      System.err.printf(
          "[%s] prompt %d tokens, completion %d tokens, mean logprob %.3f, ttft %d ms, latency %d ms%n",
          c.finishReason(),
          c.promptTokens(),
          c.completionTokens(),
          c.meanLogProb(),
          c.timeToFirstToken().toMillis(),
          c.latency().toMillis());
    }
  }

  private static void makeTiny(Args a) throws Exception {
    String arch = a.require("arch");
    int hidden = a.getInt("hidden", 64);
    int heads = a.getInt("heads", hidden >= 256 ? hidden / 64 : 4);
    StDType dt =
        switch (a.get("dtype", "fp32")) {
          case "fp32" -> StDType.F32;
          case "fp16" -> StDType.F16;
          case "bf16" -> StDType.BF16;
          default -> throw new IllegalArgumentException("dtype must be fp32, fp16 or bf16");
        };
    var spec =
        new TinyCheckpoint.Spec(
            arch,
            hidden,
            a.getInt("layers", 2),
            heads,
            a.getInt("kv-heads", Math.max(1, heads / 2)),
            a.getInt("intermediate", hidden * 2),
            a.getInt("vocab", 384),
            dt,
            a.getInt("shards", 1),
            a.flag("tied") || (arch.equals("exaone") && !a.has("untied")),
            Long.parseLong(a.get("seed", "42")));
    Path out = Path.of(a.require("out"));
    TinyCheckpoint.write(out, spec);
    System.out.println("wrote " + spec + " to " + out);
  }
}
