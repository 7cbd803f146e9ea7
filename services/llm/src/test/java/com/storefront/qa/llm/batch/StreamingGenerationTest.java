package com.storefront.qa.llm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.ChatSpec;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conversations with a text listener: same prompt as one question, deltas add up to the text. */
class StreamingGenerationTest {
  @TempDir static Path tmp;
  static TextGenerator engine;

  @BeforeAll
  static void load() throws Exception {
    Path model = tmp.resolve("qwen2");
    TinyCheckpoint.write(model, TinyCheckpoint.Spec.small("qwen2"));
    engine = Engines.load(model, EngineOptions.defaults(), s -> {});
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  private static List<ChatMessage> chat(String system, String user) {
    return List.of(new ChatMessage("system", system), new ChatMessage("user", user));
  }

  @Test
  void aSystemAndUserConversationGeneratesWhatTheQuestionDoesAndStreamsAllOfIt() throws Exception {
    DecodingParams p = DecodingParams.greedy(40);
    Completion one =
        engine.submit(new GenerationSpec("g", "Be brief.", "배송은 얼마나 걸리나요?", p, 0, null)).get();
    List<String> deltas = new CopyOnWriteArrayList<>();
    Completion chat =
        engine
            .submit(new ChatSpec("c", chat("Be brief.", "배송은 얼마나 걸리나요?"), p, 0, null), deltas::add)
            .get();
    assertEquals(one.text(), chat.text());
    assertEquals(one.promptTokens(), chat.promptTokens());
    assertEquals(one.completionTokens(), chat.completionTokens());
    assertEquals(chat.text(), String.join("", deltas));
    assertTrue(deltas.size() > 1, "streamed in pieces: " + deltas);
    assertFalse(deltas.stream().anyMatch(String::isEmpty));
  }

  @Test
  void textBeforeAStopStringIsStreamedAndTheStopStringNever() throws Exception {
    DecodingParams p = DecodingParams.greedy(60);
    String full =
        engine
            .submit(new ChatSpec("f", chat("s", "hello there"), p, 0, null), d -> {})
            .get()
            .text();
    assertTrue(full.length() > 12, full);
    String stop = full.substring(full.length() / 2, full.length() / 2 + 4);
    List<String> deltas = new CopyOnWriteArrayList<>();
    Completion c =
        engine
            .submit(
                new ChatSpec(
                    "s",
                    chat("s", "hello there"),
                    p.withStopStrings(List.of(stop, "never-seen")),
                    0,
                    null),
                deltas::add)
            .get();
    assertEquals(FinishReason.STOP, c.finishReason());
    assertEquals(full.substring(0, full.indexOf(stop)), c.text());
    assertEquals(c.text(), String.join("", deltas));
  }

  @Test
  void aListenerThatThrowsDoesNotEndTheGeneration() throws Exception {
    Completion c =
        engine
            .submit(
                new ChatSpec("t", chat("s", "hi"), DecodingParams.greedy(20), 0, null),
                d -> {
                  throw new IllegalStateException("client gone");
                })
            .get();
    Completion plain =
        engine.submit(new GenerationSpec("p", "s", "hi", DecodingParams.greedy(20), 0, null)).get();
    assertEquals(plain.finishReason(), c.finishReason());
    assertEquals(plain.text(), c.text());
  }

  @Test
  void deltaStreamHoldsBackOnlyWhatCouldStartAStopString() {
    List<String> got = new CopyOnWriteArrayList<>();
    DeltaStream s = new DeltaStream(got::add, List.of("STOP"));
    s.offer("abcdef");
    assertEquals(List.of("abc"), got);
    s.offer("g");
    assertEquals(List.of("abc", "d"), got);
    s.finish("abcdefg!");
    assertEquals("abcdefg!", String.join("", got));
  }
}
