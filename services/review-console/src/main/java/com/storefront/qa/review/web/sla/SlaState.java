package com.storefront.qa.review.web.sla;

/** Where an open item stands against its shop's follow-up target; rendered as a colour and word. */
public enum SlaState {
  /** Well inside the target. */
  OK("sla-ok"),
  /** Past the warning share of the target (amber): someone should pick it up now. */
  NEAR("sla-near"),
  /** Past the target (red): the promise to the customer is broken. */
  BREACHED("sla-breached");

  private final String cssClass;

  SlaState(String cssClass) {
    this.cssClass = cssClass;
  }

  /** The CSS class the templates put on the row and its badge. */
  public String cssClass() {
    return cssClass;
  }
}
