package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usage text is the one list of flags: every flag it names parses, and {@code bin/run-local
 * --help} prints exactly that text, at once, without building.
 */
class StackOptionsTest {
  static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
  static final Pattern FLAG =
      Pattern.compile("^\\s+(?:-h, )?(--[a-z-]+)(?: ([A-Z]+))?", Pattern.MULTILINE);

  @TempDir Path tmp;

  @Test
  void everyFlagInTheUsageTextParses() {
    Matcher m = FLAG.matcher(StackOptions.USAGE);
    List<String> flags = new ArrayList<>();
    while (m.find()) {
      flags.add(m.group(1));
      List<String> args = new ArrayList<>(List.of(m.group(1)));
      if (m.group(2) != null) {
        args.add(m.group(2).equals("N") || m.group(2).equals("S") ? "7" : tmp.toString());
      }
      StackOptions.parse(args.toArray(String[]::new));
    }
    assertThat(flags)
        .contains("--fresh", "--work-dir", "--help", "--answer-timeout")
        .hasSizeGreaterThan(10);
  }

  @Test
  void freshIsOffByDefault() {
    assertThat(StackOptions.parse(new String[0]).fresh).isFalse();
    assertThat(StackOptions.parse(new String[] {"--fresh"}).fresh).isTrue();
  }

  @Test
  void badValuesAreNamedSafely() {
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--kafka-port", "x\u001b[2J"}))
        .hasMessage("--kafka-port needs a number, not x\\u001b[2J");
    assertThatThrownBy(() -> StackOptions.parse(new String[] {"--bogus"}))
        .hasMessage("unknown flag --bogus");
  }

  @Test
  void runLocalHelpPrintsTheUsageWithoutBuilding() throws Exception {
    for (String flag : List.of("--help", "-h")) {
      // An unknown flag before it must not matter: help wins, as in the Java parser.
      Process p =
          new ProcessBuilder(REPO.resolve("bin/run-local").toString(), "--ack-only", flag)
              .directory(tmp.toFile())
              .redirectErrorStream(true)
              .start();
      long t0 = System.nanoTime();
      boolean done = p.waitFor(20, TimeUnit.SECONDS);
      if (!done) {
        p.destroyForcibly();
      }
      assertThat(done).as("bin/run-local %s returned within 20 s", flag).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).isZero();
      assertThat(out).isEqualTo(StackOptions.USAGE); // nothing else: no "building ..." line
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }
    assertThat(
            Files.readString(REPO.resolve("deploy/local/src/main/resources/run-local-usage.txt")))
        .isEqualTo(StackOptions.USAGE);
  }
}
