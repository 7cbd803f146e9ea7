package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoReviewerTest {

  @Test
  void aPasswordOnlyOnTheFirstStartAndNeverStored(@TempDir Path work) throws Exception {
    DemoReviewer first = DemoReviewer.prepare(work);
    assertThat(first.username()).isEqualTo("demo");
    String password = first.password().orElseThrow();
    // The console needs at least 12 characters; 18 random bytes give 24.
    assertThat(password).hasSize(24).matches("[A-Za-z0-9_-]+");
    assertThat(first.bannerLine("http://127.0.0.1:8082/"))
        .contains("http://127.0.0.1:8082/", "user demo", "password " + password, "shown once");

    DemoReviewer again = DemoReviewer.prepare(work);
    assertThat(again.password()).isEmpty();
    assertThat(again.bannerLine("http://127.0.0.1:8082/"))
        .contains("--fresh")
        .doesNotContain(password);
    try (var files = Files.walk(work)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).doesNotContain(password);
      }
    }
    assertThat(DemoReviewer.prepare(work).password()).isEmpty();
  }

  @Test
  void twoWorkDirsGetDifferentPasswords(@TempDir Path a, @TempDir Path b) throws Exception {
    assertThat(DemoReviewer.prepare(a).password()).isNotEqualTo(DemoReviewer.prepare(b).password());
  }
}
