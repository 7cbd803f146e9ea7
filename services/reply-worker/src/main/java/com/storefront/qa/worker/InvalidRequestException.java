package com.storefront.qa.worker;

/** A request that can never succeed as sent (bad parameters, missing fields): not retried. */
public final class InvalidRequestException extends RuntimeException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
