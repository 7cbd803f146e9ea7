package com.storefront.qa.review.web.view;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The queue page's filters as the user set them (each null or blank = any). Raw request values; the
 * service validates them against what the user may see.
 */
public record QueueFilter(
    String queue,
    String shop,
    String language,
    String reason,
    Integer minAgeHours,
    String sla,
    String assignee,
    String search) {

  /** Reads back a {@link #query()} string (unknown keys ignored; null or blank = the defaults). */
  public static QueueFilter parse(String query) {
    Map<String, String> v = new HashMap<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          v.put(
              URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    Integer age = null;
    try {
      age = v.containsKey("age") ? Integer.valueOf(v.get("age")) : null;
    } catch (NumberFormatException e) {
      // Not a number: no age filter, as on the page itself.
    }
    String queue = v.getOrDefault("queue", "held");
    return new QueueFilter(
        List.of("held", "followup", "done").contains(queue) ? queue : "held",
        v.get("shop"),
        v.get("language"),
        v.get("reason"),
        age,
        v.get("sla"),
        v.get("assignee"),
        v.get("q"));
  }

  /** The query string that reproduces these filters (for htmx polling of the same rows). */
  public String query() {
    StringBuilder q = new StringBuilder();
    add(q, "queue", queue);
    add(q, "shop", shop);
    add(q, "language", language);
    add(q, "reason", reason);
    add(q, "age", minAgeHours == null ? null : minAgeHours.toString());
    add(q, "sla", sla);
    add(q, "assignee", assignee);
    add(q, "q", search);
    return q.toString();
  }

  private static void add(StringBuilder q, String key, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    q.append(q.isEmpty() ? "" : "&")
        .append(key)
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
  }
}
