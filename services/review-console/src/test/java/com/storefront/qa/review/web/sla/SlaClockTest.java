package com.storefront.qa.review.web.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlaClockTest {
  private final SlaClock clock = new SlaClock(0.75);
  private final Duration day = Duration.ofHours(24);

  @Test
  void greenUntilTheNearShareAmberUntilTheTargetRedFromIt() {
    assertThat(clock.state(Duration.ZERO, day)).isEqualTo(SlaState.OK);
    assertThat(clock.state(Duration.ofHours(17).plusMinutes(59), day)).isEqualTo(SlaState.OK);
    assertThat(clock.state(Duration.ofHours(18), day)).isEqualTo(SlaState.NEAR);
    assertThat(clock.state(day.minusMillis(1), day)).isEqualTo(SlaState.NEAR);
    assertThat(clock.state(day, day)).isEqualTo(SlaState.BREACHED);
    assertThat(clock.state(Duration.ofDays(9), day)).isEqualTo(SlaState.BREACHED);
  }

  @Test
  void shortTargetsUseTheSameShares() {
    Duration hour = Duration.ofHours(1);
    assertThat(clock.state(Duration.ofMinutes(44), hour)).isEqualTo(SlaState.OK);
    assertThat(clock.state(Duration.ofMinutes(45), hour)).isEqualTo(SlaState.NEAR);
    assertThat(clock.state(Duration.ofMinutes(60), hour)).isEqualTo(SlaState.BREACHED);
  }

  @Test
  void instantsAndClockSkew() {
    Instant asked = Instant.parse("2026-12-01T00:00:00Z");
    assertThat(clock.state(asked, asked.plus(Duration.ofHours(20)), day)).isEqualTo(SlaState.NEAR);
    // A question stamped a little in the future (another host's clock) is simply new.
    assertThat(clock.state(asked, asked.minusSeconds(30), day)).isEqualTo(SlaState.OK);
  }

  @Test
  void remainingGoesNegativeOncePast() {
    assertThat(SlaClock.remaining(Duration.ofHours(20), day)).isEqualTo(Duration.ofHours(4));
    assertThat(SlaClock.remaining(Duration.ofHours(30), day)).isEqualTo(Duration.ofHours(-6));
    assertThat(SlaClock.remaining(Duration.ofHours(-1), day)).isEqualTo(day);
  }

  @Test
  void shortAgeLabels() {
    assertThat(SlaClock.shortAge(Duration.ofSeconds(59))).isEqualTo("0m");
    assertThat(SlaClock.shortAge(Duration.ofMinutes(45))).isEqualTo("45m");
    assertThat(SlaClock.shortAge(Duration.ofMinutes(185))).isEqualTo("3h 05m");
    assertThat(SlaClock.shortAge(Duration.ofHours(52))).isEqualTo("2d 4h");
    assertThat(SlaClock.shortAge(Duration.ofMinutes(-5))).isEqualTo("0m");
  }

  @Test
  void badSettingsAndTargetsAreRefused() {
    assertThatThrownBy(() -> new SlaClock(1.0)).hasMessageContaining("nearShare");
    assertThatThrownBy(() -> new SlaClock(0)).hasMessageContaining("nearShare");
    assertThatThrownBy(() -> clock.state(Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("positive");
    assertThat(SlaState.NEAR.cssClass()).isEqualTo("sla-near");
  }
}
