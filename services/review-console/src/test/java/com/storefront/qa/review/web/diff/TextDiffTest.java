package com.storefront.qa.review.web.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.review.web.diff.DiffSegment.Kind;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

  @Test
  void identicalTextsAreOneSameRun() {
    List<DiffSegment> diff = TextDiff.between("Ships in 2 days.", "Ships in 2 days.");
    assertThat(diff).containsExactly(new DiffSegment(Kind.SAME, "Ships in 2 days."));
    assertThat(TextDiff.changed(diff)).isFalse();
  }

  @Test
  void aChangedWordIsRemovedThenAdded() {
    List<DiffSegment> diff =
        TextDiff.between("It ships in 2 days, guaranteed.", "It ships in 3 days, usually.");
    assertThat(diff)
        .containsExactly(
            new DiffSegment(Kind.SAME, "It ships in "),
            new DiffSegment(Kind.REMOVED, "2"),
            new DiffSegment(Kind.ADDED, "3"),
            new DiffSegment(Kind.SAME, " days, "),
            new DiffSegment(Kind.REMOVED, "guaranteed"),
            new DiffSegment(Kind.ADDED, "usually"),
            new DiffSegment(Kind.SAME, "."));
    assertThat(TextDiff.changed(diff)).isTrue();
  }

  @Test
  void bothSidesCanBeRebuiltFromTheSegments() {
    String a = "배송은 보통 2일 걸립니다. 확인 후 다시 안내드리겠습니다.";
    String b = "배송은 보통 3일 걸립니다. 재고를 확인 후 다시 안내드리겠습니다!";
    List<DiffSegment> diff = TextDiff.between(a, b);
    assertThat(side(diff, Kind.ADDED)).isEqualTo(a);
    assertThat(side(diff, Kind.REMOVED)).isEqualTo(b);
    assertThat(diff).contains(new DiffSegment(Kind.ADDED, "재고를 "));
  }

  @Test
  void japaneseIsComparedPerCharacter() {
    List<DiffSegment> diff = TextDiff.between("発送は二日後です", "発送は三日後です");
    assertThat(diff)
        .containsExactly(
            new DiffSegment(Kind.SAME, "発送は"),
            new DiffSegment(Kind.REMOVED, "二"),
            new DiffSegment(Kind.ADDED, "三"),
            new DiffSegment(Kind.SAME, "日後です"));
  }

  @Test
  void emptyAndNullSides() {
    assertThat(TextDiff.between(null, "new")).containsExactly(new DiffSegment(Kind.ADDED, "new"));
    assertThat(TextDiff.between("old", "")).containsExactly(new DiffSegment(Kind.REMOVED, "old"));
    assertThat(TextDiff.between(null, null)).isEmpty();
  }

  @Test
  void markupIsKeptAsPlainTextForTheTemplateToEscape() {
    List<DiffSegment> diff = TextDiff.between("ok", "ok <script>alert(1)</script>");
    assertThat(side(diff, Kind.REMOVED)).isEqualTo("ok <script>alert(1)</script>");
  }

  @Test
  void hugeRewritesFallBackToOneRemovalAndOneAddition() {
    String a = "a ".repeat(3000) + "x";
    String b = "b ".repeat(3000) + "y";
    List<DiffSegment> diff = TextDiff.between("head " + a, "head " + b);
    assertThat(diff).hasSize(3);
    assertThat(diff.get(0)).isEqualTo(new DiffSegment(Kind.SAME, "head "));
    assertThat(diff.get(1).removed()).isTrue();
    assertThat(diff.get(2).added()).isTrue();
  }

  /** One version, rebuilt by dropping the other side's runs. */
  private static String side(List<DiffSegment> diff, Kind dropped) {
    return diff.stream()
        .filter(s -> s.kind() != dropped)
        .map(DiffSegment::text)
        .collect(Collectors.joining());
  }
}
