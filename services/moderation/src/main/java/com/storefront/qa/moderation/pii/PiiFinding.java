package com.storefront.qa.moderation.pii;

/** Personal data of {@code type} at [start, end) of the scanned text. */
public record PiiFinding(PiiType type, int start, int end) {
  boolean overlaps(int otherStart, int otherEnd) {
    return start < otherEnd && otherStart < end;
  }
}
