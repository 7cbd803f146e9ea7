package com.storefront.qa.images;

import static com.storefront.qa.images.Probe.say;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.marcnuri.helm.Helm;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The chart's minimal scenario plus the reply worker (play-worker-values.yaml: the demo model from
 * a hostPath) under {@code podman play kube}: the orchestrator, the review console and the worker
 * as rendered (the worker's StatefulSet played as a Deployment, see {@link PlayKube}), readiness by
 * curl, then two questions: one for a shop whose policy turns generation on, answered by the
 * worker's model ({@code MODEL}), one for a shop whose policy keeps it off (the acknowledgement,
 * {@code FALLBACK}); both audited by the console.
 */
final class PlayKubeSmoke {
  static final String ORCHESTRATOR = "shop-storefront-qa-orchestrator";
  static final String CONSOLE = "shop-storefront-qa-review-console";
  static final String WORKER = "shop-storefront-qa-reply-worker";
  private static final Path CHART = Cmd.ROOT.resolve("helm/storefront-qa");

  private final KafkaBroker kafka;
  private final Postgres postgres;
  private final Path work;
  private final Map<String, String> secretsJson;

  PlayKubeSmoke(KafkaBroker kafka, Postgres postgres, Path work, Map<String, String> secretsJson) {
    this.kafka = kafka;
    this.postgres = postgres;
    this.work = work;
    this.secretsJson = secretsJson;
  }

  /** The minimal scenario with the worker overlay, as {@code helm template} renders it. */
  static String render() {
    return new Helm(CHART)
        .template()
        .withName("shop")
        .withNamespace("storefront")
        .withKubeVersion("1.33.0")
        .withValuesFile(CHART.resolve("ci/minimal-values.yaml"))
        .withValuesFile(
            Cmd.ROOT.resolve("deploy/image-tests/src/test/resources/play-worker-values.yaml"))
        .set("replyWorker.model.hostPath.path", Cmd.ROOT.resolve("models").toString())
        .call();
  }

  /** The container podman names for a Deployment's first pod. */
  static String container(String deployment, String name) {
    return deployment + "-pod-0-" + name;
  }

  void run() throws Exception {
    Map<String, Integer> ports = new LinkedHashMap<>();
    for (String c : List.of("orchestrator", "review-console", "reply-worker")) {
      ports.put(c, Probe.freePort());
    }
    String adapted =
        PlayKube.adapt(
            render(), new PlayKube.Target(kafka.bootstrapServers(), postgres.jdbcUrl(), ports));
    Path play = work.resolve("play/minimal-worker-play.yaml");
    Files.createDirectories(play.getParent());
    Files.writeString(play, adapted);
    assertThat(PlayKube.deployments(adapted))
        .containsExactlyInAnyOrder(ORCHESTRATOR, WORKER, CONSOLE);
    List<String> secrets = PlayKube.secretNames(adapted);
    assertThat(secrets).containsExactlyInAnyOrderElementsOf(secretsJson.keySet());
    Map<String, String> containers =
        Map.of(
            "orchestrator", container(ORCHESTRATOR, "orchestrator"),
            "review-console", container(CONSOLE, "review-console"),
            "reply-worker", container(WORKER, "reply-worker"));
    cleanUp(play, adapted, secrets);
    try {
      for (String name : secrets) {
        Cmd.Result r =
            Cmd.run(
                Duration.ofSeconds(30),
                secretsJson.get(name),
                List.of("podman", "secret", "create", name, "-"));
        assertThat(r.ok()).as("podman secret create %s: %s", name, r.out()).isTrue();
      }
      publishPolicies();
      say("podman play kube %s (minimal scenario + the reply worker)", Cmd.ROOT.relativize(play));
      Cmd.Result up = Cmd.podman("play", "kube", play.toString());
      if (!up.ok()) {
        fail("podman play kube failed:\n" + up.out());
      }
      for (var e : ports.entrySet()) {
        String container = containers.get(e.getKey());
        // The chart's pod security applies under podman too.
        Cmd.Result sec =
            Cmd.podman(
                "inspect",
                "--format",
                "{{.Config.User}} {{.HostConfig.ReadonlyRootfs}}",
                container);
        assertThat(sec.out().trim())
            .as("user and read-only root of %s", container)
            .isEqualTo("10001:10001 true");
      }
      for (var e : ports.entrySet()) {
        long t0 = System.nanoTime();
        String body = Probe.awaitReady(e.getKey(), containers.get(e.getKey()), e.getValue());
        say(
            "play kube: %-15s ready after %d s (curl http://127.0.0.1:%d/q/health/ready)%s",
            e.getKey(),
            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0),
            e.getValue(),
            e.getKey().equals("reply-worker") ? " " + body.replaceAll("\\s+", " ") : "");
      }
      String workerLog = Probe.log(containers.get("reply-worker"));
      assertThat(workerLog)
          .as("the worker's JVM runs with the Vector API (chart javaOpts + image entry point)")
          .contains("Using incubator modules: jdk.incubator.vector");

      Answers answers = new Answers(kafka.bootstrapServers());
      String model = answers.ask("hanbit-market", "ko-KR", "이 코트 세탁기로 빨아도 되나요?");
      String modelAnswer = answers.await(model, Duration.ofSeconds(120));
      say("answer from the worker's model: %s", modelAnswer);
      assertThat(modelAnswer).contains("\"source\":\"MODEL\"").contains("\"text\":\"");
      // Where the time went (startup, the first request's prefill, the transactional writes).
      say(
          "the worker's last log lines:%n%s",
          Cmd.tail(Probe.log(containers.get("reply-worker")), 6));
      String ack = answers.ask("northwind", "en-US", "Is the lid dishwasher safe?");
      String ackAnswer = answers.await(ack, Duration.ofSeconds(60));
      say("answer with generation off: %s", ackAnswer);
      assertThat(ackAnswer).contains("\"source\":\"FALLBACK\"");
      for (String id : List.of(model, ack)) {
        assertThat(awaitAudited(id, Duration.ofSeconds(60)))
            .as("audited answers of %s", id)
            .isOne();
      }
      say("the review console under play kube audited both answers");
    } catch (AssertionError | RuntimeException e) {
      say("play kube containers' logs:\n%s", Probe.logsOf(List.copyOf(containers.values())));
      throw e;
    } finally {
      cleanUp(play, adapted, secrets);
    }
  }

  /** hanbit-market: generation on (with room for a busy CI machine); northwind: off. */
  private void publishPolicies() {
    String policies =
        "hanbit-market:{\"shopId\":\"hanbit-market\",\"generationEnabled\":true,\"generationTimeoutMs\":60000}\n"
            + "northwind:{\"shopId\":\"northwind\",\"generationEnabled\":false}\n";
    Cmd.Result r =
        Cmd.run(
            Duration.ofSeconds(30),
            policies,
            List.of(
                "kcat", "-b", kafka.bootstrapServers(), "-t", "qa.shop-policies.v1", "-P", "-K:"));
    assertThat(r.ok()).as("kcat -P qa.shop-policies.v1: %s", r.out()).isTrue();
  }

  private long awaitAudited(String id, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try (Connection c = postgres.connect();
          PreparedStatement st =
              c.prepareStatement("SELECT count(*) FROM answers WHERE question_id = ?")) {
        st.setString(1, id);
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          long n = rs.getLong(1);
          if (n > 0 || System.nanoTime() > deadline) {
            return n;
          }
        }
      } catch (SQLException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      Thread.sleep(1000);
    }
  }

  private static void cleanUp(Path play, String adapted, List<String> secrets) {
    Cmd.podman("play", "kube", "--down", play.toString());
    for (String s : secrets) {
      Cmd.podman("secret", "rm", s);
    }
    List<String> volumes = new ArrayList<>(PlayKube.emptyDirVolumes(adapted));
    volumes.addAll(PlayKube.configMaps(adapted));
    for (String v : volumes) {
      Cmd.podman("volume", "rm", "-f", v);
    }
  }
}
