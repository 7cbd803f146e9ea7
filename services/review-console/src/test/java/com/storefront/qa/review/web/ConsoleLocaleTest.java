package com.storefront.qa.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleLocaleTest {

  @Test
  void anExplicitChoiceWins() {
    assertThat(ConsoleLocale.choose("ko", "en-US,en;q=0.9")).isEqualTo("ko");
    assertThat(ConsoleLocale.choose("EN", "ko-KR")).isEqualTo("en");
  }

  @Test
  void otherwiseTheBrowsersFirstSupportedLanguage() {
    assertThat(ConsoleLocale.choose(null, "ko-KR,ko;q=0.9,en;q=0.8")).isEqualTo("ko");
    assertThat(ConsoleLocale.choose("", "fr-FR,ko;q=0.5,en;q=0.4")).isEqualTo("ko");
    assertThat(ConsoleLocale.choose(null, "ja,en;q=0.5")).isEqualTo("en");
  }

  @Test
  void unknownOrBrokenInputFallsBackToEnglish() {
    assertThat(ConsoleLocale.choose("<script>", null)).isEqualTo("en");
    assertThat(ConsoleLocale.choose(null, ";;;q=zz,,")).isEqualTo("en");
    assertThat(ConsoleLocale.choose(null, "ko;q=0")).isEqualTo("en");
    assertThat(ConsoleLocale.choose(null, "de")).isEqualTo("en");
  }
}
