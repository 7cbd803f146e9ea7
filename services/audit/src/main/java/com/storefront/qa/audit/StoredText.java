package com.storefront.qa.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.storefront.qa.contracts.json.Json;
import java.util.Iterator;
import java.util.Map;

/** Text as PostgreSQL can store it: no NUL characters, bounded lengths, clean jsonb. */
final class StoredText {
  private StoredText() {}

  /** PostgreSQL text cannot hold NUL; everything else is kept as it is. */
  static String clean(String s) {
    return s == null || s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
  }

  /** At most {@code max} characters (never splitting a surrogate pair), marked when cut. */
  static String truncate(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = max;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…[truncated]";
  }

  static String firstLine(String s) {
    return s == null ? "" : s.lines().findFirst().orElse("");
  }

  /** JSON for a jsonb column, with NUL characters (which jsonb rejects) replaced. */
  static String jsonb(Object value) {
    if (value == null) {
      return null;
    }
    JsonNode tree = Json.MAPPER.valueToTree(value);
    return Json.toJson(scrub(tree));
  }

  private static JsonNode scrub(JsonNode node) {
    if (node.isTextual()) {
      String text = node.textValue();
      return text.indexOf('\0') < 0 ? node : TextNode.valueOf(clean(text));
    }
    if (node instanceof ObjectNode obj) {
      ObjectNode out = obj.objectNode();
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(clean(e.getKey()), scrub(e.getValue()));
      }
      return out;
    }
    if (node instanceof ArrayNode arr) {
      ArrayNode out = arr.arrayNode();
      arr.forEach(n -> out.add(scrub(n)));
      return out;
    }
    return node;
  }
}
