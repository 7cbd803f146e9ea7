package com.storefront.qa.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.llm.api.ChatMessage;
import org.junit.jupiter.api.Test;

class ChatRequestParserTest {
  private final ChatRequestParser parser = new ChatRequestParser(512);

  private static String body(String extra) {
    return "{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]" + extra + "}";
  }

  private static ApiError refused(Runnable r) {
    try {
      r.run();
    } catch (ApiError e) {
      return e;
    }
    throw new AssertionError("not refused");
  }

  @Test
  void temperatureZeroIsGreedyAndDefaultsAreOpenAis() {
    ChatRequest greedy = parser.parse(body(",\"temperature\":0,\"max_tokens\":7,\"seed\":3"));
    assertThat(greedy.params().doSample()).isFalse();
    assertThat(greedy.params().maxNewTokens()).isEqualTo(7);
    assertThat(greedy.seed()).isEqualTo(3);
    ChatRequest plain = parser.parse(body(""));
    assertThat(plain.params().doSample()).isTrue();
    assertThat(plain.params().temperature()).isEqualTo(1.0);
    assertThat(plain.params().topP()).isEqualTo(1.0);
    assertThat(plain.params().maxNewTokens()).isEqualTo(512);
    assertThat(plain.stream()).isFalse();
    assertThat(plain.model()).isNull();
  }

  @Test
  void vllmExtrasStopsStreamOptionsAndMessageForms() {
    ChatRequest r =
        parser.parse(
            "{\"model\":\"m\",\"messages\":[{\"role\":\"developer\",\"content\":\"be brief\"},"
                + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"a\"},{\"type\":\"text\",\"text\":\"b\"}]},"
                + "{\"role\":\"assistant\",\"content\":\"c\"}],"
                + "\"top_k\":-1,\"min_p\":0.1,\"repetition_penalty\":1.2,\"top_p\":0.9,"
                + "\"max_completion_tokens\":9,\"max_tokens\":500,\"stop\":[\"x\",\"yz\"],"
                + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}");
    assertThat(r.messages())
        .containsExactly(
            new ChatMessage("system", "be brief"),
            new ChatMessage("user", "ab"),
            new ChatMessage("assistant", "c"));
    assertThat(r.params().topK()).isZero();
    assertThat(r.params().minP()).isEqualTo(0.1);
    assertThat(r.params().repetitionPenalty()).isEqualTo(1.2);
    assertThat(r.params().maxNewTokens()).isEqualTo(9);
    assertThat(r.params().stopStrings()).containsExactly("x", "yz");
    assertThat(r.stream()).isTrue();
    assertThat(r.includeUsage()).isTrue();
    assertThat(r.model()).isEqualTo("m");
  }

  @Test
  void refusalsNameTheParameter() {
    assertThat(refused(() -> parser.parse("[1]")).body().path("error").path("param").isNull())
        .isTrue();
    assertThat(refused(() -> parser.parse("{}")).body().at("/error/param").asText())
        .isEqualTo("messages");
    assertThat(refused(() -> parser.parse(body(",\"n\":3"))).body().at("/error/param").asText())
        .isEqualTo("n");
    assertThat(
            refused(() -> parser.parse(body(",\"temperature\":3")))
                .body()
                .at("/error/param")
                .asText())
        .isEqualTo("temperature");
    assertThat(
            refused(() -> parser.parse(body(",\"max_tokens\":513")))
                .body()
                .at("/error/param")
                .asText())
        .isEqualTo("max_tokens");
    assertThat(
            refused(() -> parser.parse(body(",\"stop\":[\"a\",\"b\",\"c\",\"d\",\"e\"]"))).status())
        .isEqualTo(400);
    assertThat(
            refused(() -> parser.parse(body(",\"tools\":[{}]"))).body().at("/error/param").asText())
        .isEqualTo("tools");
    assertThat(refused(() -> parser.parse(body(",\"presence_penalty\":0.5"))).status())
        .isEqualTo(400);
    assertThat(
            refused(() -> parser.parse("{\"messages\":[{\"role\":\"tool\",\"content\":\"x\"}]}"))
                .body()
                .at("/error/param")
                .asText())
        .isEqualTo("messages[0].role");
    assertThat(
            refused(() -> parser.parse(body(",\"stream\":\"yes\"")))
                .body()
                .at("/error/type")
                .asText())
        .isEqualTo("invalid_request_error");
  }
}
