package com.storefront.qa.chart;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One rendered manifest: its raw tree and the fabric8 model object it parsed into (null for custom
 * resources, which {@link CustomResourceShapes} checks instead).
 */
record Manifest(String source, JsonNode tree, Object model) {
  String kind() {
    return tree.path("kind").asText();
  }

  String name() {
    return tree.path("metadata").path("name").asText();
  }

  String label(String key) {
    return tree.path("metadata").path("labels").path(key).asText(null);
  }

  /** The model, cast to the class the test expects for this kind. */
  <T> T as(Class<T> type) {
    return type.cast(model);
  }

  @Override
  public String toString() {
    return kind() + "/" + name() + " (" + source + ")";
  }
}
