package com.storefront.qa.llm.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Minimal {@code --key value} / {@code --flag} parser. */
final class Args {
  private final Map<String, String> values = new HashMap<>();
  private final Set<String> flags = new HashSet<>();

  Args(String[] argv, int from, Set<String> flagNames) {
    for (int i = from; i < argv.length; i++) {
      String a = argv[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument: " + a);
      }
      String k = a.substring(2);
      if (flagNames.contains(k)) {
        flags.add(k);
      } else if (i + 1 < argv.length) {
        values.put(k, argv[++i]);
      } else {
        throw new IllegalArgumentException("missing value for " + a);
      }
    }
  }

  String require(String k) {
    String v = values.get(k);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + k);
    }
    return v;
  }

  String get(String k, String dflt) {
    return values.getOrDefault(k, dflt);
  }

  int getInt(String k, int dflt) {
    return values.containsKey(k) ? Integer.parseInt(values.get(k)) : dflt;
  }

  double getDouble(String k, double dflt) {
    return values.containsKey(k) ? Double.parseDouble(values.get(k)) : dflt;
  }

  boolean has(String k) {
    return values.containsKey(k) || flags.contains(k);
  }

  boolean flag(String k) {
    return flags.contains(k);
  }
}
