package com.storefront.qa.llm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.storefront.qa.llm.arch.ArchitectureRegistry;
import com.storefront.qa.llm.chat.ChatTemplate;
import com.storefront.qa.llm.safetensors.SafetensorsWriter;
import com.storefront.qa.llm.safetensors.StDType;
import com.storefront.qa.llm.tokenizer.TextTokenizer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole {@code train-demo} pipeline: corpus, moderation filter, BPE tokenizer, training, and
 * the HuggingFace folder (plus training.json with the settings, corpus counts and loss curve).
 */
public final class DemoBuild {
  private DemoBuild() {}

  /**
   * Builds the demo model into {@code out}.
   *
   * @param log where progress goes
   * @return the loss of every step
   */
  public static List<Float> run(Path out, DemoSpec spec, StDType dtype, PrintStream log)
      throws IOException {
    long t0 = System.nanoTime();
    DemoCorpus.Result corpus = DemoCorpus.generate(spec.seed(), spec.examples());
    log.printf(
        "corpus: %d examples kept, %d generated replies dropped by moderation%n",
        corpus.examples().size(), corpus.dropped());
    List<String> texts = new ArrayList<>(List.of("system\n", "user\n", "assistant\n", "\n"));
    for (DemoCorpus.Example e : corpus.examples()) {
      texts.addAll(List.of(e.system(), e.question(), e.reply()));
    }
    List<String> merges = BpeTrainer.learn(texts, spec.vocab() - DemoFolder.SPECIALS.size() - 256);
    int vocab = TokenizerJson.size(DemoFolder.SPECIALS, merges);
    DemoFolder.writeTokenizer(out, merges);
    log.printf("tokenizer: byte-level BPE, %d merges, vocabulary %d%n", merges.size(), vocab);
    List<TrainingSet.Sequence> data;
    try (TextTokenizer tok = TextTokenizer.load(out)) {
      data =
          TrainingSet.encode(
              corpus.examples(),
              ChatTemplate.load(out),
              tok,
              DemoFolder.END_OF_TURN,
              spec.context());
    }
    long tokens = data.stream().mapToLong(s -> s.ids().length).sum();
    log.printf(
        "training set: %d sequences, %d tokens (mean %.1f)%n",
        data.size(), tokens, (double) tokens / data.size());
    long t1 = System.nanoTime();
    List<Float> losses;
    Map<String, SafetensorsWriter.Tensor> weights = new LinkedHashMap<>();
    try (NDManager manager = NDManager.newBaseManager();
        DemoLlama model =
            new DemoLlama(spec, ArchitectureRegistry.forType("llama"), vocab, manager)) {
      losses = DemoTrainer.train(model, data, spec, new TrainProgress(log, spec.steps(), 50));
      for (Map.Entry<String, NDArray> e : model.parameters().entrySet()) {
        weights.put(
            e.getKey(),
            new SafetensorsWriter.Tensor(
                e.getValue().getShape().getShape(), e.getValue().toFloatArray()));
      }
    }
    double trainSeconds = (System.nanoTime() - t1) / 1e9;
    DemoFolder.writeModel(out, spec, vocab, weights, dtype);
    JsonObject summary = summary(spec, corpus, vocab, data.size(), tokens, losses, trainSeconds);
    summary.addProperty("total_seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
    DemoFolder.writeJson(out.resolve("training.json"), summary);
    log.printf("training took %s; wrote %s%n", TrainProgress.clock(trainSeconds), out);
    return losses;
  }

  private static JsonObject summary(
      DemoSpec spec,
      DemoCorpus.Result corpus,
      int vocab,
      int seqs,
      long tokens,
      List<Float> losses,
      double seconds) {
    JsonObject s = new JsonObject();
    s.addProperty("spec", spec.toString());
    s.addProperty("examples_kept", corpus.examples().size());
    s.addProperty("examples_dropped_by_moderation", corpus.dropped());
    s.addProperty("vocab", vocab);
    s.addProperty("sequences", seqs);
    s.addProperty("tokens", tokens);
    s.addProperty("train_seconds", Math.round(seconds * 10) / 10.0);
    JsonArray curve = new JsonArray();
    for (int i = 0; i < losses.size(); i += Math.max(1, losses.size() / 50)) {
      JsonArray p = new JsonArray();
      p.add(i + 1);
      p.add(Math.round(losses.get(i) * 1e4) / 1e4);
      curve.add(p);
    }
    s.add("loss_curve", curve);
    return s;
  }
}
