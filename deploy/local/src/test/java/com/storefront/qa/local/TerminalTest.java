package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTest {
  @Test
  void controlAndBidiCharactersAreEscaped() {
    assertThat(Terminal.safe("a\u001b[2Jb")).isEqualTo("a\\u001b[2Jb");
    assertThat(Terminal.safe("line1\nline2\r")).isEqualTo("line1\\u000aline2\\u000d");
    assertThat(Terminal.safe("\u009b31m")).isEqualTo("\\u009b31m");
    assertThat(Terminal.safe("abc\u202edef")).isEqualTo("abc\\u202edef");
    assertThat(Terminal.safe("x\u2028y")).isEqualTo("x\\u2028y");
  }

  @Test
  void ordinaryTextIsUntouched() {
    String text = "이 코트 세탁기로 빨아도 되나요? Is L right for 175 cm? 👨‍👩‍👧 🎄";
    assertThat(Terminal.safe(text)).isSameAs(text);
  }
}
