package com.storefront.qa.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.marcnuri.helm.Helm;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The container images for real: {@code bin/images} builds them (reusing cached layers), then every
 * image is started with podman against a real broker and a real PostgreSQL (the testkit) and must
 * reach {@code /q/health/ready}; then the chart's minimal scenario runs under {@code podman play
 * kube} with those images and one question goes through it.
 *
 * <p>Without podman the test is skipped, unless {@code QA_REQUIRE_PODMAN=1} (CI sets it after
 * installing podman), where a missing tool fails it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImagesIT {
  private static final String TAG = chartAppVersion();
  private static final Path WORK = Cmd.ROOT.resolve("deploy/image-tests/target/image-it");
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(240);
  private static final List<String> TOOLS =
      List.of("podman", "skopeo", "mmdebstrap", "curl", "kcat");

  /** A test-only customer-ref key (>= 32 bytes), public: never for real data. */
  private static final String CUSTOMER_REF_KEY = "INSECURE-image-test-customer-ref-key-0123456789";

  private static FileChannel lockFile;
  private static FileLock lock;
  private static KafkaBroker kafka;
  private static Postgres postgres;
  private static Path tinyModel;
  private static final long T0 = System.nanoTime();

  @BeforeAll
  static void buildImagesAndStartInfrastructure() throws Exception {
    List<String> missing = TOOLS.stream().filter(t -> !Cmd.onPath(t)).toList();
    if (!missing.isEmpty()) {
      String why =
          "missing "
              + missing
              + " (apt-get install -y podman buildah skopeo runc mmdebstrap uidmap kcat)";
      if ("1".equals(System.getenv("QA_REQUIRE_PODMAN"))) {
        fail("image tests: " + why + "; QA_REQUIRE_PODMAN=1 says they must run here");
      }
      Assumptions.assumeTrue(false, "image tests skipped: " + why);
    }
    Files.createDirectories(WORK);
    // One run of these tests per machine at a time: container, pod and secret names are global.
    lockFile =
        FileChannel.open(
            Path.of(System.getProperty("java.io.tmpdir"), "storefront-qa-image-tests.lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE);
    lock = lockFile.lock();

    say("bin/images --skip-build (builds what changed, reuses cached layers)");
    int code = Cmd.runShown(Duration.ofMinutes(20), "bin/images", "--skip-build");
    if (code != 0) {
      fail(
          "bin/images failed (exit " + code + "); its output is above, logs in target/images/logs");
    }

    postgres = Postgres.start();
    kafka = KafkaBroker.start();
    kafka.createSystemTopics(3);
    tinyModel = WORK.resolve("tiny-model");
    if (!Files.exists(tinyModel.resolve("config.json"))) {
      TinyCheckpoint.write(tinyModel, TinyCheckpoint.Spec.small("exaone"));
    }
    say(
        "broker %s, PostgreSQL %s, tiny model %s",
        kafka.bootstrapServers(), postgres.jdbcUrl(), tinyModel);
  }

  @AfterAll
  static void stopInfrastructure() throws IOException {
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      postgres.close();
    }
    if (lock != null) {
      lock.release();
      lockFile.close();
    }
  }

  /**
   * One container per image, configured the way the chart does (a mounted application.properties).
   */
  private record Service(String name, int port, Map<String, String> config, List<String> runArgs) {
    String image() {
      return "localhost/storefront-qa/" + name + ":" + TAG;
    }

    String container() {
      return "qa-image-it-" + name;
    }
  }

  @Test
  @Order(1)
  void eachImageStartsAgainstTheBrokerAndPostgresAndBecomesReady() throws Exception {
    Path djlCache = WORK.resolve("djl-cache");
    Files.createDirectories(djlCache);
    // The image's user; the chart gives it an emptyDir here.
    chown10001(djlCache);
    List<Service> services =
        List.of(
            new Service(
                "orchestrator",
                freePort(),
                Map.of(
                    "kafka.bootstrap.servers",
                    kafka.bootstrapServers(),
                    "kafka-streams.state.dir",
                    "/var/lib/orchestrator/state"),
                List.of("--tmpfs", "/var/lib/orchestrator/state:rw,mode=1777")),
            new Service(
                "review-console",
                freePort(),
                Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl()),
                List.of(
                    "-e", "QUARKUS_DATASOURCE_USERNAME=" + Postgres.USER,
                    "-e", "QUARKUS_DATASOURCE_PASSWORD=postgres",
                    "-e", "QA_AUDIT_CUSTOMER_REF_KEY=" + CUSTOMER_REF_KEY)),
            new Service(
                "reply-worker",
                freePort(),
                Map.of(
                    "kafka.bootstrap.servers",
                    kafka.bootstrapServers(),
                    "qa.worker.model-dir",
                    "/models/tiny"),
                List.of(
                    "-v", tinyModel + ":/models/tiny:ro",
                    "-v", djlCache + ":/var/cache/djl")));
    try {
      for (Service s : services) {
        Cmd.podman("rm", "-f", "-t", "0", s.container());
        Path config = WORK.resolve("run").resolve(s.name()).resolve("config");
        Files.createDirectories(config);
        StringBuilder props = new StringBuilder();
        s.config().forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        props.append("quarkus.http.port=").append(s.port()).append('\n');
        Files.writeString(config.resolve("application.properties"), props);
        List<String> cmd =
            new ArrayList<>(
                List.of(
                    "run",
                    "-d",
                    "--name",
                    s.container(),
                    "--network",
                    "host",
                    // as in the chart: read-only root filesystem, writable paths are volumes
                    "--read-only",
                    "--tmpfs",
                    "/tmp:rw,mode=1777",
                    "-v",
                    config + ":/app/config:ro"));
        cmd.addAll(s.runArgs());
        cmd.add(s.image());
        Cmd.Result run = Cmd.podman(cmd.toArray(String[]::new));
        if (!run.ok()) {
          fail("podman run " + s.image() + " failed:\n" + run.out());
        }
        say("started %s (%s) on port %d", s.container(), s.image(), s.port());
      }
      for (Service s : services) {
        long t0 = System.nanoTime();
        String body = awaitReady(s.name(), s.container(), s.port());
        say(
            "%-15s /q/health/ready UP after %d s (%s)",
            s.name(),
            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0),
            body.replaceAll("\\s+", " ")
                .substring(0, Math.min(160, body.replaceAll("\\s+", " ").length())));
      }
      // The worker unpacked the Maven libtorch into the writable DJL cache (no download).
      assertThat(djlCache.resolve("pytorch")).isDirectory();
      Cmd.Result user =
          Cmd.podman("image", "inspect", "--format", "{{.Config.User}}", services.get(0).image());
      assertThat(user.out().trim()).isEqualTo("10001");
      // The model is never baked into the image: /models is an empty mount point.
      Cmd.Result models =
          Cmd.podman(
              "run",
              "--rm",
              "--network",
              "none",
              "--entrypoint",
              "ls",
              services.get(2).image(),
              "-A",
              "/models");
      assertThat(models.ok()).as(models.out()).isTrue();
      assertThat(models.out().trim()).as("files under /models in the worker image").isEmpty();
    } finally {
      for (Service s : services) {
        Cmd.podman("rm", "-f", "-t", "5", s.container());
      }
    }
  }

  @Test
  @Order(2)
  void minimalScenarioRunsUnderPlayKubeAndAnswersAQuestion() throws Exception {
    Path chart = Cmd.ROOT.resolve("helm/storefront-qa");
    String rendered =
        new Helm(chart)
            .template()
            .withName("shop")
            .withNamespace("storefront")
            .withKubeVersion("1.33.0")
            .withValuesFile(chart.resolve("ci/minimal-values.yaml"))
            .call();
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("orchestrator", freePort());
    ports.put("review-console", freePort());
    String adapted =
        PlayKube.adapt(
            rendered, new PlayKube.Target(kafka.bootstrapServers(), postgres.jdbcUrl(), ports));
    Path play = WORK.resolve("play/minimal-play.yaml");
    Files.createDirectories(play.getParent());
    Files.writeString(play, adapted);
    assertThat(PlayKube.deployments(adapted))
        .containsExactly("shop-storefront-qa-orchestrator", "shop-storefront-qa-review-console");
    List<String> secrets = PlayKube.secretNames(adapted);
    assertThat(secrets)
        .containsExactlyInAnyOrder("storefront-qa-postgresql", "storefront-qa-audit");
    Map<String, Map<String, String>> secretData =
        Map.of(
            "storefront-qa-postgresql", Map.of("username", Postgres.USER, "password", "postgres"),
            "storefront-qa-audit", Map.of("customer-ref-key", CUSTOMER_REF_KEY));

    cleanUpPlay(play, adapted, secrets);
    try {
      for (String name : secrets) {
        Cmd.Result r =
            Cmd.run(
                Duration.ofSeconds(30),
                PlayKube.podmanSecret(secretData.get(name)),
                List.of("podman", "secret", "create", name, "-"));
        assertThat(r.ok()).as("podman secret create %s: %s", name, r.out()).isTrue();
      }
      say("podman play kube %s (the minimal scenario's Deployments)", Cmd.ROOT.relativize(play));
      Cmd.Result up = Cmd.podman("play", "kube", play.toString());
      if (!up.ok()) {
        fail("podman play kube failed:\n" + up.out());
      }
      Map<String, String> containers =
          Map.of(
              "orchestrator", "shop-storefront-qa-orchestrator-pod-0-orchestrator",
              "review-console", "shop-storefront-qa-review-console-pod-0-review-console");
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
        long t0 = System.nanoTime();
        awaitReady(e.getKey(), container, e.getValue());
        say(
            "play kube: %-15s ready after %d s (curl http://127.0.0.1:%d/q/health/ready)",
            e.getKey(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), e.getValue());
      }

      String id = "q-image-smoke-" + System.currentTimeMillis();
      String question =
          ("{\"schemaVersion\":1,\"questionId\":\"%s\",\"shopId\":\"hanbit-market\",\"productId\":\"p-42\","
                  + "\"text\":\"이 코트 세탁기로 빨아도 되나요?\",\"askedAt\":\"2026-11-23T09:00:00Z\"}")
              .formatted(id);
      Cmd.Result produced =
          Cmd.run(
              Duration.ofSeconds(30),
              id + ":" + question + "\n",
              List.of(
                  "kcat",
                  "-b",
                  kafka.bootstrapServers(),
                  "-t",
                  "storefront.questions.v1",
                  "-P",
                  "-K:"));
      assertThat(produced.ok()).as("kcat -P: %s", produced.out()).isTrue();
      say("asked %s through kcat; reading storefront.answers.v1 (read_committed)", id);
      String answer = awaitAnswer(id, Duration.ofSeconds(90));
      say("answer: %s", answer);
      assertThat(answer).contains("\"questionId\":\"" + id + "\"").contains("\"text\":\"");
      long audited = awaitAuditedAnswer(id, Duration.ofSeconds(60));
      say("the review console under play kube audited the answer (%d row in answers)", audited);
      assertThat(audited).isGreaterThanOrEqualTo(1);
    } catch (AssertionError | RuntimeException e) {
      say(
          "play kube containers' logs:\n%s",
          logsOf(
              List.of(
                  "shop-storefront-qa-orchestrator-pod-0-orchestrator",
                  "shop-storefront-qa-review-console-pod-0-review-console")));
      throw e;
    } finally {
      cleanUpPlay(play, adapted, secrets);
    }
  }

  private static void cleanUpPlay(Path play, String adapted, List<String> secrets) {
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

  /** Polls {@code curl /q/health/ready} until it answers 200; fails with the container's log. */
  private static String awaitReady(String name, String container, int port)
      throws InterruptedException {
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    String url = "http://127.0.0.1:" + port + "/q/health/ready";
    Cmd.Result last = null;
    while (System.nanoTime() < deadline) {
      last = Cmd.run(Duration.ofSeconds(10), "curl", "-fsS", "-m", "5", url);
      if (last.ok()) {
        return last.out();
      }
      Cmd.Result state =
          Cmd.podman("inspect", "--format", "{{.State.Status}} {{.State.ExitCode}}", container);
      if (state.ok() && !state.out().startsWith("running")) {
        fail(
            "%s: the container stopped before it was ready (state: %s)%n%s"
                .formatted(name, state.out().trim(), logsOf(List.of(container))));
      }
      Thread.sleep(2000);
    }
    fail(
        "%s: %s not ready within %d s (last: %s)%n%s"
            .formatted(
                name,
                url,
                READY_TIMEOUT.toSeconds(),
                last == null ? "-" : last.out().trim(),
                logsOf(List.of(container))));
    return null;
  }

  private String awaitAnswer(String id, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      Cmd.Result read =
          Cmd.run(
              Duration.ofSeconds(30),
              "kcat",
              "-b",
              kafka.bootstrapServers(),
              "-t",
              "storefront.answers.v1",
              "-C",
              "-o",
              "beginning",
              "-e",
              "-q",
              "-X",
              "isolation.level=read_committed",
              "-f",
              "%k\t%s\n");
      for (String line : read.out().split("\n")) {
        if (line.startsWith(id + "\t")) {
          return line.substring(id.length() + 1);
        }
      }
      Thread.sleep(1000);
    }
    fail("no answer to %s on storefront.answers.v1 within %d s".formatted(id, timeout.toSeconds()));
    return null;
  }

  private long awaitAuditedAnswer(String id, Duration timeout) throws Exception {
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
      } catch (java.sql.SQLException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
      }
      Thread.sleep(1000);
    }
  }

  private static String logsOf(List<String> containers) {
    StringBuilder out = new StringBuilder();
    for (String c : containers) {
      Cmd.Result logs = Cmd.podman("logs", "--tail", "60", c);
      out.append("---- podman logs --tail 60 ")
          .append(c)
          .append('\n')
          .append(Cmd.tail(logs.out(), 60))
          .append('\n');
    }
    return out.toString();
  }

  private static void chown10001(Path dir) throws IOException {
    Cmd.Result r = Cmd.run(Duration.ofSeconds(30), "chown", "-R", "10001", dir.toString());
    if (!r.ok()) {
      // Not root: let anyone write it instead.
      Cmd.run(Duration.ofSeconds(30), "chmod", "-R", "a+rwX", dir.toString());
    }
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String chartAppVersion() {
    try {
      for (String line : Files.readAllLines(Cmd.ROOT.resolve("helm/storefront-qa/Chart.yaml"))) {
        if (line.startsWith("appVersion:")) {
          return line.substring("appVersion:".length()).trim().replace("\"", "");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no appVersion in helm/storefront-qa/Chart.yaml");
  }

  private static void say(String format, Object... args) {
    System.out.printf(
        "[image-it %3ds] %s%n",
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - T0),
        args.length == 0 ? format : format.formatted(args));
    System.out.flush();
  }
}
