package com.storefront.qa.review.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Console accounts in PostgreSQL ({@code console_users}, {@code console_grants}). Passwords are
 * stored as bcrypt hashes only; failed logins are counted in the database so a lock-out holds
 * across replicas.
 */
@ApplicationScoped
public class UserStore {
  /** bcrypt cost; about 50-100 ms per check on one core here. */
  static final int BCRYPT_COST = 10;

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{1,64}");

  /** Shortest password accepted for a new account. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  @Inject DataSource dataSource;

  /** The account, or empty. */
  public Optional<StaffUser> find(String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select password_hash, enabled, failed_logins, locked_until from console_users"
                    + " where username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Timestamp locked = rs.getTimestamp(4);
        return Optional.of(
            new StaffUser(
                username,
                rs.getString(1),
                rs.getBoolean(2),
                rs.getInt(3),
                locked == null ? null : locked.toInstant(),
                grants(c, username)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read console user: " + e.getMessage(), e);
    }
  }

  private static Grants grants(Connection c, String username) throws SQLException {
    Map<String, Role> byShop = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("select shop_id, role from console_grants where username = ?")) {
      ps.setString(1, username);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byShop.put(rs.getString(1), Role.of(rs.getString(2)));
        }
      }
    }
    return new Grants(byShop);
  }

  /**
   * Counts a failed login; the {@code maxFailures}-th in a row locks the account for {@code
   * lockFor}. One statement, so concurrent attempts on two replicas cannot both slip through.
   *
   * @return whether the account is now locked
   */
  public boolean recordFailure(String username, int maxFailures, Duration lockFor) {
    String sql =
        "update console_users set failed_logins = failed_logins + 1,"
            + " locked_until = case when failed_logins + 1 >= ? then now() + ? * interval '1"
            + " millisecond' else locked_until end where username = ? returning locked_until";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setInt(1, maxFailures);
      ps.setLong(2, lockFor.toMillis());
      ps.setString(3, username);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            && rs.getTimestamp(1) != null
            && rs.getTimestamp(1).after(new Timestamp(System.currentTimeMillis()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record a failed login: " + e.getMessage(), e);
    }
  }

  /** A successful login: the failure count starts again. */
  public void recordSuccess(String username) {
    update(
        "update console_users set failed_logins = 0, locked_until = null, last_login_at = now()"
            + " where username = ?",
        username);
  }

  /** Lifts a lock-out (an admin action). */
  public void unlock(String username) {
    update(
        "update console_users set failed_logins = 0, locked_until = null where username = ?",
        username);
  }

  /**
   * Creates an account with a bcrypt hash of {@code password} and its grants.
   *
   * @throws IllegalArgumentException for a bad name, a short password or an existing account
   */
  public void create(String username, String password, Grants grants) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username must be 1-64 of A-Z a-z 0-9 . _ @ + - (got " + username + ")");
    }
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "password must be at least " + MIN_PASSWORD_LENGTH + " characters");
    }
    String hash = BcryptUtil.bcryptHash(password, BCRYPT_COST);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into console_users (username, password_hash) values (?, ?)"
                  + " on conflict do nothing")) {
        ps.setString(1, username);
        ps.setString(2, hash);
        if (ps.executeUpdate() == 0) {
          c.rollback();
          throw new IllegalArgumentException("user " + username + " exists already");
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into console_grants (username, shop_id, role) values (?, ?, ?)")) {
        for (var g : grants.byShop().entrySet()) {
          ps.setString(1, username);
          ps.setString(2, g.getKey());
          ps.setString(3, g.getValue().roleName());
          ps.addBatch();
        }
        ps.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create console user: " + e.getMessage(), e);
    }
  }

  /** Number of accounts. */
  public long count() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("select count(*) from console_users");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count console users: " + e.getMessage(), e);
    }
  }

  private void update(String sql, String username) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, username);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot update console user: " + e.getMessage(), e);
    }
  }

  /** Whether {@code password} matches the stored bcrypt hash. */
  static boolean matches(String password, String hash) {
    return BcryptUtil.matches(password, hash);
  }
}
