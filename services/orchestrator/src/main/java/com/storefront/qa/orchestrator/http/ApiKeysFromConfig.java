package com.storefront.qa.orchestrator.http;

import com.storefront.qa.orchestrator.http.auth.ApiKey;
import com.storefront.qa.orchestrator.http.auth.ApiKeyHasher;
import com.storefront.qa.orchestrator.http.auth.ApiKeyStore;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the {@link ApiKeyStore} from configuration; every error names the key at fault. */
final class ApiKeysFromConfig {
  private ApiKeysFromConfig() {}

  static ApiKeyStore load(HttpApiConfig config) {
    Map<String, HttpApiConfig.Key> configured = new TreeMap<>(config.apiKeys());
    if (configured.isEmpty()) {
      return new ApiKeyStore(null, List.of()); // the API refuses every request with 401
    }
    String pepper =
        config
            .apiKeyPepper()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "qa.http.api-key-pepper is required when qa.http.api-keys are configured"
                            + " (set QA_HTTP_API_KEY_PEPPER from a secret)"));
    if (pepper.length() < 16) {
      throw new IllegalArgumentException("qa.http.api-key-pepper must be at least 16 characters");
    }
    double defaultRate = config.rateLimit().perSecond();
    int defaultBurst = config.rateLimit().burst();
    List<ApiKey> keys = new ArrayList<>();
    Map<String, String> idByHash = new TreeMap<>();
    for (var entry : configured.entrySet()) {
      String id = entry.getKey();
      HttpApiConfig.Key key = entry.getValue();
      String prefix = "qa.http.api-keys." + id + ".";
      String hash = key.hash().strip().toLowerCase(java.util.Locale.ROOT);
      if (!hash.matches("[0-9a-f]{64}")) {
        throw new IllegalArgumentException(
            prefix + "hash must be 64 hex characters (HMAC-SHA256; see ApiKeyTool)");
      }
      String other = idByHash.put(hash, id);
      if (other != null) {
        throw new IllegalArgumentException(prefix + "hash is the same as key " + other + "'s");
      }
      if (key.shopId().isBlank()) {
        throw new IllegalArgumentException(prefix + "shop-id must not be blank");
      }
      double rate = key.ratePerSecond().orElse(defaultRate);
      int burst = key.burst().orElse(defaultBurst);
      if (!(rate > 0) || burst < 1) {
        throw new IllegalArgumentException(
            prefix + "rate-per-second must be > 0 and burst at least 1 (or qa.http.rate-limit.*)");
      }
      keys.add(new ApiKey(id, key.shopId(), HexFormat.of().parseHex(hash), rate, burst));
    }
    return new ApiKeyStore(new ApiKeyHasher(pepper), keys);
  }
}
