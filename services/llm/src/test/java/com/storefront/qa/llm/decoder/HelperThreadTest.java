package com.storefront.qa.llm.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The hand-off behind {@link SplitLinear}: every task runs exactly once, on either thread. */
class HelperThreadTest {

  @Test
  void helperRunsAnOfferedTaskWhileTheOffererWorks() throws Exception {
    try (HelperThread helper = new HelperThread("test-helper")) {
      CountDownLatch started = new CountDownLatch(1);
      HelperThread.Task<String> task =
          helper.offer(
              () -> {
                started.countDown();
                return Thread.currentThread().getName();
              });
      // the offerer "works" until the helper has picked the task up, so join cannot steal it
      assertEquals(true, started.await(10, TimeUnit.SECONDS));
      assertEquals("test-helper", task.join());
    }
  }

  @Test
  void offererStealsATaskTheBusyHelperHasNotStarted() throws Exception {
    try (HelperThread helper = new HelperThread("test-helper")) {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch busy = new CountDownLatch(1);
      HelperThread.Task<String> blocker =
          helper.offer(
              () -> {
                busy.countDown();
                awaitQuietly(release);
                return "blocker";
              });
      busy.await(10, TimeUnit.SECONDS);
      HelperThread.Task<String> second = helper.offer(() -> Thread.currentThread().getName());
      assertEquals(Thread.currentThread().getName(), second.join(), "stolen by the offerer");
      release.countDown();
      assertEquals("blocker", blocker.join());
    }
  }

  @Test
  void everyTaskRunsExactlyOnceAcrossManyHandOffs() {
    AtomicInteger runs = new AtomicInteger();
    AtomicInteger byHelper = new AtomicInteger();
    String me = Thread.currentThread().getName();
    try (HelperThread helper = new HelperThread("test-helper")) {
      for (int i = 0; i < 20_000; i++) {
        int expected = i;
        HelperThread.Task<Integer> t =
            helper.offer(
                () -> {
                  runs.incrementAndGet();
                  if (!Thread.currentThread().getName().equals(me)) {
                    byHelper.incrementAndGet();
                  }
                  return expected;
                });
        if (i % 100 == 0) {
          // the offerer's own share of the work: time for the parked helper to wake up and take
          // the task (an offerer that joins at once steals every task from a parked helper)
          LockSupport.parkNanos(2_000_000);
        }
        assertEquals(expected, t.join());
      }
    }
    assertEquals(20_000, runs.get());
    assertNotEquals(0, byHelper.get(), "the helper should take some of the work");
  }

  @Test
  void aFailureOnTheHelperIsRethrownByJoin() throws Exception {
    IllegalStateException boom = new IllegalStateException("boom");
    try (HelperThread helper = new HelperThread("test-helper")) {
      CountDownLatch started = new CountDownLatch(1);
      HelperThread.Task<Object> task =
          helper.offer(
              () -> {
                started.countDown();
                throw boom;
              });
      started.await(10, TimeUnit.SECONDS);
      assertSame(boom, assertThrows(IllegalStateException.class, task::join));
    }
  }

  @Test
  void aSpinningHelperRunsEveryTaskAndParksAfterItsWindow() throws Exception {
    try (HelperThread helper = new HelperThread("spin-helper", Duration.ofMillis(50))) {
      AtomicInteger runs = new AtomicInteger();
      for (int i = 0; i < 200; i++) {
        int expected = i;
        HelperThread.Task<Integer> task =
            helper.offer(
                () -> {
                  runs.incrementAndGet();
                  return expected;
                });
        assertEquals(expected, task.join());
      }
      assertEquals(200, runs.get());
      // the window is 50 ms: well within 10 s the helper must be parked (WAITING), not spinning
      Thread thread = threadNamed("spin-helper");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (thread.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertEquals(Thread.State.WAITING, thread.getState());
    }
  }

  private static Thread threadNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
