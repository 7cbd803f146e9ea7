package com.storefront.qa.review.security;

import jakarta.json.JsonString;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads console grants from a token claim: values {@code <shop>:<role>} ({@code shop-a:reviewer},
 * {@code *:viewer}), as a JSON array or one string. Values of any other shape are other
 * applications' groups and are ignored.
 */
final class ClaimGrants {
  private static final Pattern GRANT =
      Pattern.compile("(\\*|[A-Za-z0-9][A-Za-z0-9._-]{0,63}):(viewer|reviewer|admin)");

  private ClaimGrants() {}

  /** The grants in {@code claim} (a collection, a JSON array or a string; null: none). */
  static Map<String, Role> parse(Object claim) {
    Map<String, Role> byShop = new HashMap<>();
    for (Object value : values(claim)) {
      String text = value instanceof JsonString js ? js.getString() : String.valueOf(value);
      Matcher m = GRANT.matcher(text.trim());
      if (m.matches()) {
        byShop.merge(m.group(1), Role.of(m.group(2)), Role::stronger);
      }
    }
    return byShop;
  }

  private static Collection<?> values(Object claim) {
    if (claim instanceof Collection<?> c) {
      return c;
    }
    if (claim instanceof JsonString js) {
      return List.of(js.getString());
    }
    return claim instanceof String s ? List.of(s) : List.of();
  }
}
