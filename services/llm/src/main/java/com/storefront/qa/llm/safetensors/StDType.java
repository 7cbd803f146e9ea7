package com.storefront.qa.llm.safetensors;

/** Safetensors element types this reader widens to fp32. */
public enum StDType {
  F32(4),
  F16(2),
  BF16(2);

  private final int bytes;

  StDType(int bytes) {
    this.bytes = bytes;
  }

  public int bytes() {
    return bytes;
  }

  /** Parses a header dtype string; other types (I64, F64, ...) are rejected by the caller. */
  public static StDType parse(String s) {
    return switch (s) {
      case "F32" -> F32;
      case "F16" -> F16;
      case "BF16" -> BF16;
      default -> null;
    };
  }
}
