package com.storefront.qa.contracts.event;

/** Whether a worker produced text at all. */
public enum GenerationStatus {
  COMPLETED,
  FAILED
}
