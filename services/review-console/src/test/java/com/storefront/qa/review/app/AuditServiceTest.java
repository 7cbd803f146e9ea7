package com.storefront.qa.review.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.config.ConfigValidationException;
import java.time.Duration;
import java.util.Map;
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

  private static AuditConfig config(int maxBatch, Duration initial, Duration max) {
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
      public Map<String, String> consumer() {
        return Map.of();
      }
    };
  }
}
