package com.storefront.qa.llm.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real EXAONE-3.5 template renders byte-for-byte as HF apply_chat_template does. */
class ChatTemplateTest {
  private static final Path EXAONE = Path.of("src/test/resources/exaone-3.5");

  @Test
  void systemAndUser() {
    ChatTemplate t = ChatTemplate.load(EXAONE);
    assertEquals(
        "[|system|]You are a shop assistant.[|endofturn|]\n[|user|]Is it waterproof?\n[|assistant|]",
        t.render("You are a shop assistant.", "Is it waterproof?"));
  }

  @Test
  void userOnlyGetsTheTemplatesEmptySystemTurn() {
    ChatTemplate t = ChatTemplate.load(EXAONE);
    assertEquals(
        "[|system|][|endofturn|]\n[|user|]배송은 얼마나 걸리나요?\n[|assistant|]",
        t.render(null, "배송은 얼마나 걸리나요?"));
  }

  @Test
  void multiTurnAndSpecialCharactersAreVerbatim() {
    ChatTemplate t = ChatTemplate.load(EXAONE);
    String out =
        t.render(
            List.of(
                Map.of("role", "user", "content", "a {{ b }} '\" \\n"),
                Map.of("role", "assistant", "content", "ok"),
                Map.of("role", "user", "content", "  spaced  ")));
    assertEquals(
        "[|system|][|endofturn|]\n[|user|]a {{ b }} '\" \\n\n[|assistant|]ok[|endofturn|]\n"
            + "[|user|]  spaced  \n[|assistant|]",
        out);
  }

  @Test
  void tinyCheckpointsShipTheRealTemplate() throws Exception {
    String real =
        JsonParser.parseString(Files.readString(EXAONE.resolve("tokenizer_config.json")))
            .getAsJsonObject()
            .get("chat_template")
            .getAsString();
    assertEquals(real, KnownTemplates.EXAONE_3_5);
  }

  @Test
  void raiseExceptionFailsTheRender() {
    ChatTemplate t =
        new ChatTemplate(
            "{% if messages[0]['role'] == 'user' %}{{ raise_exception('no system') }}{% endif %}ok",
            Map.of());
    var e = assertThrows(IllegalArgumentException.class, () -> t.render(null, "q"));
    assertEquals(true, e.getMessage().contains("no system"), e.getMessage());
  }
}
