package com.storefront.qa.worker.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storefront.qa.worker.InvalidWorkerConfigException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {
  private static OpenAiConfig config(Map<String, String> props) {
    SmallRyeConfig c =
        new SmallRyeConfigBuilder()
            .withMapping(OpenAiConfig.class)
            .withConverter(Duration.class, 200, new DurationConverter())
            .withSources(new PropertiesConfigSource(props, "test", 100))
            .build();
    return c.getConfigMapping(OpenAiConfig.class);
  }

  @Test
  void offByDefaultNeedsNoKeysAndTakesHalfTheBatch() {
    OpenAiSettings s = OpenAiSettings.validate(config(Map.of()), 8);
    assertThat(s.enabled()).isFalse();
    assertThat(s.maxInFlight()).isEqualTo(4);
  }

  @Test
  void enabledWithoutKeysFailsNamingTheKey() {
    assertThatThrownBy(
            () -> OpenAiSettings.validate(config(Map.of("qa.worker.openai.enabled", "true")), 8))
        .isInstanceOf(InvalidWorkerConfigException.class)
        .hasMessageContaining("qa.worker.openai.api-keys");
  }

  @Test
  void aShortKeyIsNamedByPositionNeverByValue() {
    var props =
        Map.of(
            "qa.worker.openai.enabled",
            "true",
            "qa.worker.openai.api-keys",
            "long-enough-key-0123456789,short1");
    assertThatThrownBy(() -> OpenAiSettings.validate(config(props), 8))
        .hasMessageContaining("qa.worker.openai.api-keys[1]")
        .hasMessageNotContaining("short1")
        .hasMessageNotContaining("long-enough-key");
  }
}
