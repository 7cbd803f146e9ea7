package com.storefront.qa.orchestrator.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LastResortTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final QuestionEvent Q =
      new QuestionEvent(1, "q-9", "shop", "p", "pen", "ja-JP", "ペンの色は?", NOW, "cust");

  @Test
  void answersInTheDeclaredLanguageWhenThereIsABuiltInAcknowledgement() {
    List<Emit> emits =
        new LastResort(Map.of("en", "Thanks!", "ja", "ありがとうございます。"))
            .after(Q, new IllegalStateException(), NOW);

    assertThat(emits).hasSize(2);
    Emit.Answer answer = (Emit.Answer) emits.get(0);
    assertThat(answer.event().text()).isEqualTo("ありがとうございます。");
    assertThat(answer.event().locale()).isEqualTo("ja-JP");
    assertThat(((Emit.Review) emits.get(1)).event().question()).isEmpty();
  }

  @Test
  void fallsBackToEnglishForAnotherLanguage() {
    List<Emit> emits =
        new LastResort(Map.of("en", "Thanks!")).after(Q, new IllegalStateException(), NOW);

    assertThat(((Emit.Answer) emits.get(0)).event().text()).isEqualTo("Thanks!");
    assertThat(((Emit.Answer) emits.get(0)).event().locale()).isEqualTo("en");
  }

  @Test
  void whenNoAcknowledgementCanBeMadeTheQuestionGoesToTheDlqWithAReason() {
    List<Emit> emits = new LastResort(Map.of()).after(Q, new IllegalStateException(), NOW);

    assertThat(emits).hasSize(1);
    Emit.DeadLetter dead = (Emit.DeadLetter) emits.get(0);
    assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo("q-9");
    assertThat(Json.fromBytes(dead.value(), QuestionEvent.class).text()).isEqualTo("ペンの色は?");
    assertThat(header(dead, DlqHeaders.REASON)).isEqualTo(DlqHeaders.PROCESSING_FAILED);
    assertThat(header(dead, DlqHeaders.DETAIL)).contains("IllegalStateException");
  }

  private static String header(Emit.DeadLetter dead, String name) {
    return new String(dead.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}
