package com.storefront.qa.worker.hosted;

import com.storefront.qa.worker.WorkerConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;

/** Checks {@code qa.worker.hosted.*}; every problem names its key. The API key is never echoed. */
public final class HostedConfigValidator {
  private HostedConfigValidator() {}

  /**
   * @return the settings, or null when a problem was added
   */
  public static HostedSettings validate(WorkerConfig.Hosted h, List<String> problems) {
    int before = problems.size();
    URI base = null;
    String url = h.baseUrl().map(String::trim).orElse("");
    if (url.isEmpty()) {
      problems.add(
          "qa.worker.hosted.base-url is not set (env QA_WORKER_HOSTED_BASE_URL): the API root,"
              + " e.g. https://api.openai.com/v1 or http://vllm:8000/v1");
    } else {
      try {
        base = new URI(url);
        if (!("http".equals(base.getScheme()) || "https".equals(base.getScheme()))
            || base.getHost() == null
            || base.getUserInfo() != null) {
          problems.add(
              "qa.worker.hosted.base-url="
                  + url
                  + " must be an http(s) URL with a host and no"
                  + " credentials (the key goes in qa.worker.hosted.api-key)");
        }
      } catch (URISyntaxException e) {
        problems.add("qa.worker.hosted.base-url=" + url + " is not a URL: " + e.getReason());
      }
    }
    if (h.model().map(String::isBlank).orElse(true)) {
      problems.add("qa.worker.hosted.model is not set: the model name the server serves");
    }
    positive("qa.worker.hosted.connect-timeout", h.connectTimeout(), problems);
    positive("qa.worker.hosted.read-timeout", h.readTimeout(), problems);
    positive("qa.worker.hosted.request-timeout", h.requestTimeout(), problems);
    positive("qa.worker.hosted.breaker-cooldown", h.breakerCooldown(), problems);
    if (h.maxConcurrent() < 1) {
      problems.add("qa.worker.hosted.max-concurrent must be >= 1, got " + h.maxConcurrent());
    }
    if (h.breakerFailures() < 1) {
      problems.add("qa.worker.hosted.breaker-failures must be >= 1, got " + h.breakerFailures());
    }
    if (h.apiKey().isPresent() && h.apiKey().get().isBlank()) {
      problems.add("qa.worker.hosted.api-key is set but blank: unset it or give the key");
    }
    if (problems.size() > before) {
      return null;
    }
    return new HostedSettings(
        base,
        h.model().get().trim(),
        h.modelRevision().filter(s -> !s.isBlank()).orElse(null),
        h.apiKey().orElse(null),
        h.connectTimeout(),
        h.readTimeout(),
        h.requestTimeout(),
        h.maxConcurrent(),
        h.breakerFailures(),
        h.breakerCooldown(),
        h.samplingExtras());
  }

  private static void positive(String key, Duration d, List<String> problems) {
    if (d.isNegative() || d.isZero()) {
      problems.add(key + " must be positive, got " + d);
    }
  }
}
