package com.storefront.qa.review.web.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PresenceTest {
  private final Instant t0 = Instant.parse("2026-12-02T06:00:00Z");

  @Test
  void othersAreTheViewersButMeUntilTheyGoQuiet() {
    Presence presence = new Presence(Duration.ofSeconds(15));
    presence.seen("item-1", "mina", t0);
    presence.seen("item-1", "joon", t0.plusSeconds(5));
    presence.seen("item-2", "sara", t0);
    assertThat(presence.others("item-1", "mina", t0.plusSeconds(6))).containsExactly("joon");
    assertThat(presence.others("item-1", "sara", t0.plusSeconds(6)))
        .containsExactly("joon", "mina");
    // mina's last report was at t0: 16 s later she no longer counts, joon (t0+5) still does.
    assertThat(presence.others("item-1", "sara", t0.plusSeconds(16))).containsExactly("joon");
    assertThat(presence.others("item-1", "sara", t0.plusSeconds(60))).isEmpty();
    assertThat(presence.others("nobody-here", "sara", t0)).isEmpty();
  }

  @Test
  void aTtlMustBePositive() {
    assertThatThrownBy(() -> new Presence(Duration.ZERO)).hasMessageContaining("positive");
  }
}
