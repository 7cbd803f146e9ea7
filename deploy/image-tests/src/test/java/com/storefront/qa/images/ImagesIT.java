package com.storefront.qa.images;

import static com.storefront.qa.images.Probe.say;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.storefront.qa.llm.tiny.TinyCheckpoint;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
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
 * The container images for real: {@code bin/images} builds them (reusing cached layers), with the
 * CUDA worker's Containerfile fed a CPU libtorch as a stand-in ({@link LibtorchStandIn}); then
 * every image is started with podman against a real broker and a real PostgreSQL (the testkit) and
 * must reach {@code /q/health/ready}; then the chart's minimal scenario plus the reply worker runs
 * under {@code podman play kube} and answers questions ({@link PlayKubeSmoke}).
 *
 * <p>Without podman the test is skipped, unless {@code QA_REQUIRE_PODMAN=1} (CI sets it after
 * installing podman), where a missing tool fails it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImagesIT {
  private static final String TAG = Probe.chartAppVersion();
  private static final Path WORK = Cmd.ROOT.resolve("deploy/image-tests/target/image-it");
  private static final Path STAND_IN = WORK.resolve("libtorch-cpu-standin");
  private static final List<String> TOOLS =
      List.of("podman", "skopeo", "mmdebstrap", "curl", "kcat");
  private static final String VECTOR_LOG = "Using incubator modules: jdk.incubator.vector";

  /** A test-only customer-ref key (>= 32 bytes), public: never for real data. */
  private static final String CUSTOMER_REF_KEY = "INSECURE-image-test-customer-ref-key-0123456789";

  private static FileChannel lockFile;
  private static FileLock lock;
  private static KafkaBroker kafka;
  private static Postgres postgres;
  private static Path tinyModel;

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

    say("libtorch stand-in for the CUDA worker: %s", LibtorchStandIn.prepare(STAND_IN));
    say("bin/images --skip-build --cuda %s --cuda-flavor cpu", Cmd.ROOT.relativize(STAND_IN));
    int code =
        Cmd.runShown(
            Duration.ofMinutes(20),
            "bin/images",
            "--skip-build",
            "--cuda",
            STAND_IN.toString(),
            "--cuda-flavor",
            "cpu");
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

  private static String image(String name) {
    return "localhost/storefront-qa/" + name + ":" + TAG;
  }

  private static ServiceContainer worker(String name, String image, Path djlCache) {
    return new ServiceContainer(
        name,
        image,
        Probe.freePort(),
        Map.of(
            "kafka.bootstrap.servers",
            kafka.bootstrapServers(),
            "qa.worker.model-dir",
            "/models/tiny"),
        List.of("-v", tinyModel + ":/models/tiny:ro", "-v", djlCache + ":/var/cache/djl"));
  }

  @Test
  @Order(1)
  void eachImageStartsAgainstTheBrokerAndPostgresAndBecomesReady() throws Exception {
    Path djlCache = WORK.resolve("djl-cache");
    // The stand-in CUDA worker gets its own, empty cache: what DJL unpacks there shows what it
    // loaded (the JNI only, when the provided libtorch is used).
    Path cudaDjlCache = WORK.resolve("djl-cache-cuda");
    Cmd.run(Duration.ofSeconds(60), "rm", "-rf", cudaDjlCache.toString());
    for (Path p : List.of(djlCache, cudaDjlCache)) {
      Files.createDirectories(p);
      // The image's user; the chart gives it an emptyDir here.
      Probe.chown10001(p);
    }
    List<ServiceContainer> services =
        List.of(
            new ServiceContainer(
                "orchestrator",
                image("orchestrator"),
                Probe.freePort(),
                Map.of(
                    "kafka.bootstrap.servers",
                    kafka.bootstrapServers(),
                    "kafka-streams.state.dir",
                    "/var/lib/orchestrator/state"),
                List.of("--tmpfs", "/var/lib/orchestrator/state:rw,mode=1777")),
            new ServiceContainer(
                "review-console",
                image("review-console"),
                Probe.freePort(),
                Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.datasource.jdbc.url", postgres.jdbcUrl()),
                List.of(
                    "-e", "QUARKUS_DATASOURCE_USERNAME=" + Postgres.USER,
                    "-e", "QUARKUS_DATASOURCE_PASSWORD=postgres",
                    "-e", "QA_AUDIT_CUSTOMER_REF_KEY=" + CUSTOMER_REF_KEY)),
            worker("reply-worker", image("reply-worker"), djlCache),
            worker("reply-worker-cuda", image("reply-worker-cuda") + "-cpu-standin", cudaDjlCache));
    try {
      for (ServiceContainer s : services) {
        s.start(WORK);
      }
      for (ServiceContainer s : services) {
        long t0 = System.nanoTime();
        String body = Probe.awaitReady(s.name(), s.container(), s.port());
        String oneLine = body.replaceAll("\\s+", " ");
        say(
            "%-17s /q/health/ready UP after %d s (%s)",
            s.name(),
            TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0),
            oneLine.substring(0, Math.min(160, oneLine.length())));
      }
      // The worker unpacked the Maven libtorch into the writable DJL cache (no download).
      assertThat(djlCache.resolve("pytorch")).isDirectory();
      // Both workers' JVMs resolved the Vector API (the image's entry point adds it).
      for (ServiceContainer s : services.subList(2, 4)) {
        assertThat(Probe.log(s.container())).as(s.name()).contains(VECTOR_LOG);
      }
      assertThat(Probe.log(services.get(0).container())).doesNotContain(VECTOR_LOG);
      WorkerImageChecks.simdKernelIsPicked(services.get(2).image());
      WorkerImageChecks.providedLibtorchIsLoaded(services.get(3), cudaDjlCache);
      Cmd.Result user =
          Cmd.podman("image", "inspect", "--format", "{{.Config.User}}", services.get(0).image());
      assertThat(user.out().trim()).isEqualTo("10001");
      // The model is never baked into the image: /models is an empty mount point.
      for (ServiceContainer s : services.subList(2, 4)) {
        Cmd.Result models =
            Cmd.podman(
                "run",
                "--rm",
                "--network",
                "none",
                "--entrypoint",
                "ls",
                s.image(),
                "-A",
                "/models");
        assertThat(models.ok()).as(models.out()).isTrue();
        assertThat(models.out().trim()).as("files under /models in %s", s.image()).isEmpty();
      }
    } finally {
      for (ServiceContainer s : services) {
        Cmd.podman("rm", "-f", "-t", "5", s.container());
      }
    }
  }

  @Test
  @Order(2)
  void minimalScenarioWithTheWorkerRunsUnderPlayKubeAndAnswers() throws Exception {
    Map<String, String> secrets =
        Map.of(
            "storefront-qa-postgresql",
            PlayKube.podmanSecret(Map.of("username", Postgres.USER, "password", "postgres")),
            "storefront-qa-audit",
            PlayKube.podmanSecret(Map.of("customer-ref-key", CUSTOMER_REF_KEY)));
    new PlayKubeSmoke(kafka, postgres, WORK, secrets).run();
  }
}
