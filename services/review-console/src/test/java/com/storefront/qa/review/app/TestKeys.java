package com.storefront.qa.review.app;

import com.storefront.qa.audit.CustomerRefHasher;

/** A public, test-only customer-reference key: never a secret, never for real data. */
public final class TestKeys {
  /** 45 bytes, above the 32-byte minimum. */
  public static final String SECRET = "INSECURE-test-only-customer-ref-key-for-tests";

  private TestKeys() {}

  /** A hasher under {@link #SECRET} with key id {@code t1}. */
  public static CustomerRefHasher hasher() {
    return CustomerRefHasher.create("t1", SECRET);
  }
}
