package com.storefront.qa.orchestrator.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand. */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  public MutableClock(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  public void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  /** The next read of the clock throws {@code error} (once), as a broken dependency would. */
  public void failNextRead(RuntimeException error) {
    failure.set(error);
  }

  @Override
  public Instant instant() {
    RuntimeException error = failure.getAndSet(null);
    if (error != null) {
      throw error;
    }
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
