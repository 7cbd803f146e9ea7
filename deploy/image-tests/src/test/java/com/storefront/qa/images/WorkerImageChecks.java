package com.storefront.qa.images;

import static com.storefront.qa.images.Probe.say;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What ImagesIT checks in the worker images beyond readiness. */
final class WorkerImageChecks {
  private WorkerImageChecks() {}

  /**
   * The llm module's int8 kernel on the worker image's JRE: the SIMD one with the image's module
   * flags (JAVA_MODULE_OPTS), the scalar one without them (so the check can tell the two apart).
   */
  static void simdKernelIsPicked(String image) {
    Path classes = Cmd.ROOT.resolve("deploy/image-tests/target/test-classes");
    String java =
        "exec java %s -cp \"/check:/app/lib/main/*\" " + VectorKernelCheck.class.getName();
    List<String> run =
        List.of(
            "run",
            "--rm",
            "--network",
            "none",
            "--read-only",
            "-v",
            classes + ":/check:ro",
            "--entrypoint",
            "/bin/sh",
            image,
            "-c");
    Cmd.Result with = Cmd.podman(concat(run, java.formatted("$JAVA_MODULE_OPTS")));
    Cmd.Result without = Cmd.podman(concat(run, java.formatted("")));
    say(
        "int8 kernel in %s: %s; without JAVA_MODULE_OPTS: %s",
        image, with.out().trim(), without.out().trim());
    assertThat(with.out()).contains("int8-kernel=VectorInt8Kernel vectorised=true");
    assertThat(without.out()).contains("int8-kernel=ScalarInt8Kernel vectorised=false");
  }

  private static String[] concat(List<String> head, String last) {
    List<String> all = new ArrayList<>(head);
    all.add(last);
    return all.toArray(String[]::new);
  }

  /**
   * The CUDA worker's mechanism with the stand-in: DJL's environment names the provided folder, the
   * running JVM has mapped libtorch from it, and DJL unpacked no libtorch of its own.
   */
  static void providedLibtorchIsLoaded(ServiceContainer cuda, Path djlCache) throws IOException {
    Cmd.Result env =
        Cmd.podman(
            "image",
            "inspect",
            "--format",
            "{{range .Config.Env}}{{println .}}{{end}}",
            cuda.image());
    assertThat(env.out())
        .contains("PYTORCH_LIBRARY_PATH=/opt/libtorch/lib")
        .contains("PYTORCH_VERSION=2.7.1")
        .contains("PYTORCH_FLAVOR=cpu")
        .contains("DJL_OFFLINE=true");
    Cmd.Result maps =
        Cmd.podman(
            "exec",
            cuda.container(),
            "grep",
            "-c",
            "/opt/libtorch/lib/libtorch_cpu.so",
            "/proc/1/maps");
    assertThat(maps.ok())
        .as("libtorch_cpu.so from /opt/libtorch/lib in /proc/1/maps: %s", maps.out())
        .isTrue();
    try (Stream<Path> files = Files.walk(djlCache)) {
      List<String> unpacked = files.map(p -> djlCache.relativize(p).toString()).toList();
      say(
          "reply-worker-cuda (stand-in): /proc/1/maps has /opt/libtorch/lib/libtorch_cpu.so; DJL cache: %s",
          unpacked);
      assertThat(unpacked).noneMatch(p -> p.endsWith("libtorch_cpu.so"));
    }
  }
}
