package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The strict parser itself refuses what an API server (or a CRD) would refuse. */
class StrictParsingTest {
  private static final String DEPLOYMENT =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: x
      spec:
        replicas: %s
        selector:
          matchLabels: {a: b}
        template:
          metadata:
            labels: {a: b}
          spec:
            containers:
              - name: c
                image: i
                %s
      """;

  @Test
  void misspeltFieldIsRefused() {
    assertThatThrownBy(
            () ->
                Manifests.parse(
                    DEPLOYMENT.formatted("1", "readinessprobe: {httpGet: {path: /, port: 80}}")))
        .hasMessageContaining("fields Kubernetes does not know")
        .hasMessageContaining("readinessprobe");
  }

  @Test
  void stringWhereAnIntegerBelongsIsRefused() {
    assertThatThrownBy(() -> Manifests.parse(DEPLOYMENT.formatted("\"2\"", "")))
        .hasMessageContaining("does not parse");
  }

  @Test
  void numberWhereAStringBelongsIsRefused() {
    assertThatThrownBy(
            () -> Manifests.parse(DEPLOYMENT.formatted("1", "env: [{name: PORT, value: 8081}]")))
        .hasMessageContaining("does not parse");
  }

  @Test
  void duplicateKeyIsRefused() {
    assertThatThrownBy(() -> Manifests.parse(DEPLOYMENT.formatted("1", "image: j")))
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void unknownKindAndUnknownCustomResourceFieldsAreRefused() {
    assertThatThrownBy(() -> Manifests.parse("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\n"))
        .hasMessageContaining("unexpected kind v1/Secret");
    assertThatThrownBy(
            () ->
                Manifests.parse(
                    "apiVersion: keda.sh/v1alpha1\nkind: ScaledObject\nmetadata: {name: s}\n"
                        + "spec: {maxReplicas: 3}\n"))
        .hasMessageContaining("spec.maxReplicas");
  }
}
