package com.storefront.qa.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the chart's rendered manifests (the minimal scenario, with the reply worker added) into
 * what podman 4.3's {@code play kube} can run on one machine against the test broker and
 * PostgreSQL. Only these changes are made (each one is listed in docs/kubernetes.md, "Images in
 * CI"); images, commands, environment, security contexts, volumes and the ConfigMaps' other keys
 * stay as the chart renders them:
 *
 * <ol>
 *   <li>only ConfigMaps, Deployments and StatefulSets are kept: Services, NetworkPolicies,
 *       PodDisruptionBudgets and the ServiceAccount mean nothing to podman;
 *   <li>a StatefulSet (the reply worker) becomes a Deployment with the same metadata, replicas,
 *       selector and pod template: podman 4.3 has no StatefulSet ("YAML document does not contain
 *       any supported kube kind"); {@code serviceName}, {@code podManagementPolicy} and {@code
 *       updateStrategy} are dropped, so the pod is named {@code <name>-pod-0} instead of {@code
 *       <name>-0};
 *   <li>{@code hostNetwork: true}: the test broker and PostgreSQL listen on this machine's
 *       loopback, and there is no cluster DNS for {@code kafka.kafka.svc};
 *   <li>each container's {@code ports} are dropped and the probes' named port becomes its number:
 *       podman 4.3 refuses port mappings with the host network ("PortMappings can only be used with
 *       Bridge or slirp4netns networking");
 *   <li>in the ConfigMaps, {@code kafka.bootstrap.servers} and {@code quarkus.datasource.jdbc.url}
 *       point at the test broker and PostgreSQL, and {@code quarkus.http.port} is set to a free
 *       port (on the host network 8081/8082 may be taken by a developer's bin/run-local);
 *   <li>each emptyDir volume is renamed {@code <deployment>-<volume>}: podman 4.3 makes a named
 *       volume of every emptyDir, and two pods' {@code tmp} would otherwise be the same volume.
 * </ol>
 *
 * <p>The Secrets the chart refers to (never renders) are made by {@link #podmanSecret}.
 */
final class PlayKube {
  private static final YAMLMapper YAML =
      YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

  private PlayKube() {}

  /** What each component's ConfigMap gets. */
  record Target(String bootstrapServers, String jdbcUrl, Map<String, Integer> httpPorts) {}

  /** The adapted manifests, as one multi-document YAML for {@code podman play kube}. */
  static String adapt(String rendered, Target target) {
    List<ObjectNode> kept = new ArrayList<>();
    for (ObjectNode doc : documents(rendered)) {
      String kind = doc.path("kind").asText();
      if (kind.equals("ConfigMap") && doc.path("data").has("application.properties")) {
        String component = component(doc);
        Integer port = target.httpPorts().get(component);
        if (port == null) {
          continue;
        }
        ObjectNode data = (ObjectNode) doc.get("data");
        data.put(
            "application.properties",
            properties(data.get("application.properties").asText(), target, port));
        kept.add(doc);
      } else if (kind.equals("Deployment")) {
        adaptDeployment(doc);
        kept.add(doc);
      } else if (kind.equals("StatefulSet")) {
        ObjectNode deployment = asDeployment(doc);
        adaptDeployment(deployment);
        kept.add(deployment);
      }
    }
    return write(kept);
  }

  /** The Deployment names in an adapted manifest, e.g. shop-storefront-qa-orchestrator. */
  static List<String> deployments(String adapted) {
    return documents(adapted).stream()
        .filter(d -> d.path("kind").asText().equals("Deployment"))
        .map(d -> d.path("metadata").path("name").asText())
        .toList();
  }

  /** The names of the Secrets the Deployments read (secretKeyRef). */
  static List<String> secretNames(String adapted) {
    List<String> names = new ArrayList<>();
    for (ObjectNode doc : documents(adapted)) {
      doc.findValues("secretKeyRef")
          .forEach(
              ref -> {
                String name = ref.path("name").asText();
                if (!names.contains(name)) {
                  names.add(name);
                }
              });
    }
    return names;
  }

  /**
   * The ConfigMap names of an adapted manifest (podman 4.3 keeps a volume of each after --down).
   */
  static List<String> configMaps(String adapted) {
    return documents(adapted).stream()
        .filter(d -> d.path("kind").asText().equals("ConfigMap"))
        .map(d -> d.path("metadata").path("name").asText())
        .toList();
  }

  /** The named volumes podman makes of the emptyDirs of an adapted manifest. */
  static List<String> emptyDirVolumes(String adapted) {
    List<String> names = new ArrayList<>();
    for (ObjectNode doc : documents(adapted)) {
      for (JsonNode v : doc.path("spec").path("template").path("spec").path("volumes")) {
        if (v.has("emptyDir")) {
          names.add(v.path("name").asText());
        }
      }
    }
    return names;
  }

  /**
   * A Secret as podman 4.3 wants it for {@code secretKeyRef}: a podman secret whose content is a
   * JSON object of key to base64 value. (Its play kube does accept {@code kind: Secret} documents,
   * but stores them as YAML, which its own secretKeyRef lookup then cannot parse: "is not valid
   * JSON".)
   */
  static String podmanSecret(Map<String, String> data) {
    ObjectNode json = YAML.createObjectNode();
    new LinkedHashMap<>(data)
        .forEach(
            (k, v) ->
                json.put(
                    k, Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
    return json.toString();
  }

  /** The StatefulSet's pod template under a Deployment (podman plays no StatefulSet). */
  static ObjectNode asDeployment(ObjectNode statefulSet) {
    ObjectNode d = YAML.createObjectNode();
    d.put("apiVersion", "apps/v1");
    d.put("kind", "Deployment");
    d.set("metadata", statefulSet.get("metadata"));
    ObjectNode spec = d.putObject("spec");
    JsonNode from = statefulSet.path("spec");
    spec.put("replicas", from.path("replicas").asInt(1));
    spec.set("selector", from.get("selector"));
    spec.set("template", from.get("template"));
    return d;
  }

  private static void adaptDeployment(ObjectNode doc) {
    String name = doc.path("metadata").path("name").asText();
    ObjectNode pod = (ObjectNode) doc.path("spec").path("template").path("spec");
    pod.put("hostNetwork", true);
    Map<String, String> renamed = new LinkedHashMap<>();
    for (JsonNode v : pod.path("volumes")) {
      if (v.has("emptyDir")) {
        String newName = name + "-" + v.path("name").asText();
        renamed.put(v.path("name").asText(), newName);
        ((ObjectNode) v).put("name", newName);
      }
    }
    for (JsonNode c : pod.path("containers")) {
      ObjectNode container = (ObjectNode) c;
      Map<String, Integer> named = new LinkedHashMap<>();
      for (JsonNode p : container.path("ports")) {
        named.put(p.path("name").asText(), p.path("containerPort").asInt());
      }
      container.remove("ports");
      for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
        JsonNode get = container.path(probe).path("httpGet");
        if (get.isObject() && get.path("port").isTextual()) {
          Integer number = named.get(get.path("port").asText());
          if (number != null) {
            ((ObjectNode) get).put("port", number);
          }
        }
      }
      for (JsonNode m : container.path("volumeMounts")) {
        String newName = renamed.get(m.path("name").asText());
        if (newName != null) {
          ((ObjectNode) m).put("name", newName);
        }
      }
    }
  }

  private static String properties(String props, Target target, int port) {
    StringBuilder out = new StringBuilder();
    for (String line : props.split("\n")) {
      if (line.startsWith("kafka.bootstrap.servers=")) {
        line = "kafka.bootstrap.servers=" + target.bootstrapServers();
      } else if (line.startsWith("quarkus.datasource.jdbc.url=")) {
        line = "quarkus.datasource.jdbc.url=" + target.jdbcUrl();
      } else if (line.startsWith("quarkus.http.port=")) {
        continue;
      }
      out.append(line).append('\n');
    }
    out.append("quarkus.http.port=").append(port).append('\n');
    return out.toString();
  }

  private static String component(JsonNode doc) {
    return doc.path("metadata").path("labels").path("app.kubernetes.io/component").asText();
  }

  static List<ObjectNode> documents(String yaml) {
    try (MappingIterator<ObjectNode> it = YAML.readerFor(ObjectNode.class).readValues(yaml)) {
      List<ObjectNode> docs = new ArrayList<>();
      while (it.hasNext()) {
        ObjectNode doc = it.next();
        if (doc != null && !doc.isEmpty()) {
          docs.add(doc);
        }
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException("unparsable manifests", e);
    }
  }

  private static String write(List<ObjectNode> docs) {
    StringWriter out = new StringWriter();
    try (SequenceWriter w =
        YAML.writer().with(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).writeValues(out)) {
      for (ObjectNode d : docs) {
        w.write(d);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
