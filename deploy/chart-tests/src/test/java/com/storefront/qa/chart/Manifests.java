package com.storefront.qa.chart;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code helm template} output strictly: YAML with duplicate keys is refused, scalars are
 * never coerced (a number where Kubernetes wants a string fails, as the API server would), every
 * built-in kind must map onto the fabric8 model with no field the model does not know, and every
 * kind must be one the chart is expected to produce.
 */
final class Manifests {
  private static final Map<String, Class<?>> BUILT_IN =
      Map.ofEntries(
          Map.entry("v1/ConfigMap", ConfigMap.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("v1/ServiceAccount", ServiceAccount.class),
          Map.entry("v1/Pod", Pod.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("apps/v1/StatefulSet", StatefulSet.class),
          Map.entry("batch/v1/Job", Job.class),
          Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
          Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
          Map.entry("networking.k8s.io/v1/Ingress", Ingress.class));

  private static final Pattern SOURCE = Pattern.compile("^# Source: (.+)$", Pattern.MULTILINE);
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
  private static final ObjectMapper STRICT = strictMapper();

  private Manifests() {}

  /** Every non-empty document of a render, parsed and checked. */
  static List<Manifest> parse(String rendered) {
    List<Manifest> out = new ArrayList<>();
    for (String doc : rendered.split("(?m)^---\\s*$")) {
      Matcher m = SOURCE.matcher(doc);
      String source = m.find() ? m.group(1) : "?";
      JsonNode tree = readTree(doc, source);
      if (tree == null || tree.isNull() || tree.isEmpty()) {
        continue;
      }
      out.add(new Manifest(source, tree, toModel(tree, source)));
    }
    return out;
  }

  private static JsonNode readTree(String doc, String source) {
    try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(doc)) {
      return YAML.readTree(parser);
    } catch (IOException e) {
      throw new AssertionError(source + ": not valid YAML: " + e.getMessage(), e);
    }
  }

  private static Object toModel(JsonNode tree, String source) {
    String key = tree.path("apiVersion").asText() + "/" + tree.path("kind").asText();
    Class<?> type = BUILT_IN.get(key);
    if (type == null) {
      CustomResourceShapes.check(tree, source);
      return null;
    }
    Object model;
    try {
      model = STRICT.treeToValue(tree, type);
    } catch (IOException e) {
      throw new AssertionError(source + ": " + key + " does not parse: " + e.getMessage(), e);
    }
    List<String> unknown = StrictModel.unknownFields(model);
    if (!unknown.isEmpty()) {
      throw new AssertionError(
          source + ": " + key + " has fields Kubernetes does not know: " + unknown);
    }
    return model;
  }

  private static ObjectMapper strictMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    // Kubernetes' API server refuses a number or a boolean where it wants a string.
    for (CoercionInputShape shape :
        List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    return mapper;
  }
}
