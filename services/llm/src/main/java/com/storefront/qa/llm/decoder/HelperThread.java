package com.storefront.qa.llm.decoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * One helper thread that takes at most one offered task at a time, with stealing: the offering
 * thread takes the task back if the helper has not started it by the time the offerer needs it.
 *
 * <p>Neither side busy-waits: an idle helper parks until {@link #offer} unparks it, and an offerer
 * whose task the helper is running parks until the helper unparks it. An earlier version spun for
 * 500 µs after each task (and the offerer for 200 µs) to save the tens of microseconds a wake-up
 * costs; on a shared host that spinning took CPU time another process needed, and with work split
 * into claimed chunks a helper that wakes late costs one chunk, not half the projection, because
 * the offerer keeps claiming chunks meanwhile and steals the task if the helper never started.
 *
 * <p>A helper may be given a short spin window ({@code spinAfterTask}): after finishing a task it
 * watches for the next offer that long before it parks. Only the int8 projections use one: their
 * work comes in many chunks of tens of microseconds, and a parked thread took longer than that to
 * wake on the development VM, so the offerer did most of each projection alone and then waited. The
 * window is bounded and starts only after real work: an idle engine never spins, and between
 * forward passes the helper parks again.
 */
final class HelperThread implements AutoCloseable {

  private final AtomicReference<Task<?>> offered = new AtomicReference<>();
  private final Thread thread;
  private final long spinNanos;
  private volatile boolean closed;

  /** A helper that parks as soon as it has nothing to do. */
  HelperThread(String name) {
    this(name, Duration.ZERO);
  }

  /**
   * @param spinAfterTask how long a helper that just finished a task watches for the next offer
   *     before it parks (zero: parks at once)
   */
  HelperThread(String name, Duration spinAfterTask) {
    spinNanos = spinAfterTask.toNanos();
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
    while (!closed) {
      Task<?> task = offered.getAndSet(null);
      if (task != null) {
        task.runByHelper();
        awaitNextOffer();
      } else {
        LockSupport.park(this); // offer() unparks; a permit given before this returns at once
      }
    }
  }

  /** Spins (with {@link Thread#onSpinWait}) until an offer arrives or the window is over. */
  private void awaitNextOffer() {
    if (spinNanos <= 0) {
      return;
    }
    long until = System.nanoTime() + spinNanos;
    while (offered.get() == null && !closed && System.nanoTime() - until < 0) {
      Thread.onSpinWait();
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
      while (state.get() != DONE) {
        LockSupport.park(this); // the helper unparks this owner after setting DONE
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
