package com.storefront.qa.review.web.item;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.web.diff.TextDiff;
import com.storefront.qa.review.web.queue.Reasons;
import com.storefront.qa.review.web.sla.SlaClock;
import com.storefront.qa.review.web.sla.SlaState;
import com.storefront.qa.review.web.text.Highlighter;
import com.storefront.qa.review.web.text.Span;
import com.storefront.qa.review.web.view.ItemView;
import com.storefront.qa.review.web.view.ReasonView;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Builds the item view from the review item, its details and who else is looking. */
public final class ItemViews {
  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final SlaClock sla;
  private final Duration defaultTarget;

  public ItemViews(SlaClock sla, Duration defaultTarget) {
    this.sla = sla;
    this.defaultTarget = defaultTarget;
  }

  /** The view of {@code item} for {@code viewer} at {@code now}. */
  public ItemView of(
      ReviewItem item, ItemDetails details, List<String> others, String viewer, Instant now) {
    List<ModerationReason> reasons = Reasons.parse(item.moderationReasons());
    String draft = item.draftReply();
    Instant since = item.askedAt() != null ? item.askedAt() : item.openedAt();
    Duration target =
        item.followUpDueAt() != null
            ? Duration.between(since, item.followUpDueAt())
            : defaultTarget;
    Duration age = Duration.between(since, now);
    SlaState state =
        target.isZero() || target.isNegative() ? SlaState.BREACHED : sla.state(age, target);
    boolean claimLive =
        item.claimedBy() != null
            && item.claimExpiresAt() != null
            && item.claimExpiresAt().isAfter(now);
    return new ItemView(
        item.itemId().toString(),
        item.version(),
        item.state(),
        item.shopId(),
        details.productName(),
        item.locale(),
        item.questionMasked(),
        draft,
        Highlighter.mark(
            draft, reasons.stream().map(r -> new Span(r.code(), r.start(), r.end())).toList()),
        reasons.stream().map(r -> new ReasonView(r.code(), r.evidence())).toList(),
        item.customerText(),
        details.customerSource(),
        details.history(),
        draft != null && details.finalText() != null
            ? TextDiff.between(draft, details.finalText())
            : List.of(),
        claimLive ? item.claimedBy() : null,
        claimLive ? UNTIL.format(item.claimExpiresAt()) : null,
        claimLive && !item.claimedBy().equals(viewer),
        others,
        SlaClock.shortAge(age),
        SlaClock.shortAge(target),
        state,
        "OPEN".equals(item.state()),
        "HELD".equals(item.reason()) && draft != null,
        item.customerWaiting());
  }
}
