package com.storefront.qa.llm.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.batch.BatchingGenerator;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Korean text survives tokenizer, template, generation and cumulative decoding. */
class KoreanRoundTripTest {
  @TempDir Path tmp;

  @Test
  void streamingALongMixedTextGivesExactlyItsFullDecode() throws Exception {
    TinyCheckpoint.write(tmp, TinyCheckpoint.Spec.small("exaone"));
    String line = "배송은 3~5일 걸립니다. Shipping takes 3-5 days 😀 사이즈 교환 가능합니다!\n";
    String text = line.repeat(20);
    try (TextTokenizer tok = TextTokenizer.load(tmp)) {
      int[] ids = tok.encode(text);
      IncrementalDecoder inc = new IncrementalDecoder(tok);
      StringBuilder streamed = new StringBuilder();
      for (int id : ids) {
        String piece = inc.append(id);
        assertFalse(piece.contains("\uFFFD"), "emitted half a character: " + piece);
        streamed.append(piece);
      }
      assertTrue(ids.length > 500, "long enough that a window matters: " + ids.length);
      assertEquals(text, streamed.toString());
      assertEquals(text, inc.text());
      assertEquals(text, inc.finish());
    }
  }

  @Test
  void koreanSurvivesEncodeGenerateDecode() throws Exception {
    TinyCheckpoint.write(tmp, TinyCheckpoint.Spec.small("exaone"));
    String q = "이 재킷은 방수가 되나요? 사이즈는 M입니다 😀";
    try (TextTokenizer tok = TextTokenizer.load(tmp)) {
      int[] ids = tok.encode(q);
      assertEquals(q, tok.decode(ids, ids.length, true));
      // token-by-token decoding splits syllables; the incremental decoder must not
      IncrementalDecoder inc = new IncrementalDecoder(tok);
      StringBuilder streamed = new StringBuilder();
      boolean splitSomewhere = false;
      for (int id : ids) {
        String piece = tok.decode(new int[] {id}, 1, true);
        splitSomewhere |= piece.contains("\uFFFD");
        streamed.append(inc.append(id));
      }
      assertTrue(splitSomewhere, "test text should contain a multi-token character");
      assertEquals(q, streamed.toString());
      // specials in the rendered template become single ids
      int[] turn = tok.encode("[|user|]" + q + "[|endofturn|]");
      assertEquals(5, turn[0]);
      assertEquals(TinyCheckpoint.ENDOFTURN_ID, turn[turn.length - 1]);
    }
    try (BatchingGenerator g = BatchingGenerator.load(tmp, EngineOptions.defaults(), s -> {})) {
      int[] prompt = g.model().tokenizer().encode(g.model().template().render("한국어로 답하세요.", q));
      Completion c = g.submitTokens("k", prompt, DecodingParams.greedy(40), 0, null, true).get();
      assertEquals(40, c.completionTokens());
      assertFalse(c.text().endsWith("\uFFFD") && c.text().length() == 0);
      String promptText = g.model().tokenizer().decode(prompt, prompt.length, false);
      assertEquals(
          "[|system|]한국어로 답하세요.[|endofturn|]\n[|user|]" + q + "\n[|assistant|]", promptText);
    }
  }
}
