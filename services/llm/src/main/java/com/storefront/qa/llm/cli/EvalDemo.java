package com.storefront.qa.llm.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.batch.BatchingGenerator;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.OutputCheck;
import com.storefront.qa.moderation.lang.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * {@code eval-demo}: asks a model the questions of a JSONL file ({@code {"lang","text"}}) the way
 * production does (the default system prompt of the question's language, the question as input
 * moderation masked it, greedy, 200 new tokens) and reports, per language, how many replies output
 * moderation would publish and how many are in the question's language.
 */
final class EvalDemo {
  private EvalDemo() {}

  static void run(Args a) throws Exception {
    Path model = Path.of(a.require("model"));
    List<String> lines =
        Files.readAllLines(Path.of(a.require("questions")), StandardCharsets.UTF_8);
    boolean show = a.flag("show");
    Moderator moderator = new Moderator();
    List<String[]> asked = new ArrayList<>();
    List<CompletableFuture<Completion>> futures = new ArrayList<>();
    try (BatchingGenerator g = BatchingGenerator.load(model, Main.options(a, 16), s -> {})) {
      for (String line : lines) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject q = JsonParser.parseString(line).getAsJsonObject();
        String lang = q.get("lang").getAsString();
        String masked =
            moderator.checkQuestion(q.get("text").getAsString(), lang, null).maskedText();
        asked.add(new String[] {lang, masked});
        futures.add(
            g.submit(
                new GenerationSpec(
                    "eval-" + asked.size(),
                    DefaultPolicy.SYSTEM_PROMPTS.get(lang),
                    masked,
                    DecodingParams.greedy(200),
                    0L,
                    null)));
      }
      Map<String, int[]> byLang = new TreeMap<>(); // asked, published, language match
      Map<String, Integer> reasons = new TreeMap<>();
      for (int i = 0; i < asked.size(); i++) {
        String lang = asked.get(i)[0];
        Completion c = futures.get(i).join();
        OutputCheck out =
            moderator.checkReply(asked.get(i)[1], c.text(), lang, c.meanLogProb(), null);
        int[] n = byLang.computeIfAbsent(lang, k -> new int[3]);
        n[0]++;
        boolean published = out.verdict() == Verdict.PUBLISH;
        n[1] += published ? 1 : 0;
        n[2] += LanguageDetector.detect(c.text()).equals(lang) ? 1 : 0;
        out.reasons().forEach(r -> reasons.merge(r.code(), 1, Integer::sum));
        if (show || !published) {
          System.out.printf(
              "%s %s | %s -> %s %s%n",
              lang,
              out.verdict(),
              asked.get(i)[1],
              c.text(),
              out.reasons().stream().map(r -> r.code()).toList());
        }
      }
      int[] total = new int[3];
      byLang.forEach(
          (lang, n) -> {
            System.out.printf(
                "%s: %d questions, published %d (%.1f%%), language match %d (%.1f%%)%n",
                lang, n[0], n[1], 100.0 * n[1] / n[0], n[2], 100.0 * n[2] / n[0]);
            for (int k = 0; k < 3; k++) {
              total[k] += n[k];
            }
          });
      System.out.printf(
          "all: %d questions, published %d (%.1f%%), language match %d (%.1f%%); reasons %s%n",
          total[0],
          total[1],
          100.0 * total[1] / total[0],
          total[2],
          100.0 * total[2] / total[0],
          reasons);
    }
  }
}
