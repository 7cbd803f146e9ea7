package com.storefront.qa.local;

import com.storefront.qa.contracts.text.ControlChars;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The launcher's command-line flags; environment variables give some defaults. The usage text is
 * the resource {@code run-local-usage.txt}, which {@code bin/run-local --help} also prints before
 * it builds anything, so the flag list is written once.
 */
final class StackOptions {
  /** The usage text, as {@code bin/run-local --help} prints it. */
  static final String USAGE = readUsage();

  Path workDir = Path.of("deploy/local/work");
  Path repoRoot = Path.of(".").toAbsolutePath().normalize();
  String kafkaHost = "127.0.0.1";
  int kafkaPort = envInt("QA_KAFKA_PORT", 9092);
  int pgPort = envInt("QA_PG_PORT", 15432);
  int orchestratorPort = 8081;
  int consolePort = 8082;
  int workerPort = 8083;
  int partitions = 4;
  String modelDir = blankToNull(System.getenv("QA_MODEL_DIR"));
  String workerHeap = "2g";
  boolean fresh;
  boolean ackOnly;
  boolean noServices;
  boolean noSamples;
  boolean exitAfterSamples;
  boolean help;
  Path questionsFile;
  int readyTimeoutSeconds = 180;
  int answerTimeoutSeconds = 180;

  /** Parses the flags; throws IllegalArgumentException with a message for the user. */
  static StackOptions parse(String[] args) {
    StackOptions o = new StackOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--work-dir" -> o.workDir = Path.of(value(args, ++i, a));
        // Not in the usage text: scripts that run the launcher from elsewhere set it.
        case "--repo-root" -> o.repoRoot = Path.of(value(args, ++i, a)).toAbsolutePath();
        case "--kafka-port" -> o.kafkaPort = intValue(args, ++i, a);
        case "--pg-port" -> o.pgPort = intValue(args, ++i, a);
        case "--model-dir" -> o.modelDir = value(args, ++i, a);
        case "--questions" -> o.questionsFile = Path.of(value(args, ++i, a));
        case "--ready-timeout" -> o.readyTimeoutSeconds = intValue(args, ++i, a);
        case "--answer-timeout" -> o.answerTimeoutSeconds = intValue(args, ++i, a);
        case "--fresh" -> o.fresh = true;
        case "--ack-only" -> o.ackOnly = true;
        case "--no-services" -> o.noServices = true;
        case "--no-samples" -> o.noSamples = true;
        case "--exit-after-samples" -> o.exitAfterSamples = true;
        case "-h", "--help" -> o.help = true;
        default -> throw new IllegalArgumentException("unknown flag " + ControlChars.escape(a));
      }
    }
    if (o.modelDir != null && !Files.isDirectory(Path.of(o.modelDir))) {
      throw new IllegalArgumentException(
          "model folder " + ControlChars.escape(o.modelDir) + " does not exist");
    }
    return o;
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static int intValue(String[] args, int i, String flag) {
    String v = value(args, i, flag);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a number, not " + ControlChars.escape(v));
    }
  }

  private static int envInt(String name, int def) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? def : Integer.parseInt(v.trim());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String readUsage() {
    try (InputStream in = StackOptions.class.getResourceAsStream("/run-local-usage.txt")) {
      if (in == null) {
        throw new IllegalStateException("run-local-usage.txt is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
