package com.storefront.qa.chaos;

import java.io.IOException;

/** Sends POSIX signals with {@code kill}: Java can destroy a process but not pause it. */
final class Signals {
  private Signals() {}

  /** SIGKILL: no shutdown hook runs, nothing is flushed, as when a node loses power. */
  static void kill(long pid) {
    send("KILL", pid);
  }

  /** SIGSTOP: the process freezes (no heartbeats) until {@link #resume}. */
  static void pause(long pid) {
    send("STOP", pid);
  }

  /** SIGCONT. */
  static void resume(long pid) {
    send("CONT", pid);
  }

  private static void send(String signal, long pid) {
    try {
      int rc = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start().waitFor();
      if (rc != 0) {
        throw new IllegalStateException("kill -" + signal + " " + pid + " exited with " + rc);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not run kill -" + signal + " " + pid, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending SIG" + signal, e);
    }
  }
}
