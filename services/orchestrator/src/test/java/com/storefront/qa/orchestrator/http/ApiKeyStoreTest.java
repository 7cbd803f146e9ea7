package com.storefront.qa.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storefront.qa.orchestrator.http.auth.ApiKey;
import com.storefront.qa.orchestrator.http.auth.ApiKeyHasher;
import com.storefront.qa.orchestrator.http.auth.ApiKeyStore;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyStoreTest {
  private static final String PEPPER = "pepper-for-unit-tests";
  private final ApiKeyHasher hasher = new ApiKeyHasher(PEPPER);

  private ApiKey stored(String id, String shop, String key) {
    return new ApiKey(id, shop, hasher.hash(key), 10, 10);
  }

  @Test
  void findsTheKeyByItsHashAndNeverByAnythingElse() {
    String a = ApiKeyHasher.newKey();
    String b = ApiKeyHasher.newKey();
    ApiKeyStore store =
        new ApiKeyStore(hasher, List.of(stored("a-1", "shop-a", a), stored("b-1", "shop-b", b)));
    assertThat(store.authenticate(a)).hasValueSatisfying(k -> assertThat(k.id()).isEqualTo("a-1"));
    assertThat(store.authenticate(b).orElseThrow().shopId()).isEqualTo("shop-b");
    assertThat(store.authenticate(a + "x")).isEmpty();
    assertThat(store.authenticate("")).isEmpty();
    assertThat(store.authenticate(null)).isEmpty();
    // The stored hash itself is not a key.
    assertThat(store.authenticate(hasher.hashHex(a))).isEmpty();
  }

  @Test
  void rotationIsTwoActiveKeysForOneShop() {
    String old = ApiKeyHasher.newKey();
    String rotated = ApiKeyHasher.newKey();
    ApiKeyStore both =
        new ApiKeyStore(
            hasher, List.of(stored("a-2025", "shop-a", old), stored("a-2026", "shop-a", rotated)));
    assertThat(both.authenticate(old).orElseThrow().id()).isEqualTo("a-2025");
    assertThat(both.authenticate(rotated).orElseThrow().id()).isEqualTo("a-2026");
    ApiKeyStore afterRotation =
        new ApiKeyStore(hasher, List.of(stored("a-2026", "shop-a", rotated)));
    assertThat(afterRotation.authenticate(old)).isEmpty();
    assertThat(afterRotation.authenticate(rotated)).isPresent();
  }

  @Test
  void theHashDependsOnThePepperAndMatchesOpensslHmac() {
    // printf %s 'sfqa_test' | openssl dgst -sha256 -hmac 'pepper-for-unit-tests'
    assertThat(hasher.hashHex("sfqa_test"))
        .isEqualTo("08de73a41d493d2488e4ce37587cc20b93dcb407b20cd56fa5717fa031e1128d");
    assertThat(new ApiKeyHasher("another-pepper-value").hashHex("sfqa_test"))
        .isNotEqualTo(hasher.hashHex("sfqa_test"));
    assertThat(ApiKeyHasher.newKey()).startsWith("sfqa_").hasSize(5 + 43);
  }

  @Test
  void aShortPepperIsRefusedAndToStringShowsNoHash() {
    assertThatThrownBy(() -> new ApiKeyHasher("short")).hasMessageContaining("16 characters");
    ApiKey key = stored("a-1", "shop-a", "sfqa_x");
    assertThat(key.toString()).isEqualTo("ApiKey[id=a-1, shopId=shop-a]");
  }
}
