package com.storefront.qa.review.web.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Colours an item's age against its shop's follow-up target: {@link SlaState#NEAR} (amber) from
 * {@code nearShare} of the target on, {@link SlaState#BREACHED} (red) once the target has passed.
 * The share is a fraction in (0, 1); 0.75 means amber for the last quarter of the target.
 */
public final class SlaClock {
  private final double nearShare;

  /**
   * @param nearShare the share of the target after which an item turns amber, in (0, 1)
   * @throws IllegalArgumentException if the share is outside (0, 1)
   */
  public SlaClock(double nearShare) {
    if (!(nearShare > 0 && nearShare < 1)) {
      throw new IllegalArgumentException("nearShare must be in (0, 1), was " + nearShare);
    }
    this.nearShare = nearShare;
  }

  /** The state of an item opened at {@code since}, seen at {@code now}, against {@code target}. */
  public SlaState state(Instant since, Instant now, Duration target) {
    return state(Duration.between(since, now), target);
  }

  /**
   * The state for an item of this age. A negative age (clock skew between services) counts as zero;
   * a target must be positive.
   */
  public SlaState state(Duration age, Duration target) {
    Objects.requireNonNull(age, "age");
    requirePositive(target);
    long ageMs = Math.max(0, age.toMillis());
    long targetMs = target.toMillis();
    if (ageMs >= targetMs) {
      return SlaState.BREACHED;
    }
    return ageMs >= (long) Math.ceil(targetMs * nearShare) ? SlaState.NEAR : SlaState.OK;
  }

  /** How much of the target is left (negative once breached), for sorting and the row's label. */
  public static Duration remaining(Duration age, Duration target) {
    requirePositive(target);
    return target.minus(age.isNegative() ? Duration.ZERO : age);
  }

  /** A short age such as {@code 45m}, {@code 3h 05m} or {@code 2d 4h}, the same in every locale. */
  public static String shortAge(Duration age) {
    long minutes = Math.max(0, age.toMinutes());
    if (minutes < 60) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 48) {
      return String.format("%dh %02dm", hours, minutes % 60);
    }
    return (hours / 24) + "d " + (hours % 24) + "h";
  }

  private static void requirePositive(Duration target) {
    Objects.requireNonNull(target, "target");
    if (target.isZero() || target.isNegative()) {
      throw new IllegalArgumentException("an SLA target must be positive, was " + target);
    }
  }
}
