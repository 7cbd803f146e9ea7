package com.storefront.qa.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of a chart in which Helm no longer recognises hook resources as hooks. */
final class HookFreeCopy {
  static final String RENAMED = "chart-tests.invalid/hook";
  private static Path copy;

  private HookFreeCopy() {}

  static synchronized Path of(Path chart) {
    if (copy == null) {
      copy = make(chart);
    }
    return copy;
  }

  private static Path make(Path chart) {
    try {
      Path target = Files.createTempDirectory("chart-with-hooks").resolve(chart.getFileName());
      try (Stream<Path> files = Files.walk(chart)) {
        for (Path source : files.toList()) {
          Path dest = target.resolve(chart.relativize(source).toString());
          if (Files.isDirectory(source)) {
            Files.createDirectories(dest);
          } else if (source.toString().endsWith(".yaml")
              && source.startsWith(chart.resolve("templates"))) {
            // Only the annotation key itself: "helm.sh/hook-weight" etc. keep their names.
            Files.writeString(
                dest, Files.readString(source).replace("helm.sh/hook:", RENAMED + ":"));
          } else {
            Files.copy(source, dest);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
