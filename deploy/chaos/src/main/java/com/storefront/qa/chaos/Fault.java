package com.storefront.qa.chaos;

/**
 * One injected fault: what, on whom, from when the harness broke something to when it saw the
 * system whole again (the restarted process ready, the line healed).
 */
record Fault(Kind kind, String target, long startMillis, long endMillis) {
  /** The kinds of fault of the chaos run, one per way production loses a part. */
  enum Kind {
    KILL_BROKER,
    KILL_ORCHESTRATOR,
    KILL_WORKER,
    KILL_AUDIT,
    PAUSE_PROCESS,
    STOP_POSTGRES,
    CUT_NETWORK
  }

  boolean covers(long millis, long graceMillis) {
    return millis >= startMillis && millis <= endMillis + graceMillis;
  }
}
