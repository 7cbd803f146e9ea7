package com.storefront.qa.orchestrator.http;

import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.contracts.policy.ShopPolicy;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.policy.PolicyResolver;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * How long a request waits for a shop's first answer: the shop's generation deadline (from the
 * topology's own global policy store, queried interactively, so every instance has every shop) plus
 * a margin for the orchestrator to publish the acknowledgement and the view to read it.
 */
final class ShopDeadlines {
  private final Supplier<KafkaStreams> streams;
  private final PolicyResolver resolver;
  private final Duration margin;

  ShopDeadlines(Supplier<KafkaStreams> streams, PolicyResolver resolver, Duration margin) {
    this.streams = streams;
    this.resolver = resolver;
    this.margin = margin;
  }

  /** The wait for one question of {@code shopId}. */
  Duration waitFor(String shopId) {
    Long timeoutMs = resolver.resolve(shopId, published(shopId)).generationTimeoutMs();
    long ms = timeoutMs == null ? DefaultPolicy.GENERATION_TIMEOUT_MS : timeoutMs;
    return Duration.ofMillis(ms).plus(margin);
  }

  private ShopPolicy published(String shopId) {
    try {
      ReadOnlyKeyValueStore<String, ShopPolicy> store =
          streams
              .get()
              .store(
                  StoreQueryParameters.fromNameAndType(
                      QaTopology.POLICY_STORE,
                      QueryableStoreTypes.<String, ShopPolicy>keyValueStore()));
      return store.get(shopId);
    } catch (InvalidStateStoreException | IllegalStateException e) {
      // Streams not running (yet): the defaults' deadline; the wait only bounds the request.
      return null;
    }
  }
}
