package com.storefront.qa.worker;

import com.storefront.qa.worker.backend.BackendReply;
import com.storefront.qa.worker.backend.Generation;
import java.time.Clock;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Starts attempts on backends and hands their outcomes back to the loop thread. Backends complete
 * on their own threads (the engine's scheduler, an HTTP event loop); the outcomes wait in a queue
 * until the loop takes them, so everything else stays single-threaded.
 */
final class Dispatcher {
  /** One finished attempt: a reply, or the error it failed with. */
  record Done(long ticket, int generation, BackendReply reply, Throwable error) {}

  private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
  private final Clock clock;

  Dispatcher(Clock clock) {
    this.clock = clock;
  }

  /** Starts a new attempt of {@code f} on its current backend. */
  void submit(InFlight f) {
    f.attempts++;
    f.generation++;
    f.submittedAt = clock.instant();
    f.retryAt = null;
    final long ticket = f.ticket;
    final int generation = f.generation;
    try {
      Generation g = f.backend().start(f.work);
      f.attempt = g;
      g.reply().whenComplete((r, t) -> done.add(new Done(ticket, generation, r, t)));
    } catch (RuntimeException e) {
      f.attempt = null;
      done.add(new Done(ticket, generation, null, e));
    }
  }

  /** The next finished attempt, or null. */
  Done poll() {
    return done.poll();
  }
}
