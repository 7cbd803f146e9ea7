package com.storefront.qa.review.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/** The console pages' settings ({@code qa.pages.*}), checked at start-up naming the key. */
@ConfigMapping(prefix = "qa.pages")
public interface PagesConfig {
  /** Share of the follow-up target after which a row turns amber (0.75: the last quarter). */
  @WithDefault("0.75")
  @DecimalMin(value = "0", inclusive = false)
  @DecimalMax(value = "1", inclusive = false)
  double slaNearShare();

  /** The follow-up target for items whose shop sets none (the shop policy default is 24 h). */
  @WithDefault("24h")
  Duration defaultFollowUpTarget();

  /** Days the analytics page covers. */
  @WithDefault("14")
  @Min(1)
  @Max(92)
  int analyticsDays();

  /** How long a viewer counts as "also viewing" after their page last reported. */
  @WithDefault("15s")
  Duration presenceTtl();
}
