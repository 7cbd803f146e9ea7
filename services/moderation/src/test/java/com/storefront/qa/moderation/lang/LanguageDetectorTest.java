package com.storefront.qa.moderation.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
  @ParameterizedTest
  @CsvSource({
    "이 다이어리에 공휴일이 있나요?,ko",
    "이 Galaxy S24 케이스 맞나요?,ko",
    "ㅅㅂ,ko",
    "このバッグは防水ですか？,ja",
    "这个包防水吗？,zh",
    "Is the lid dishwasher safe?,en",
    "12345 !!!,en",
    "'',en",
  })
  void detects(String text, String lang) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(lang);
  }

  @Test
  void languageOfLocale() {
    assertThat(LanguageDetector.languageOf("ko-KR")).isEqualTo("ko");
    assertThat(LanguageDetector.languageOf("en_US")).isEqualTo("en");
    assertThat(LanguageDetector.languageOf("JA")).isEqualTo("ja");
    assertThat(LanguageDetector.languageOf(null)).isNull();
    assertThat(LanguageDetector.languageOf("")).isNull();
    assertThat(LanguageDetector.languageOf("k")).isNull();
    assertThat(LanguageDetector.languageOf("korean")).isNull();
    assertThat(LanguageDetector.detect(null)).isEqualTo("en");
  }
}
