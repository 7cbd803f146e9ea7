package com.storefront.qa.orchestrator.app;

import com.storefront.qa.orchestrator.QaSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The orchestrator's configuration, prefix {@code qa}. Durations take Quarkus' forms ({@code 7d},
 * {@code 500ms}, {@code PT1H}). Values are checked at start-up by {@link #toSettings()}; a bad one
 * stops the application with a message naming the key.
 */
@ConfigMapping(prefix = "qa")
public interface QaConfig {

  Generation generation();

  Dedupe dedupe();

  Deadline deadline();

  interface Generation {
    /**
     * Whether shops without their own {@code generationEnabled} get model replies. Off by default:
     * every question gets the acknowledgement until a reply worker is deployed.
     */
    @WithDefault("false")
    boolean enabledByDefault();
  }

  interface Dedupe {
    /** How long a questionId is remembered; a replay after this is answered again. */
    @WithDefault("7d")
    Duration retention();

    /** How often remembered questionIds older than the retention are purged. */
    @WithDefault("1h")
    Duration purgeInterval();
  }

  interface Deadline {
    /** How often pending generations are checked against their deadline. */
    @WithDefault("500ms")
    Duration checkInterval();
  }

  /** The validated settings; throws IllegalArgumentException naming the bad key. */
  default QaSettings toSettings() {
    return new QaSettings(
        generation().enabledByDefault(),
        dedupe().retention(),
        dedupe().purgeInterval(),
        deadline().checkInterval());
  }
}
