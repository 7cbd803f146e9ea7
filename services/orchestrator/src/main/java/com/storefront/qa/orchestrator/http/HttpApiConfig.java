package com.storefront.qa.orchestrator.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Configuration of the question API, prefix {@code qa.http}. Checked at start-up by {@link
 * HttpApiBeans}; a bad value stops the application with a message naming the key.
 */
@ConfigMapping(prefix = "qa.http")
public interface HttpApiConfig {

  /**
   * The server-side secret mixed into every key hash (HMAC-SHA256). Required as soon as one key is
   * configured; set it from a secret ({@code QA_HTTP_API_KEY_PEPPER}), never in a committed file.
   */
  Optional<String> apiKeyPepper();

  /** The keys by id, e.g. {@code qa.http.api-keys.hanbit-2026a.shop-id=hanbit-market}. */
  Map<String, Key> apiKeys();

  RateLimit rateLimit();

  /** Added to the shop's generation deadline before a request gives up waiting (then 202). */
  @WithDefault("5s")
  Duration answerWaitMargin();

  Answers answers();

  /**
   * Extra Kafka client settings for the API's producer and answers consumer ({@code
   * security.protocol}, {@code sasl.*}, ...), e.g. {@code
   * qa.http.kafka."security.protocol"=SASL_SSL}.
   */
  Map<String, String> kafka();

  /** One API key. */
  interface Key {
    /** The one shop this key may ask for. */
    String shopId();

    /** HMAC-SHA256(pepper, key) as 64 hex characters (see ApiKeyTool). */
    String hash();

    /** This key's rate, overriding {@code qa.http.rate-limit.per-second}. */
    OptionalDouble ratePerSecond();

    /** This key's burst, overriding {@code qa.http.rate-limit.burst}. */
    OptionalInt burst();
  }

  /** The default per-key token bucket. */
  interface RateLimit {
    @WithDefault("20")
    double perSecond();

    @WithDefault("40")
    int burst();
  }

  /** The in-memory view of storefront.answers.v1 that serves repeats and GET …/answers. */
  interface Answers {
    /** How far back the view reads answers at start-up. */
    @WithDefault("24h")
    Duration lookback();

    /** How many questions the view keeps at most; the oldest are forgotten first. */
    @WithDefault("200000")
    int maxQuestions();
  }
}
