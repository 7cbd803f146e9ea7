package com.storefront.qa.review.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {

  @Test
  void marksTheEvidenceAndLeavesTheRestPlain() {
    List<Marked> runs =
        Highlighter.mark(
            "Ships tomorrow, guaranteed.", List.of(new Span("DEFINITIVE_CLAIM", 16, 26)));
    assertThat(runs)
        .containsExactly(
            new Marked("Ships tomorrow, ", List.of()),
            new Marked("guaranteed", List.of("DEFINITIVE_CLAIM")),
            new Marked(".", List.of()));
    assertThat(runs.get(1).marked()).isTrue();
    assertThat(runs.get(1).title()).isEqualTo("DEFINITIVE_CLAIM");
  }

  @Test
  void overlappingSpansCarryBothCodes() {
    List<Marked> runs =
        Highlighter.mark("abcdef", List.of(new Span("A", 0, 4), new Span("B", 2, 6)));
    assertThat(runs)
        .containsExactly(
            new Marked("ab", List.of("A")),
            new Marked("cd", List.of("A", "B")),
            new Marked("ef", List.of("B")));
  }

  @Test
  void untrustedSpansAreClampedOrDropped() {
    List<Marked> runs =
        Highlighter.mark(
            "short",
            List.of(
                new Span("PAST_END", 3, 99),
                new Span("REVERSED", 4, 1),
                new Span("EMPTY", 2, 2),
                new Span("NEGATIVE", -5, 1)));
    assertThat(runs)
        .containsExactly(
            new Marked("s", List.of("NEGATIVE")),
            new Marked("ho", List.of()),
            new Marked("rt", List.of("PAST_END")));
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "ok 😀 fine";
    // 4 falls between the two halves of the emoji (chars 3 and 4).
    List<Marked> runs = Highlighter.mark(text, List.of(new Span("X", 0, 4)));
    assertThat(runs.get(0).text()).isEqualTo("ok 😀");
    assertThat(String.join("", runs.stream().map(Marked::text).toList())).isEqualTo(text);
  }

  @Test
  void noSpansOrNoTextGiveOnePlainRunOrNone() {
    assertThat(Highlighter.mark("plain", List.of()))
        .containsExactly(new Marked("plain", List.of()));
    assertThat(Highlighter.mark(null, List.of(new Span("X", 0, 3)))).isEmpty();
  }
}
