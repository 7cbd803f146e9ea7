package com.storefront.qa.audit;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a database failure is transient (the database is unreachable, restarting, or the
 * transaction lost a race: retry the whole batch later) or caused by the data (write the record to
 * audit_rejects instead).
 */
public final class ErrorClassifier {
  /** SQLStates that mean "try again": admin/crash shutdown, cannot connect now, races. */
  private static final Set<String> RETRIABLE_STATES =
      Set.of(
          "57P01", // admin_shutdown
          "57P02", // crash_shutdown
          "57P03", // cannot_connect_now (starting up, in recovery)
          "57P05", // idle_session_timeout
          "40001", // serialization_failure
          "40P01", // deadlock_detected
          "55P03", // lock_not_available
          "57014", // query_canceled (statement timeout)
          "25P03"); // idle_in_transaction_session_timeout

  private ErrorClassifier() {}

  /** True when retrying the same batch later can succeed without changing the data. */
  public static boolean isRetriable(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConnectException
          || t instanceof NoRouteToHostException
          || t instanceof UnknownHostException
          || t instanceof SocketTimeoutException
          || t instanceof SocketException
          || t instanceof SQLTransientException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null) {
          if (state.startsWith("08") // connection exceptions
              || state.startsWith("53") // insufficient resources (disk full, too many conns)
              || RETRIABLE_STATES.contains(state)) {
            return true;
          }
        }
        if (isPoolTimeout(sql.getMessage())) {
          return true;
        }
        SQLException next = sql.getNextException();
        if (next != null && next != sql && isRetriable(next)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Agroal (and most pools) report an exhausted or unreachable pool without a SQLState. */
  private static boolean isPoolTimeout(String message) {
    if (message == null) {
      return false;
    }
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("acquisition timeout")
        || m.contains("connection is closed")
        || m.contains("this connection has been closed")
        || m.contains("unable to acquire")
        || m.contains("connection attempt failed");
  }
}
