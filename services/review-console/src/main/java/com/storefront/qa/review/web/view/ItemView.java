package com.storefront.qa.review.web.view;

import com.storefront.qa.review.web.diff.DiffSegment;
import com.storefront.qa.review.web.sla.SlaState;
import com.storefront.qa.review.web.text.Marked;
import java.util.List;
import java.util.UUID;

/**
 * The item view: everything a reviewer needs to decide without opening another tool. Text is raw
 * (masked upstream) and escaped by the template; {@code draft} is the draft cut at the evidence
 * spans so the template can highlight them.
 *
 * @param open true while a decision is still possible (held, or awaiting the follow-up)
 * @param held true for a held draft (approve, edit, reject); false for a follow-up or a question
 *     held before any draft (answer, close)
 * @param holder who holds the claim (null = nobody); {@code heldByOther} when it is not the viewer
 */
public record ItemView(
    String id,
    long version,
    String state,
    String shopId,
    String product,
    String locale,
    String question,
    String draftText,
    List<Marked> draft,
    List<ReasonView> reasons,
    String customerSees,
    String customerSource,
    List<HistoryEntry> history,
    List<DiffSegment> diff,
    String holder,
    String holderUntil,
    boolean heldByOther,
    List<String> viewers,
    String age,
    String target,
    SlaState sla,
    boolean open,
    boolean held,
    boolean customerWaiting) {

  public ItemView {
    draft = List.copyOf(draft);
    reasons = List.copyOf(reasons);
    history = List.copyOf(history);
    diff = List.copyOf(diff);
    viewers = List.copyOf(viewers);
  }

  /**
   * A fresh key for one decision form: a double submit of that form sends the same key, so the
   * decision service returns the first decision instead of making a second.
   */
  public String formKey() {
    return UUID.randomUUID().toString();
  }

  /** The viewers joined for display. */
  public String viewerNames() {
    return String.join(", ", viewers);
  }
}
