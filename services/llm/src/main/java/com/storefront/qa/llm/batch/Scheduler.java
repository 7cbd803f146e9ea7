package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.EngineStats;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.decoder.DecoderForward;
import com.storefront.qa.llm.decoder.KvCache;
import com.storefront.qa.llm.decoder.LoadedModel;
import com.storefront.qa.llm.tokenizer.IncrementalDecoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * Continuous batching on one thread. Between passes it admits queued sequences (earliest deadline
 * first) while the batch and the token budget allow; each pass ({@link ActiveBatch#step}) then
 * advances every decoding sequence by one token and prefills admitted prompts in chunks alongside.
 * Finished sequences leave at once and their slot is refilled by moving the highest slot into it,
 * so active slots stay 0..B-1.
 */
final class Scheduler implements AutoCloseable {
  /**
   * Prompt tokens per pass ({@code -Dllm.prefillChunkTokens}): large enough that the projections
   * run as GEMMs, small enough that decoding sequences wait at most one such pass for their next
   * token while a burst is prefilled.
   */
  static final int CHUNK_TOKENS = Integer.getInteger("llm.prefillChunkTokens", 256);

  private final LoadedModel model;
  private final EngineOptions options;
  private final KvCache cache;
  private final LinkedBlockingQueue<Sequence> inbox = new LinkedBlockingQueue<>();
  private final PriorityQueue<Sequence> queue =
      new PriorityQueue<>(
          Comparator.comparing((Sequence s) -> s.deadline == null ? Instant.MAX : s.deadline)
              .thenComparingLong(s -> s.order));
  private final EngineCounters counters = new EngineCounters();
  private final ActiveBatch batch;
  private final Thread thread;
  private volatile boolean running = true;

  Scheduler(LoadedModel model, EngineOptions options) {
    if (CHUNK_TOKENS < 1) {
      throw new IllegalArgumentException("llm.prefillChunkTokens must be positive");
    }
    this.model = model;
    this.options = options;
    DecoderForward forward = model.forward();
    this.cache = forward.newCache(options.maxBatch());
    this.batch =
        new ActiveBatch(
            forward, cache, new HashSet<>(model.defaults().eosTokenIds()), CHUNK_TOKENS, counters);
    this.thread = new Thread(this::loop, "llm-scheduler");
    thread.setDaemon(true);
    thread.start();
  }

  void enqueue(Sequence s) {
    if (!running) {
      s.future.completeExceptionally(new IllegalStateException("generator is closed"));
      return;
    }
    inbox.add(s);
  }

  /** Test hook: receives each finished request's generated token ids. */
  void onFinish(BiConsumer<String, int[]> hook) {
    batch.onFinish = hook;
  }

  EngineStats stats() {
    return counters.snapshot(inbox.size());
  }

  private void loop() {
    while (running) {
      try {
        if (batch.isEmpty() && queue.isEmpty()) {
          Sequence s = inbox.poll(50, TimeUnit.MILLISECONDS);
          if (s != null) {
            queue.add(s);
          }
        }
        inbox.drainTo(queue);
        dropCancelled();
        admit();
        if (!batch.isEmpty()) {
          batch.step();
        }
        counters.publish(queue.size(), batch.sequences());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        // A failed batched step: end every active sequence with ERROR, keep serving new ones.
        for (Sequence s : new ArrayList<>(batch.sequences())) {
          batch.finish(s, FinishReason.ERROR);
        }
      }
    }
  }

  /**
   * Sequences whose future the caller cancelled leave the queue, or the batch (freeing their slot
   * and budget), before the next step.
   */
  private void dropCancelled() {
    queue.removeIf(s -> s.future.isCancelled());
    for (Sequence s : new ArrayList<>(batch.sequences())) {
      if (s.future.isCancelled()) {
        batch.release(s);
      }
    }
  }

  /** Admits by deadline while slots and the token budget allow; expired ones end DEADLINE. */
  private void admit() {
    Instant now = Instant.now();
    while (!queue.isEmpty() && !batch.isFull()) {
      Sequence s = queue.peek();
      if (s.pastDeadline(now)) {
        queue.poll();
        s.complete("", FinishReason.DEADLINE);
        continue;
      }
      int room = model.config().maxPositions() - s.prompt.length;
      if (room < 1 || s.prompt.length + 1 > options.maxCachedTokens()) {
        queue.poll();
        s.future.completeExceptionally(
            new IllegalArgumentException(
                "prompt of "
                    + s.prompt.length
                    + " tokens exceeds the context ("
                    + model.config().maxPositions()
                    + ") or maxCachedTokens"));
        continue;
      }
      s.maxNew =
          (int) Math.min(Math.min(s.maxNew, room), options.maxCachedTokens() - s.prompt.length);
      if (!batch.isEmpty()
          && counters.reserved() + s.reservedTokens() > options.maxCachedTokens()) {
        break; // wait for running sequences to free budget
      }
      queue.poll();
      counters.admitted(s.reservedTokens());
      s.text = new IncrementalDecoder(model.tokenizer());
      batch.add(s); // prefilled by the coming passes, in chunks
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Sequence> left = new ArrayList<>(batch.sequences());
    left.addAll(queue);
    inbox.drainTo(left);
    for (Sequence s : left) {
      s.future.completeExceptionally(new CancellationException("generator closed"));
    }
    cache.close();
  }
}
