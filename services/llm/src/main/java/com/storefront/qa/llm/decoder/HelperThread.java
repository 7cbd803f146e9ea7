package com.storefront.qa.llm.decoder;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One helper thread that takes at most one offered task at a time, with stealing: the offering
 * thread takes the task back if the helper has not started it by the time the offerer needs it.
 *
 * <p>Why not an {@code ExecutorService}: a parked pool thread takes tens of microseconds to wake, a
 * large share of a 250 µs half-projection, so the helper often started too late to help. This
 * helper spins for a short while after each task ({@link #IDLE_SPIN_NANOS}), which keeps it awake
 * between the projections of one decode step, and parks only when the engine goes quiet.
 */
final class HelperThread implements AutoCloseable {
  /** How long an idle helper keeps polling before it parks: longer than the gaps within a step. */
  private static final long IDLE_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(500);

  /**
   * How long a waiting offerer spins before it parks (the helper's half is usually nearly done).
   */
  private static final long AWAIT_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(200);

  private final AtomicReference<Task<?>> offered = new AtomicReference<>();
  private final Thread thread;
  private volatile boolean closed;

  HelperThread(String name) {
    thread = new Thread(this::loop, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Offers {@code work}; call {@link Task#join} on the result when the value is needed. */
  <T> Task<T> offer(Supplier<T> work) {
    Task<T> task = new Task<>(work, Thread.currentThread());
    offered.set(task);
    LockSupport.unpark(thread);
    return task;
  }

  private void loop() {
    long idleSince = System.nanoTime();
    while (!closed) {
      Task<?> task = offered.getAndSet(null);
      if (task != null) {
        task.runByHelper();
        idleSince = System.nanoTime();
      } else if (System.nanoTime() - idleSince < IDLE_SPIN_NANOS) {
        Thread.onSpinWait();
      } else {
        LockSupport.park(this);
        idleSince = System.nanoTime();
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    LockSupport.unpark(thread);
  }

  /** A unit of offered work: run once, by the helper or (stolen) by the offerer. */
  static final class Task<T> {
    private static final int NEW = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;

    private final Supplier<T> work;
    private final Thread owner;
    private final AtomicInteger state = new AtomicInteger(NEW);
    private T value;
    private Throwable failure;

    private Task(Supplier<T> work, Thread owner) {
      this.work = work;
      this.owner = owner;
    }

    private void runByHelper() {
      if (!state.compareAndSet(NEW, RUNNING)) {
        return; // stolen
      }
      try {
        value = work.get();
      } catch (RuntimeException | Error e) { // handed to the offerer; the helper lives on
        failure = e;
      }
      state.set(DONE); // publishes value/failure
      LockSupport.unpark(owner);
    }

    /**
     * The task's value: runs it on this thread if the helper has not started it, otherwise waits
     * for the helper.
     */
    T join() {
      if (state.compareAndSet(NEW, RUNNING)) {
        return work.get();
      }
      long spinStart = System.nanoTime();
      while (state.get() != DONE) {
        if (System.nanoTime() - spinStart < AWAIT_SPIN_NANOS) {
          Thread.onSpinWait();
        } else {
          LockSupport.parkNanos(this, 50_000);
        }
      }
      if (failure instanceof RuntimeException e) {
        throw e;
      } else if (failure instanceof Error e) {
        throw e;
      }
      return value;
    }
  }
}
