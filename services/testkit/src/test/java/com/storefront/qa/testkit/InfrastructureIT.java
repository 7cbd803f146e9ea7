package com.storefront.qa.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storefront.qa.contracts.Topics;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

class InfrastructureIT {

  @Test
  void brokerStartsAndCreatesEveryTopic() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start()) {
      broker.createSystemTopics(2);
      Properties props = broker.clientProperties();
      try (Admin admin = Admin.create(props)) {
        assertThat(admin.listTopics().names().get()).containsAll(Topics.ALL);
      }
    }
  }

  @Test
  void postgresSurvivesAStopAndStartWithItsData() throws Exception {
    try (Postgres pg = Postgres.start()) {
      try (Connection c = pg.connect()) {
        c.createStatement().execute("create table t(x int); insert into t values (42)");
      }
      pg.stop();
      assertThatThrownBy(pg::connect).isInstanceOf(IllegalStateException.class);
      pg.startServer();
      try (Connection c = pg.connect();
          ResultSet rs = c.createStatement().executeQuery("select x from t")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).isEqualTo(42);
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }
}
