package com.storefront.qa.orchestrator.streams;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Publishes {@link StreamsProps#defaults()} to Quarkus as {@code kafka-streams.<name>}, which the
 * Quarkus Kafka Streams extension passes to Kafka Streams. Ordinal 200 sits below
 * application.properties (250), system properties and the environment, so an operator can still
 * override any of them.
 */
public final class StreamsDefaultsConfigSource implements ConfigSource {
  public static final String PREFIX = "kafka-streams.";

  private final Map<String, String> properties = new TreeMap<>();

  public StreamsDefaultsConfigSource() {
    StreamsProps.defaults().forEach((k, v) -> properties.put(PREFIX + k, v));
  }

  @Override
  public Map<String, String> getProperties() {
    return Map.copyOf(properties);
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "orchestrator-streams-defaults";
  }

  @Override
  public int getOrdinal() {
    return 200;
  }
}
