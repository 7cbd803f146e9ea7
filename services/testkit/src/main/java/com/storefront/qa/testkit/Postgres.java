package com.storefront.qa.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server (binaries from Maven) on 127.0.0.1 that can be stopped and started again
 * on the same port and data directory, so tests can take the database away mid-run.
 */
public final class Postgres implements AutoCloseable {
  /** The superuser zonky creates; the password is not checked on loopback (trust auth). */
  public static final String USER = "postgres";

  public static final String DATABASE = "postgres";

  private final Path dataDir;
  private final int port;
  private EmbeddedPostgres server;

  private Postgres(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
  }

  /** Starts a server on a free port with a fresh temporary data directory. */
  public static Postgres start() {
    try {
      return start(Files.createTempDirectory("qa-pg"), freePort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a server on {@code port} with data in {@code dataDir} (kept if it exists). */
  public static Postgres start(Path dataDir, int port) {
    Postgres pg = new Postgres(dataDir, port);
    pg.startServer();
    return pg;
  }

  /** (Re)starts the server; the data directory survives a {@link #stop()}. */
  public synchronized void startServer() {
    if (server != null) {
      return;
    }
    try {
      server =
          EmbeddedPostgres.builder()
              .setPort(port)
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start PostgreSQL on port " + port, e);
    }
  }

  /** Stops the server (a fast shutdown); clients see connection errors until it starts again. */
  public synchronized void stop() {
    if (server == null) {
      return;
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop PostgreSQL", e);
    } finally {
      server = null;
    }
  }

  /** The JDBC URL of the default database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  /** A plain connection; the caller closes it. */
  public Connection connect() throws SQLException {
    return dataSource().getConnection();
  }

  /** A data source for the running server. */
  public synchronized DataSource dataSource() {
    if (server == null) {
      throw new IllegalStateException("PostgreSQL is stopped");
    }
    return server.getPostgresDatabase();
  }

  @Override
  public void close() {
    stop();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
