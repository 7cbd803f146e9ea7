package com.storefront.qa.local;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.PathConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarFile;

/**
 * A service's own configuration, for running its classes outside Quarkus (the ITs and the
 * benchmark): the {@code application.properties} that ships in the service's jar (found through one
 * of its classes, so the three services' files on one classpath cannot be mixed up), read into the
 * service's own {@code @ConfigMapping} interface by SmallRye Config as the application does (prod
 * profile, Quarkus' duration and path syntax), with the caller's overrides on top. Values the
 * service changes are then picked up here too, and a key the mapping does not know fails.
 */
final class ServiceConfig {
  private ServiceConfig() {}

  /** The application.properties of the module that holds {@code anchor}, as key/value pairs. */
  static Map<String, String> properties(Class<?> anchor) {
    Path where;
    try {
      where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the module of " + anchor, e);
    }
    Properties props = new Properties();
    try {
      if (Files.isDirectory(where)) {
        try (InputStream in = Files.newInputStream(where.resolve("application.properties"))) {
          props.load(in);
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile());
            InputStream in = jar.getInputStream(jar.getEntry("application.properties"))) {
          props.load(in);
        }
      }
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException(
          "no application.properties beside " + anchor + " in " + where, e);
    }
    Map<String, String> map = new TreeMap<>();
    props.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  /**
   * The service's configuration mapping, from its application.properties plus {@code overrides}.
   *
   * @param anchor a class of the service module
   * @param mapping the module's {@code @ConfigMapping} interface
   */
  static <T> T mapping(Class<?> anchor, Class<T> mapping, Map<String, String> overrides) {
    SmallRyeConfig config =
        new SmallRyeConfigBuilder()
            .withSources(
                new PropertiesConfigSource(
                    properties(anchor), "application.properties of " + anchor.getName(), 250))
            .withSources(new PropertiesConfigSource(overrides, "overrides", 400))
            // As in Quarkus: ${...} expressions expanded, %profile. keys of the prod profile only.
            .addDefaultInterceptors()
            .withProfile("prod")
            .withConverter(Duration.class, 200, new DurationConverter())
            .withConverter(Path.class, 200, new PathConverter())
            .withMapping(mapping)
            // The service registers several mappings under one prefix (the orchestrator's qa and
            // qa.http): keys of the others are not unknown. The service itself, in Quarkus,
            // still rejects a key that no mapping of its own knows.
            .withValidateUnknown(false)
            .build();
    return config.getConfigMapping(mapping);
  }
}
