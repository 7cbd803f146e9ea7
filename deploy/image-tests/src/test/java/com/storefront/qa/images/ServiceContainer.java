package com.storefront.qa.images;

import static com.storefront.qa.images.Probe.say;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One container per image, configured the way the chart does it: a mounted application.properties,
 * a read-only root filesystem with the writable paths as volumes, the host network.
 */
record ServiceContainer(
    String name, String image, int port, Map<String, String> config, List<String> runArgs) {
  String container() {
    return "qa-image-it-" + name;
  }

  /** Writes the configuration under {@code work/run/<name>/config} and starts the container. */
  void start(Path work) throws IOException {
    Cmd.podman("rm", "-f", "-t", "0", container());
    Path configDir = work.resolve("run").resolve(name).resolve("config");
    Files.createDirectories(configDir);
    StringBuilder props = new StringBuilder();
    config.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
    props.append("quarkus.http.port=").append(port).append('\n');
    Files.writeString(configDir.resolve("application.properties"), props);
    List<String> cmd =
        new ArrayList<>(
            List.of(
                "run",
                "-d",
                "--name",
                container(),
                "--network",
                "host",
                // as in the chart: read-only root filesystem, writable paths are volumes
                "--read-only",
                "--tmpfs",
                "/tmp:rw,mode=1777",
                "-v",
                configDir + ":/app/config:ro"));
    cmd.addAll(runArgs);
    cmd.add(image);
    Cmd.Result run = Cmd.podman(cmd.toArray(String[]::new));
    if (!run.ok()) {
      fail("podman run " + image + " failed:\n" + run.out());
    }
    say("started %s (%s) on port %d", container(), image, port);
  }
}
