package com.storefront.qa.review.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.ConfigValidationException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditServiceTest {

  @Test
  void validConfigBecomesSettings() {
    var settings =
        AuditService.settings(config(250, Duration.ofMillis(100), Duration.ofSeconds(5)));
    assertThat(settings.maxBatch()).isEqualTo(250);
    assertThat(settings.groupId()).isEqualTo("qa-audit");
  }

  @Test
  void badConfigFailsStartUpNamingTheKeys() {
    assertThatThrownBy(
            () -> AuditService.settings(config(0, Duration.ofSeconds(10), Duration.ofSeconds(5))))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("qa.audit.max-batch must be between 1 and 10000 (got 0)");
  }

  @Test
  void theCustomerRefKeyBecomesAHasherWithItsKeyId() {
    var hasher = AuditService.customerRefHasher(config(TestKeys.SECRET));
    assertThat(hasher.keyId()).isEqualTo("k1");
    assertThat(hasher.hash("cust-1")).startsWith("k1:");
  }

  @Test
  void aMissingOrShortCustomerRefKeyFailsStartUpNamingTheKey() {
    assertThatThrownBy(() -> AuditService.customerRefHasher(config(null)))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("qa.audit.customer-ref-key is required");
    assertThatThrownBy(() -> AuditService.customerRefHasher(config("too-short-secret")))
        .isInstanceOf(ConfigValidationException.class)
        .hasMessageContaining("qa.audit.customer-ref-key must be at least 32 bytes")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("too-short-secret"));
  }

  private static AuditConfig config(String customerRefKey) {
    return config(500, Duration.ofMillis(100), Duration.ofSeconds(5), customerRefKey);
  }

  private static AuditConfig config(int maxBatch, Duration initial, Duration max) {
    return config(maxBatch, initial, max, TestKeys.SECRET);
  }

  private static AuditConfig config(
      int maxBatch, Duration initial, Duration max, String customerRefKey) {
    return new AuditConfig() {
      @Override
      public boolean enabled() {
        return true;
      }

      @Override
      public String groupId() {
        return "qa-audit";
      }

      @Override
      public Duration pollTimeout() {
        return Duration.ofMillis(500);
      }

      @Override
      public int maxBatch() {
        return maxBatch;
      }

      @Override
      public Backoff backoff() {
        return new Backoff() {
          @Override
          public Duration initial() {
            return initial;
          }

          @Override
          public Duration max() {
            return max;
          }
        };
      }

      @Override
      public Optional<String> customerRefKey() {
        return Optional.ofNullable(customerRefKey);
      }

      @Override
      public String customerRefKeyId() {
        return "k1";
      }

      @Override
      public Map<String, String> consumer() {
        return Map.of();
      }
    };
  }
}
