package com.storefront.qa.moderation;

import com.storefront.qa.contracts.event.ModerationReason;
import java.util.List;

/**
 * One moderation check: looks at a {@link Subject} and names what is wrong with it. A check never
 * decides the verdict (the {@code verdict} package does, under the shop's policy), never throws on
 * any text, and is stateless, so one instance serves every thread.
 */
@FunctionalInterface
public interface Check {
  /**
   * The reasons found, empty when the text is clean. Spans index {@link Subject#text()}.
   *
   * @param subject the text under check and its context
   */
  List<ModerationReason> check(Subject subject);
}
