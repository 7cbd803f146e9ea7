package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackDataTest {
  @TempDir Path work;

  void earlierRun(boolean kafka, boolean pg) throws Exception {
    Files.createDirectories(work.resolve("kafka/kraft"));
    Files.createDirectories(work.resolve("pg"));
    Files.createDirectories(work.resolve("orchestrator-state/0_1"));
    CustomerRefKey.get(work.resolve(StackData.CUSTOMER_REF_KEY));
    if (kafka) {
      Files.writeString(work.resolve("kafka/kraft/meta.properties"), "cluster.id=x\n");
    }
    if (pg) {
      Files.writeString(work.resolve("pg/PG_VERSION"), "17\n");
    }
  }

  @Test
  void keepsBothStoresOfAnEarlierRun() throws Exception {
    earlierRun(true, true);
    StackData.Decision d = new StackData(work).prepare(false);
    assertThat(d.kept()).isTrue();
    assertThat(work.resolve("kafka/kraft/meta.properties")).exists();
    assertThat(work.resolve("pg/PG_VERSION")).exists();
    assertThat(work.resolve("orchestrator-state/0_1")).exists();
  }

  @Test
  void freshWipesEverything() throws Exception {
    earlierRun(true, true);
    StackData.Decision d = new StackData(work).prepare(true);
    assertThat(d.kept()).isFalse();
    assertThat(d.why()).contains("--fresh");
    assertThat(work.resolve("kafka")).doesNotExist();
    assertThat(work.resolve("pg")).doesNotExist();
    assertThat(work.resolve("orchestrator-state")).doesNotExist();
    assertThat(work.resolve(StackData.CUSTOMER_REF_KEY)).doesNotExist();
  }

  @Test
  void customerRefKeyIsMadeOnceOwnerOnlyAndKeptWithTheData() throws Exception {
    Path file = work.resolve(StackData.CUSTOMER_REF_KEY);
    String key = CustomerRefKey.get(file);
    assertThat(java.util.Base64.getDecoder().decode(key)).hasSize(32);
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(CustomerRefKey.get(file)).isEqualTo(key);
    earlierRun(true, true);
    new StackData(work).prepare(false);
    assertThat(CustomerRefKey.get(file)).isEqualTo(key);
  }

  @Test
  void halfAnEarlierRunStartsEmptySoTheAuditMatchesTheLog() throws Exception {
    earlierRun(true, false);
    StackData.Decision d = new StackData(work).prepare(false);
    assertThat(d.kept()).isFalse();
    assertThat(d.why()).contains("broker data but no PostgreSQL data");
    assertThat(work.resolve("kafka")).doesNotExist();
  }
}
