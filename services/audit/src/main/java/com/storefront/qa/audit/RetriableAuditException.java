package com.storefront.qa.audit;

/** The batch could not be written for a transient reason; it was rolled back and can be retried. */
public final class RetriableAuditException extends RuntimeException {
  public RetriableAuditException(String message, Throwable cause) {
    super(message, cause);
  }
}
