package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorClassifierTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"08001", "08006", "08003", "57P01", "57P02", "57P03", "40001", "40P01", "53300"})
  void transientSqlStatesAreRetriable(String state) {
    assertThat(ErrorClassifier.isRetriable(new SQLException("x", state))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"23505", "22P02", "22008", "42P01", "22021"})
  void dataAndSchemaErrorsAreNot(String state) {
    assertThat(ErrorClassifier.isRetriable(new SQLException("x", state))).isFalse();
  }

  @Test
  void causesAndNextExceptionsAreFollowed() {
    assertThat(
            ErrorClassifier.isRetriable(
                new RuntimeException(new SQLException("wrapped", null, new ConnectException()))))
        .isTrue();
    BatchUpdateException batch = new BatchUpdateException("batch", "", new int[0]);
    batch.setNextException(new SQLException("terminating connection", "57P01"));
    assertThat(ErrorClassifier.isRetriable(batch)).isTrue();
    assertThat(ErrorClassifier.isRetriable(new SQLTransientConnectionException("pool"))).isTrue();
    assertThat(ErrorClassifier.isRetriable(new SQLException("Sorry, acquisition timeout!")))
        .isTrue();
  }
}
