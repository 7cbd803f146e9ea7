package com.storefront.qa.local;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.exceptionsorter.PostgreSQLExceptionSorter;
import io.agroal.api.security.NamePrincipal;
import io.quarkus.runtime.configuration.DurationConverter;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit writer's connection pool outside Quarkus, built from the review console's own {@code
 * quarkus.datasource.jdbc.*} settings (its application.properties) the way Quarkus' Agroal
 * extension applies them for PostgreSQL: pool sizes, acquisition timeout, validation on borrow and
 * in the background, idle removal, the driver properties, and PostgreSQL's exception sorter (so a
 * connection broken by a server restart is dropped, not reused). A {@code quarkus.datasource.jdbc}
 * key this class does not apply fails, so the pool cannot silently drift from the console's.
 */
final class AuditPool {
  private static final String PREFIX = "quarkus.datasource.jdbc.";
  private static final String DRIVER = PREFIX + "additional-jdbc-properties.";
  private static final Set<String> APPLIED =
      Set.of(
          "url",
          "min-size",
          "max-size",
          "acquisition-timeout",
          "validate-on-borrow",
          "background-validation-interval",
          "idle-removal-interval");

  private AuditPool() {}

  /**
   * @param console the review console's properties ({@link ServiceConfig#properties})
   * @param jdbcUrl the database to use instead of the console's default
   * @param user the database user
   */
  static AgroalDataSource create(Map<String, String> console, String jdbcUrl, String user) {
    List<String> unknown = new ArrayList<>();
    console.keySet().stream()
        .filter(k -> k.startsWith(PREFIX) && !k.startsWith(DRIVER))
        .filter(k -> !APPLIED.contains(k.substring(PREFIX.length())))
        .forEach(unknown::add);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          "the review console sets " + unknown + ", which AuditPool does not apply yet: add them");
    }
    var config =
        new AgroalDataSourceConfigurationSupplier()
            .connectionPoolConfiguration(
                cp -> {
                  cp.minSize(intValue(console, "min-size", 0))
                      .maxSize(intValue(console, "max-size", 20))
                      .acquisitionTimeout(duration(console, "acquisition-timeout", "5s"))
                      .validationTimeout(duration(console, "background-validation-interval", "2m"))
                      .reapTimeout(duration(console, "idle-removal-interval", "5m"))
                      .connectionValidator(
                          AgroalConnectionPoolConfiguration.ConnectionValidator.defaultValidator())
                      .exceptionSorter(new PostgreSQLExceptionSorter())
                      .validateOnBorrow(
                          Boolean.parseBoolean(
                              console.getOrDefault(PREFIX + "validate-on-borrow", "false")))
                      .connectionFactoryConfiguration(
                          cf -> {
                            cf.jdbcUrl(jdbcUrl).principal(new NamePrincipal(user));
                            console.forEach(
                                (k, v) -> {
                                  if (k.startsWith(DRIVER)) {
                                    cf.jdbcProperty(k.substring(DRIVER.length()), v);
                                  }
                                });
                            return cf;
                          });
                  return cp;
                });
    try {
      return AgroalDataSource.from(config);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the audit connection pool", e);
    }
  }

  private static int intValue(Map<String, String> props, String key, int def) {
    String v = props.get(PREFIX + key);
    return v == null ? def : Integer.parseInt(v.trim());
  }

  private static Duration duration(Map<String, String> props, String key, String def) {
    return new DurationConverter().convert(props.getOrDefault(PREFIX + key, def));
  }
}
