package com.storefront.qa.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A libtorch folder ({@code lib/libtorch_cpu.so}, ...) unpacked from the Maven pytorch-native-cpu
 * jar in the worker's fast-jar: it stands in for the CUDA libtorch that {@code bin/images --cuda
 * DIR} takes (none can be fetched here), so the test can check the mechanism (the provided folder
 * is copied in and DJL loads it offline) without a GPU.
 */
final class LibtorchStandIn {
  private static final String PREFIX = "pytorch/cpu/linux-x86_64/";

  private LibtorchStandIn() {}

  /** Writes (or reuses) the folder; returns the library names it holds. */
  static List<String> prepare(Path dir) throws IOException {
    Path lib = dir.resolve("lib");
    Path jar;
    try (Stream<Path> jars =
        Files.list(Cmd.ROOT.resolve("services/reply-worker/target/quarkus-app/lib/main"))) {
      jar =
          jars.filter(p -> p.getFileName().toString().contains("pytorch-native-cpu"))
              .findFirst()
              .orElseThrow(
                  () -> new IOException("no pytorch-native-cpu jar in the worker's fast-jar"));
    }
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Files.createDirectories(lib);
      for (ZipEntry e : zip.stream().toList()) {
        if (e.isDirectory() || !e.getName().startsWith(PREFIX)) {
          continue;
        }
        String name = e.getName().substring(PREFIX.length());
        names.add(name);
        Path target = lib.resolve(name);
        if (Files.exists(target) && Files.size(target) == e.getSize()) {
          continue; // unchanged: keeps bin/images' cached layer
        }
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    if (!names.contains("libtorch_cpu.so")) {
      throw new IOException(jar + " holds no " + PREFIX + "libtorch_cpu.so");
    }
    return names;
  }
}
