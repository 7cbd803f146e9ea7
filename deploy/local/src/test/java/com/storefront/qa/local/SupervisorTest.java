package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor with real child processes ({@link FakeService} from a jar, started by {@link
 * ServiceProcess} exactly as the fast-jars are): a {@code kill -9} is reported with its status and
 * the service comes back while the other keeps its pid; a service that keeps dying is given up on
 * after the cap with a message and its own last log lines; closing stops supervision so the
 * services' own exits are not restarted.
 */
class SupervisorTest {
  static final RestartPolicy QUICK =
      new RestartPolicy(Duration.ofMillis(100), Duration.ofMillis(400), 2, Duration.ofMinutes(1));

  @TempDir static Path shared;
  static Path jar;

  @TempDir Path work;
  final List<String> lines = new CopyOnWriteArrayList<>();
  final List<ServiceProcess> started = new CopyOnWriteArrayList<>();
  Supervisor supervisor;

  @BeforeAll
  static void buildJar() throws IOException {
    jar = shared.resolve("fake-service.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
    String entry = FakeService.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
      jarOut.putNextEntry(new JarEntry(entry));
      jarOut.write(FakeService.class.getClassLoader().getResourceAsStream(entry).readAllBytes());
      jarOut.closeEntry();
    }
  }

  @AfterEach
  void stopAll() {
    if (supervisor != null) {
      supervisor.close();
    }
    for (ServiceProcess s : started) {
      s.stop(Duration.ofSeconds(5));
    }
  }

  ServiceProcess service(String name, Map<String, String> extra) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Map<String, String> props = new java.util.LinkedHashMap<>(extra);
    props.put("quarkus.http.port", String.valueOf(port));
    ServiceProcess p =
        new ServiceProcess(
            name, port, jar, work.resolve(name + ".log"), List.of("-Xmx32m"), props, Map.of());
    p.start();
    started.add(p);
    p.awaitReady(Duration.ofSeconds(30));
    return p;
  }

  @Test
  void killedChildIsReportedAndRestarted_othersKeepRunning() throws Exception {
    ServiceProcess victim = service("victim", Map.of());
    ServiceProcess bystander = service("bystander", Map.of());
    long bystanderPid = bystander.pid();
    long firstPid = victim.pid();
    supervisor =
        new Supervisor(List.of(victim, bystander), QUICK, Duration.ofSeconds(30), lines::add)
            .start();

    new ProcessBuilder("kill", "-9", String.valueOf(firstPid)).start().waitFor();

    Events.await(
        "the victim restarted",
        Duration.ofSeconds(30),
        () -> lines.stream().anyMatch(l -> l.contains("victim is back")));
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains("victim (pid " + firstPid + ") exited unexpectedly with status 137")
                    && l.contains("SIGKILL")
                    && l.contains(victim.log.toString()));
    assertThat(victim.isAlive()).isTrue();
    assertThat(victim.pid()).isNotEqualTo(firstPid);
    assertThat(victim.readyStatus()).isEqualTo(200);
    assertThat(supervisor.restartCount("victim")).isEqualTo(1);
    assertThat(bystander.isAlive()).isTrue();
    assertThat(bystander.pid()).isEqualTo(bystanderPid);
    assertThat(supervisor.restartCount("bystander")).isZero();
    // The log keeps the first process's lines, then a marker, then the new process's.
    String log = Files.readString(victim.log);
    assertThat(log.indexOf("restarted by bin/run-local"))
        .isGreaterThan(log.indexOf("fake service up"));
    assertThat(victim.tail(40)).contains("fake service up").doesNotContain("restarted by");
  }

  @Test
  void crashLoopingChildIsGivenUpAfterTheCap_othersKeepRunning() throws Exception {
    ServiceProcess crasher = service("crasher", Map.of("fake.exit-after-ms", "1500"));
    ServiceProcess bystander = service("bystander", Map.of());
    supervisor =
        new Supervisor(List.of(crasher, bystander), QUICK, Duration.ofSeconds(30), lines::add)
            .start();

    Events.await(
        "the supervisor gives up", Duration.ofSeconds(60), () -> supervisor.gaveUp("crasher"));
    assertThat(supervisor.restartCount("crasher")).isEqualTo(2);
    assertThat(lines)
        .filteredOn(l -> l.contains("crasher") && l.contains("exited unexpectedly with status 3;"))
        .hasSize(3);
    assertThat(lines)
        .anyMatch(
            l ->
                l.contains("crasher was restarted 2 times within 1 min and died again")
                    && l.contains("fake service crashing on purpose")
                    && l.contains("The rest of the stack keeps running"));
    Thread.sleep(1_000);
    assertThat(crasher.isAlive()).isFalse();
    assertThat(bystander.isAlive()).isTrue();
  }

  @Test
  void afterCloseExitsAreNotRestarted() throws Exception {
    ServiceProcess a = service("a", Map.of());
    supervisor = new Supervisor(List.of(a), QUICK, Duration.ofSeconds(30), lines::add).start();
    supervisor.close();
    a.stop(Duration.ofSeconds(5));
    Thread.sleep(1_000);
    assertThat(a.isAlive()).isFalse();
    assertThat(supervisor.restartCount("a")).isZero();
    assertThat(lines).isEmpty();
  }
}
