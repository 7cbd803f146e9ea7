package com.storefront.qa.chart;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Strict checks for the custom resources the chart can render, whose types the fabric8 core model
 * does not have: every field path must be one the CRD defines (an allow-list written from the CRDs
 * of KEDA 2.x, Prometheus Operator v1 and Strimzi v1beta2, limited to what the chart uses), and
 * metadata must parse as a Kubernetes ObjectMeta. {@code *} matches one map key, {@code []} a list
 * item.
 */
final class CustomResourceShapes {
  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "keda.sh/v1alpha1/ScaledObject",
          Set.of(
              "spec.scaleTargetRef.apiVersion",
              "spec.scaleTargetRef.kind",
              "spec.scaleTargetRef.name",
              "spec.minReplicaCount",
              "spec.maxReplicaCount",
              "spec.pollingInterval",
              "spec.cooldownPeriod",
              "spec.triggers[].type",
              "spec.triggers[].metadata.*",
              "spec.triggers[].authenticationRef.name"),
          "keda.sh/v1alpha1/TriggerAuthentication",
          Set.of(
              "spec.secretTargetRef[].parameter",
              "spec.secretTargetRef[].name",
              "spec.secretTargetRef[].key"),
          "monitoring.coreos.com/v1/ServiceMonitor",
          Set.of(
              "spec.selector.matchLabels.*",
              "spec.namespaceSelector.matchNames[]",
              "spec.endpoints[].port",
              "spec.endpoints[].path",
              "spec.endpoints[].interval",
              "spec.endpoints[].scrapeTimeout"),
          "monitoring.coreos.com/v1/PrometheusRule",
          Set.of(
              "spec.groups[].name",
              "spec.groups[].rules[].alert",
              "spec.groups[].rules[].expr",
              "spec.groups[].rules[].for",
              "spec.groups[].rules[].labels.*",
              "spec.groups[].rules[].annotations.*"),
          "kafka.strimzi.io/v1beta2/KafkaTopic",
          Set.of(
              "spec.topicName",
              "spec.partitions",
              "spec.replicas",
              "spec.config.cleanup\\.policy",
              "spec.config.min\\.insync\\.replicas",
              "spec.config.retention\\.ms"));

  private CustomResourceShapes() {}

  static void check(JsonNode tree, String source) {
    String key = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
    Set<String> allowed = ALLOWED.get(key);
    if (allowed == null) {
      throw new AssertionError(source + ": unexpected kind " + key);
    }
    List<Pattern> patterns = allowed.stream().map(CustomResourceShapes::toPattern).toList();
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!Set.of("apiVersion", "kind", "metadata", "spec").contains(field)) {
        unknown.add(field);
      }
    }
    leaves(tree.path("spec"), "spec", patterns, unknown);
    try {
      ObjectMeta meta =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .treeToValue(tree.path("metadata"), ObjectMeta.class);
      unknown.addAll(StrictModel.unknownFields(meta).stream().map(f -> "metadata" + f).toList());
    } catch (java.io.IOException e) {
      throw new AssertionError(source + ": metadata: " + e.getMessage(), e);
    }
    if (!unknown.isEmpty()) {
      throw new AssertionError(
          source + ": " + key + " has fields its CRD does not define: " + unknown);
    }
  }

  private static void leaves(JsonNode node, String path, List<Pattern> allowed, List<String> out) {
    if (node.isObject() && !node.isEmpty()) {
      node.fields()
          .forEachRemaining(
              e -> leaves(e.getValue(), path + "." + e.getKey().replace(".", "\\."), allowed, out));
    } else if (node.isArray() && !node.isEmpty()) {
      node.forEach(item -> leaves(item, path + "[]", allowed, out));
    } else if (allowed.stream().noneMatch(p -> p.matcher(path).matches())) {
      out.add(path);
    }
  }

  private static Pattern toPattern(String path) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '*') {
        re.append("(?:[^.\\[\\\\]|\\\\.)+");
      } else if (c == '\\' && i + 1 < path.length()) {
        re.append(Pattern.quote("\\" + path.charAt(++i)));
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
