package com.storefront.qa.review.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The audit writer's configuration ({@code qa.audit.*}). Values are checked at start-up by {@link
 * com.storefront.qa.audit.AuditSettings}; a bad one stops the application with a message naming the
 * key. The Kafka bootstrap servers come from {@code kafka.bootstrap.servers}.
 */
@ConfigMapping(prefix = "qa.audit")
public interface AuditConfig {
  /** Whether the audit writer runs in this instance. */
  @WithDefault("true")
  boolean enabled();

  /** Consumer group of the audit; every replica shares it. */
  @WithDefault("qa-audit")
  String groupId();

  /** Longest wait of one poll. */
  @WithDefault("500ms")
  Duration pollTimeout();

  /** Most records per poll, and so per database transaction. */
  @WithDefault("500")
  int maxBatch();

  Backoff backoff();

  /**
   * The HMAC-SHA256 secret that customer references are hashed with (at least 32 bytes). No default
   * outside the dev and test profiles: start-up fails naming the key when it is missing. Set it
   * from a secret store (environment variable {@code QA_AUDIT_CUSTOMER_REF_KEY}).
   */
  Optional<String> customerRefKey();

  /** Label written in front of every hash ({@code <keyId>:...}), so the key can be rotated. */
  @WithDefault("k1")
  String customerRefKeyId();

  /**
   * Extra Kafka consumer properties, e.g. {@code qa.audit.consumer."security.protocol"=SASL_SSL}.
   * Secrets belong in the environment or a secret store, never in application.properties.
   */
  Map<String, String> consumer();

  /** Back-off between retries of a failed batch: doubles from initial up to max. */
  interface Backoff {
    @WithDefault("100ms")
    Duration initial();

    @WithDefault("5s")
    Duration max();
  }
}
