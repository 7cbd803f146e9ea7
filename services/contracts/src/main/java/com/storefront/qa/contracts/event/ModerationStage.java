package com.storefront.qa.contracts.event;

/** Which text a verdict judged: the customer's question or the model's reply. */
public enum ModerationStage {
  INPUT,
  OUTPUT
}
