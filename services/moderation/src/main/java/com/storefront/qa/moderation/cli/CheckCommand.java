package com.storefront.qa.moderation.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.ModerationPolicy;
import com.storefront.qa.moderation.InputCheck;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.OutputCheck;
import com.storefront.qa.moderation.lang.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code check}: one JSON object per input line, one verdict line per input line, in order. A
 * malformed line gets an {@code {"line": n, "error": "..."}} line (so outputs stay aligned with
 * inputs) and the exit status is 1.
 */
final class CheckCommand {
  private CheckCommand() {}

  static int run(InputStream in, PrintStream out) throws IOException {
    Moderator moderator = new Moderator();
    ModerationPolicy policy = ModerationPolicy.defaults();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int status = 0;
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      ObjectNode result = Json.MAPPER.createObjectNode();
      result.put("line", lineNo);
      try {
        JsonNode node = Json.MAPPER.readTree(line);
        JsonNode q = node.get("question");
        if (q == null || !q.isTextual()) {
          throw new IllegalArgumentException("\"question\" (a string) is required");
        }
        String language = LanguageDetector.languageOf(textOrNull(node, "locale"));
        InputCheck input = moderator.checkQuestion(q.asText(), language, policy);
        String lang = language != null ? language : LanguageDetector.detect(input.maskedText());
        result.put("question", input.maskedText());
        result.put("language", lang);
        Verdict verdict = input.verdict();
        result.set("inputReasons", reasons(input.reasons()));
        String reply = textOrNull(node, "reply");
        if (reply != null) {
          JsonNode lp = node.get("meanLogProb");
          Double meanLogProb = lp == null || lp.isNull() ? null : lp.asDouble();
          OutputCheck output =
              moderator.checkReply(input.maskedText(), reply, lang, meanLogProb, policy);
          result.set("replyReasons", reasons(output.reasons()));
          verdict = worse(verdict, output.verdict());
        }
        result.put("verdict", verdict.name());
      } catch (IOException | IllegalArgumentException e) {
        result.put("error", e.getMessage());
        status = 1;
      }
      out.println(Json.MAPPER.writeValueAsString(result));
    }
    return status;
  }

  private static ArrayNode reasons(List<ModerationReason> reasons) {
    ArrayNode array = Json.MAPPER.createArrayNode();
    for (ModerationReason r : reasons) {
      ObjectNode o = array.addObject();
      o.put("code", r.code());
      o.put("evidence", r.evidence());
      o.put("start", r.start());
      o.put("end", r.end());
    }
    return array;
  }

  private static Verdict worse(Verdict a, Verdict b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  private static String textOrNull(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
