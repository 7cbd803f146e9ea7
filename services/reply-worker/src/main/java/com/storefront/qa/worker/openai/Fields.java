package com.storefront.qa.worker.openai;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed, range-checked reads of optional request fields; a bad one is a 400 naming it. */
final class Fields {
  final JsonNode root;

  Fields(JsonNode root) {
    this.root = root;
  }

  /** Present and not JSON null. */
  boolean has(String name) {
    JsonNode n = root.get(name);
    return n != null && !n.isNull();
  }

  boolean nonEmpty(String name) {
    return has(name) && !root.get(name).isEmpty();
  }

  double number(String name, double absent, double min, double max) {
    if (!has(name)) {
      return absent;
    }
    JsonNode n = root.get(name);
    if (!n.isNumber() || !(n.asDouble() >= min && n.asDouble() <= max)) {
      throw ApiError.invalid(name, name + " must be a number in [" + min + ", " + max + "].");
    }
    return n.asDouble();
  }

  long integer(String name, long absent, long min, long max) {
    if (!has(name)) {
      return absent;
    }
    JsonNode n = root.get(name);
    if (!n.isIntegralNumber() || !n.canConvertToLong() || n.asLong() < min || n.asLong() > max) {
      throw ApiError.invalid(name, name + " must be an integer in [" + min + ", " + max + "].");
    }
    return n.asLong();
  }

  boolean bool(String name, boolean absent) {
    if (!has(name)) {
      return absent;
    }
    if (!root.get(name).isBoolean()) {
      throw ApiError.invalid(name, name + " must be a boolean.");
    }
    return root.get(name).asBoolean();
  }

  /** A string field, or null when absent. */
  String string(String name) {
    if (!has(name)) {
      return null;
    }
    if (!root.get(name).isTextual()) {
      throw ApiError.invalid(name, name + " must be a string.");
    }
    return root.get(name).asText();
  }
}
