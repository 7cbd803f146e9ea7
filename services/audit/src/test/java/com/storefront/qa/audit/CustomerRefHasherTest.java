package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class CustomerRefHasherTest {

  @Test
  void theHashIsHmacSha256UnderTheKeyAsBase64UrlBehindTheKeyId() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(TestKeys.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(mac.doFinal("cust-42".getBytes(StandardCharsets.UTF_8)));

    assertThat(TestKeys.hasher().hash("cust-42")).isEqualTo("t1:" + expected);
    assertThat(TestKeys.hasher().hash(null)).isNull();
  }

  @Test
  void anotherKeyGivesAnotherHash() {
    CustomerRefHasher rotated = CustomerRefHasher.create("t2", TestKeys.SECRET + "-rotated");
    assertThat(rotated.hash("cust-42"))
        .startsWith("t2:")
        .isNotEqualTo(TestKeys.hasher().hash("cust-42"));
  }

  @Test
  void aMissingKeyFailsNamingTheKey() {
    assertThatThrownBy(() -> CustomerRefHasher.create("k1", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qa.audit.customer-ref-key is required");
    assertThatThrownBy(() -> CustomerRefHasher.create("k1", "  "))
        .hasMessageContaining("qa.audit.customer-ref-key is required");
  }

  @Test
  void aShortKeyFailsWithoutShowingIt() {
    String shortKey = "only-thirty-one-bytes-long-key!";
    assertThatThrownBy(() -> CustomerRefHasher.create("k1", shortKey))
        .hasMessageContaining("qa.audit.customer-ref-key must be at least 32 bytes (got 31")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(shortKey));
  }

  @Test
  void aBadKeyIdFailsNamingItsKey() {
    assertThatThrownBy(() -> CustomerRefHasher.create("k:1", TestKeys.SECRET))
        .hasMessageContaining("qa.audit.customer-ref-key-id must be 1-16 of");
  }

  @Test
  void toStringNeverShowsTheKey() {
    assertThat(TestKeys.hasher().toString())
        .isEqualTo("CustomerRefHasher[keyId=t1]")
        .doesNotContain(TestKeys.SECRET);
  }
}
