package com.storefront.qa.moderation.pii;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PiiMaskerTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "주민번호 900101-1234567 입니다 | 주민번호 [RRN] 입니다",
        "9001011234567 | [RRN]",
        "010-1234-5678로 연락 | [PHONE]로 연락",
        "01012345678 | [PHONE]",
        "+82 10-1234-5678 | [PHONE]",
        "(02) 345-6789 | ([PHONE]",
        "031-123-4567 | [PHONE]",
        "mail hong.gil-dong@example.co.kr. | mail [EMAIL].",
        "4111 1111 1111 1111 123 | [CARD] 123",
        "4111-1111-1111-1112 | 4111-1111-1111-1112",
        "계좌 123456789012 | 계좌 [ACCOUNT]",
        "110-123-456789 | [ACCOUNT]",
        "주문번호 2026-1122-0001 | 주문번호 2026-1122-0001",
        "2026-11-22 배송 | 2026-11-22 배송",
        "1588-1234 | 1588-1234",
      })
  void masks(String input, String expected) {
    assertThat(PiiMasker.mask(input)).isEqualTo(expected);
    assertThat(PiiMasker.mask(expected)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"4111111111111111,true", "4111111111111112,false", "0000000000000,false"})
  void luhn(String digits, boolean valid) {
    int[] pos = new int[digits.length()];
    for (int i = 0; i < pos.length; i++) {
      pos[i] = i;
    }
    assertThat(CardDetector.luhn(digits, pos, 0, digits.length())).isEqualTo(valid);
  }
}
