package com.storefront.qa.contracts.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharsTest {

  @Test
  void stripKeepsWhitespaceAndEveryNonControlCharacter() {
    String text = "a\u0000b\u001bc\u007fd\u0085e\u009ff\tg\nh\ri 한글 日本 中文 👍\u200d";
    assertThat(ControlChars.strip(text)).isEqualTo("abcdef\tg\nh\ri 한글 日本 中文 👍\u200d");
  }

  @Test
  void stripReturnsTheSameInstanceWhenThereIsNothingToRemove() {
    String clean = "문의 감사합니다.\n";
    assertThat(ControlChars.strip(clean)).isSameAs(clean);
    assertThat(ControlChars.strip(null)).isNull();
  }

  @Test
  void escapeLeavesNoControlCharacterAtAllForOneLogLine() {
    String escaped = ControlChars.escape("x\u0000y\u001b[31mz\nw\t");
    assertThat(escaped).isEqualTo("x\\u0000y\\u001b[31mz\\u000aw\\u0009");
    assertThat(escaped.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL)).isTrue();
    assertThat(ControlChars.escape("plain 텍스트")).isEqualTo("plain 텍스트");
  }

  @Test
  void escapeAlsoShowsBidiOverridesC1AndLineSeparators() {
    assertThat(ControlChars.escape("a\u001b[2Jb")).isEqualTo("a\\u001b[2Jb");
    assertThat(ControlChars.escape("line1\nline2\r")).isEqualTo("line1\\u000aline2\\u000d");
    assertThat(ControlChars.escape("\u009b31m")).isEqualTo("\\u009b31m");
    assertThat(ControlChars.escape("abc\u202edef")).isEqualTo("abc\\u202edef");
    assertThat(ControlChars.escape("x\u2028y")).isEqualTo("x\\u2028y");
    assertThat(ControlChars.escape(null)).isEqualTo("null");
  }

  @Test
  void escapeLeavesOrdinaryTextInEveryScriptAndEmojiSequencesAlone() {
    String text = "이 코트 세탁기로 빨아도 되나요? Is L right for 175 cm? 👨‍👩‍👧 🎄 日本語 中文";
    assertThat(ControlChars.escape(text)).isSameAs(text);
  }
}
