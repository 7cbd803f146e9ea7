package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QaSettingsTest {
  private static final Duration D500 = Duration.ofMillis(500);

  @Test
  void defaultsAreAcknowledgeOnlyWithSevenDaysOfDeduplication() {
    QaSettings s = QaSettings.defaults();
    assertThat(s.generationEnabledByDefault()).isFalse();
    assertThat(s.dedupeRetention()).isEqualTo(Duration.ofDays(7));
    assertThat(s.deadlineCheckInterval()).isEqualTo(D500);
  }

  @Test
  void badValuesNameTheirKey() {
    assertThatThrownBy(() -> new QaSettings(false, Duration.ofSeconds(5), D500, D500))
        .hasMessageContaining("qa.dedupe.retention");
    assertThatThrownBy(() -> new QaSettings(false, Duration.ofDays(1), Duration.ZERO, D500))
        .hasMessageContaining("qa.dedupe.purge-interval");
    assertThatThrownBy(() -> new QaSettings(false, Duration.ofDays(1), Duration.ofDays(2), D500))
        .hasMessageContaining("qa.dedupe.purge-interval");
    assertThatThrownBy(() -> new QaSettings(false, Duration.ofDays(1), D500, Duration.ofMillis(-1)))
        .hasMessageContaining("qa.deadline.check-interval");
    assertThatThrownBy(() -> new QaSettings(false, Duration.ofDays(1), D500, Duration.ofHours(1)))
        .hasMessageContaining("qa.deadline.check-interval");
    assertThatThrownBy(() -> new QaSettings(false, null, D500, D500))
        .hasMessageContaining("qa.dedupe.retention");
  }
}
