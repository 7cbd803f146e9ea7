package com.storefront.qa.moderation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.ModerationPolicy;
import com.storefront.qa.contracts.policy.ModerationPolicy.Strictness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of a labelled corpus: {@code {"question", "reply" (absent = a question case), "locale",
 * "label": "publish"|"hold", "reasons": [codes], "meanLogProb", "strictness", "kind"}}. The shared
 * examples' free-text {@code "reason"} field is accepted and ignored; {@code kind} names the class
 * of reply a case stands for ("eta", "good-exclaim"), and eval counts verdicts per kind.
 */
public record LabelledCase(
    int line,
    String question,
    String reply,
    String locale,
    boolean hold,
    Set<String> reasons,
    Double meanLogProb,
    Strictness strictness,
    String kind) {

  /** True for a reply case, false for a question case. */
  public boolean isReply() {
    return reply != null;
  }

  /** The moderation policy this case runs under: defaults at its strictness. */
  public ModerationPolicy policy() {
    return new ModerationPolicy(true, true, Set.of(), strictness);
  }

  /** Parses a JSONL corpus; blank lines and lines starting with '#' or '//' are skipped. */
  public static List<LabelledCase> read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<LabelledCase> out = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("//")) {
          continue;
        }
        out.add(parse(i + 1, line));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file, e);
    }
  }

  /** Parses one corpus line; throws IllegalArgumentException naming the line when malformed. */
  public static LabelledCase parse(int lineNo, String json) {
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("line " + lineNo + ": not JSON: " + e.getMessage(), e);
    }
    String label = text(node, "label");
    if (!"hold".equals(label) && !"publish".equals(label)) {
      throw new IllegalArgumentException("line " + lineNo + ": label must be hold or publish");
    }
    String question = text(node, "question");
    if (question == null) {
      throw new IllegalArgumentException("line " + lineNo + ": question is required");
    }
    Set<String> reasons = new LinkedHashSet<>();
    node.path("reasons").forEach(r -> reasons.add(r.asText()));
    JsonNode lp = node.get("meanLogProb");
    String strictness = text(node, "strictness");
    return new LabelledCase(
        lineNo,
        question,
        text(node, "reply"),
        text(node, "locale"),
        "hold".equals(label),
        Set.copyOf(reasons),
        lp == null || lp.isNull() ? null : lp.asDouble(),
        strictness == null
            ? Strictness.NORMAL
            : Strictness.valueOf(strictness.toUpperCase(Locale.ROOT)),
        text(node, "kind"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
