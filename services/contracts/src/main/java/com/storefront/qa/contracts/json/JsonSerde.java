package com.storefront.qa.contracts.json;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Kafka serde for one event type, using {@link Json#MAPPER}. For internal topics only: external
 * input ({@code storefront.questions.v1}) is parsed by {@link
 * com.storefront.qa.contracts.validation.QuestionParser}, which never throws.
 */
public final class JsonSerde<T> implements Serde<T> {
  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> value == null ? null : Json.toBytes(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> bytes == null ? null : Json.fromBytes(bytes, type);
  }
}
