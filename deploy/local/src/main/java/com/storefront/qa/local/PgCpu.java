package com.storefront.qa.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time of the PostgreSQL server (postmaster and its backends), read from /proc: the audit's
 * cost on the database side, which the JVM's own CPU time does not include but which takes the same
 * two cores. Linux only; -1 where /proc is not readable.
 */
final class PgCpu {
  private static final double TICK_MS = 10.0; // USER_HZ is 100 on Linux

  private final Path dataDir;

  /**
   * @param dataDir the server's data directory (its postmaster.pid names the server process)
   */
  PgCpu(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** CPU milliseconds of the server and its live and exited children, or -1. */
  double millis() {
    try {
      long pid =
          Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
      long ticks = ticks(pid, true);
      try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
        for (Path p : procs.filter(PgCpu::isPid).toList()) {
          long child = Long.parseLong(p.getFileName().toString());
          if (child != pid && parent(child) == pid) {
            ticks += ticks(child, false);
          }
        }
      }
      return ticks * TICK_MS;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static boolean isPid(Path p) {
    String n = p.getFileName().toString();
    return !n.isEmpty() && n.chars().allMatch(Character::isDigit);
  }

  /** Fields after the command name of /proc/PID/stat (the name may hold spaces). */
  private static String[] stat(long pid) throws IOException {
    String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    return s.substring(s.lastIndexOf(')') + 2).split(" ");
  }

  private static long parent(long pid) {
    try {
      return Long.parseLong(stat(pid)[1]);
    } catch (IOException | RuntimeException e) {
      return -1; // gone meanwhile
    }
  }

  private static long ticks(long pid, boolean withExitedChildren) throws IOException {
    String[] f = stat(pid);
    // utime, stime, cutime, cstime are fields 14-17 of stat; f[0] is field 3 (state).
    long t = Long.parseLong(f[11]) + Long.parseLong(f[12]);
    return withExitedChildren ? t + Long.parseLong(f[13]) + Long.parseLong(f[14]) : t;
  }
}
