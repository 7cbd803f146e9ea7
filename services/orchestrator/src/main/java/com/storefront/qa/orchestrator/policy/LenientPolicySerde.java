package com.storefront.qa.orchestrator.policy;

import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.ShopPolicy;
import java.io.IOException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.jboss.logging.Logger;

/**
 * Reads {@code qa.shop-policies.v1} without ever failing: an unreadable record is logged and read
 * as null, which the GlobalKTable treats like a deletion, so that shop runs on the defaults until a
 * readable policy is published. A bad policy must not stop the pipeline.
 */
public final class LenientPolicySerde implements Serde<ShopPolicy> {
  private static final Logger LOG = Logger.getLogger(LenientPolicySerde.class);

  @Override
  public Serializer<ShopPolicy> serializer() {
    return (topic, policy) -> policy == null ? null : Json.toBytes(policy);
  }

  @Override
  public Deserializer<ShopPolicy> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return Json.MAPPER.readValue(bytes, ShopPolicy.class);
      } catch (IOException | RuntimeException e) {
        LOG.warnf(
            "unreadable shop policy on %s (%d bytes) ignored; the shop uses the defaults: %s",
            topic, bytes.length, e.getClass().getSimpleName());
        return null;
      }
    };
  }
}
