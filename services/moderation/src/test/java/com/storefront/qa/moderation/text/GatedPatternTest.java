package com.storefront.qa.moderation.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.moderation.Subject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The gates (first char, per-branch, learnt char pair) only skip work: every match is the one the
 * plain regex finds by trying {@code lookingAt} at each position.
 */
class GatedPatternTest {
  private static final List<String> REGEXES =
      List.of(
          "확인|검토|체크|점검|(?<=담당)자가|[가-힣]{1,6}+(?<=습니다|어요)",
          "\\b(?:we|i) (?:will|'ll) (?:check|confirm)\\b|\\bthanks?\\b|sorry|[0-9]{1,3}",
          "(?<![가-힣])씨[\\s.]{0,2}발|[|]|a\\|b|\\[x|y\\]|(?:ab|cd)|e",
          "(?:여부|대해)(?=\\s)|지$|^안녕|[^가-힣 ]{2}",
          "お問い合わせ|ありがとう(?:ございます)?|确认|回复");

  @Test
  void everyMatchIsThePlainRegexsMatch() throws Exception {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(corpus("replies-dev.jsonl"))) {
      texts.add(Subject.foldAscii(line));
    }
    texts.add("we'll check 12 items; 담당자가 확인합니다. 씨.발 a|b [x|y] 안녕 ab");
    for (String regex : REGEXES) {
      GatedPattern gated = GatedPattern.compile(regex);
      Pattern plain = Pattern.compile(regex);
      for (String text : texts) {
        for (int from = 0; from < text.length(); from += 7) {
          int to = Math.min(text.length(), from + 60);
          assertThat(gated.find(text, from, to))
              .as(regex + " in " + text.substring(from, to))
              .isEqualTo(reference(plain, text, from, to));
        }
      }
    }
  }

  @Test
  void topLevelAlternationsSplitOutsideGroupsClassesAndEscapes() {
    assertThat(BranchIndex.split("a|(b|c)|[|]|\\||d"))
        .containsExactly("a", "(b|c)", "[|]", "\\|", "d");
    assertThat(BranchIndex.of("(a)\\1|b")).as("back-references keep the whole pattern").isNull();
    assertThat(BranchIndex.of("abc")).isNull();
  }

  private static int[] reference(Pattern p, String text, int from, int to) {
    Matcher m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    for (int i = from; i < to; i++) {
      m.region(i, to);
      if (m.lookingAt()) {
        return new int[] {i, m.end()};
      }
    }
    return null;
  }

  private static Path corpus(String name) throws Exception {
    return Path.of(GatedPatternTest.class.getResource("/corpus/" + name).toURI());
  }
}
