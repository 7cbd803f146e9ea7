package com.storefront.qa.local;

/** Words for a child process's exit status, as the launcher prints them. */
final class ExitStatus {
  private ExitStatus() {}

  /**
   * For example {@code "status 137 (killed by signal 9, SIGKILL)"}. On Linux, Java reports a
   * process killed by signal N as exit status 128 + N.
   */
  static String describe(int status) {
    if (status > 128 && status < 128 + 65) {
      int signal = status - 128;
      String name = signalName(signal);
      return "status %d (killed by signal %d%s)"
          .formatted(status, signal, name == null ? "" : ", " + name);
    }
    return "status " + status;
  }

  private static String signalName(int signal) {
    return switch (signal) {
      case 1 -> "SIGHUP";
      case 2 -> "SIGINT";
      case 3 -> "SIGQUIT";
      case 4 -> "SIGILL";
      case 6 -> "SIGABRT";
      case 7 -> "SIGBUS";
      case 8 -> "SIGFPE";
      case 9 -> "SIGKILL: kill -9, or the kernel's out-of-memory killer";
      case 11 -> "SIGSEGV";
      case 13 -> "SIGPIPE";
      case 15 -> "SIGTERM";
      default -> null;
    };
  }
}
