package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.EngineStats;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.decoder.DecoderForward;
import com.storefront.qa.llm.decoder.KvCache;
import com.storefront.qa.llm.decoder.LoadedModel;
import com.storefront.qa.llm.sampling.Sampler;
import com.storefront.qa.llm.tokenizer.IncrementalDecoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * Continuous batching on one thread. Between decode steps it admits queued sequences (earliest
 * deadline first) while the batch and the token budget allow, prefills each, then advances every
 * active sequence by one token in a single batched forward pass. Finished sequences leave at once
 * and their slot is refilled by moving the highest slot into it, so active slots stay 0..B-1.
 */
final class Scheduler implements AutoCloseable {
  /** Batches this large sample their rows in parallel (the common fork-join pool). */
  private static final int PARALLEL_SAMPLING_FROM = 4;

  private final LoadedModel model;
  private final DecoderForward forward;
  private final EngineOptions options;
  private final KvCache cache;
  private final Set<Integer> eos;
  private final int vocab;
  private final LinkedBlockingQueue<Sequence> inbox = new LinkedBlockingQueue<>();
  private final PriorityQueue<Sequence> queue =
      new PriorityQueue<>(
          Comparator.comparing((Sequence s) -> s.deadline == null ? Instant.MAX : s.deadline)
              .thenComparingLong(s -> s.order));
  private final List<Sequence> active = new ArrayList<>();
  private final Thread thread;
  private volatile boolean running = true;
  private volatile int queuedCount;
  private volatile int activeCount;
  private volatile long cachedTokens;
  private volatile long generatedTokens;
  private volatile double decodeRate;
  private volatile long decodeStepTokens;
  private volatile long decodeStepNanos;
  private long reserved;

  Scheduler(LoadedModel model, EngineOptions options) {
    this.model = model;
    this.forward = model.forward();
    this.options = options;
    this.cache = forward.newCache(options.maxBatch());
    this.eos = new HashSet<>(model.defaults().eosTokenIds());
    this.vocab = model.config().vocabSize();
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

  EngineStats stats() {
    return new EngineStats(
        activeCount,
        queuedCount + inbox.size(),
        cachedTokens,
        generatedTokens,
        decodeRate,
        decodeStepTokens,
        decodeStepNanos);
  }

  private void loop() {
    while (running) {
      try {
        if (active.isEmpty() && queue.isEmpty()) {
          Sequence s = inbox.poll(50, TimeUnit.MILLISECONDS);
          if (s != null) {
            queue.add(s);
          }
        }
        inbox.drainTo(queue);
        dropCancelled();
        admit();
        if (!active.isEmpty()) {
          step();
        }
        publish();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        // A failed batched step: end every active sequence with ERROR, keep serving new ones.
        for (Sequence s : new ArrayList<>(active)) {
          finish(s, FinishReason.ERROR);
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
    for (Sequence s : new ArrayList<>(active)) {
      if (s.future.isCancelled()) {
        release(s);
      }
    }
  }

  /** Admits by deadline while slots and the token budget allow; expired ones end DEADLINE. */
  private void admit() {
    Instant now = Instant.now();
    while (!queue.isEmpty() && active.size() < cache.slots()) {
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
      if (!active.isEmpty() && reserved + s.reservedTokens() > options.maxCachedTokens()) {
        break; // wait for running sequences to free budget
      }
      queue.poll();
      s.slot = active.size();
      active.add(s);
      reserved += s.reservedTokens();
      s.text = new IncrementalDecoder(model.tokenizer());
      try {
        float[] logits = forward.extend(cache, s.slot, s.prompt, 0, false);
        s.cached = s.prompt.length;
        accept(s, choose(s, logits));
      } catch (RuntimeException e) {
        finish(s, FinishReason.ERROR);
      }
    }
  }

  private void step() {
    int b = active.size();
    int[] tokens = new int[b];
    int[] positions = new int[b];
    for (int i = 0; i < b; i++) {
      tokens[i] = active.get(i).lastToken;
      positions[i] = active.get(i).cached;
    }
    long t0 = System.nanoTime();
    float[] logits = forward.decode(cache, tokens, positions);
    List<Sequence> batch = new ArrayList<>(active);
    // Rows are independent and each sequence has its own generator, so they can be sampled on
    // several cores with the same result; at a 100k vocabulary one row costs about 1 ms.
    Sampler.Choice[] choices = new Sampler.Choice[b];
    IntStream rows = IntStream.range(0, b);
    (b >= PARALLEL_SAMPLING_FROM ? rows.parallel() : rows)
        .forEach(i -> choices[i] = choose(batch.get(i), row(logits, i)));
    for (int i = 0; i < b; i++) {
      Sequence s = batch.get(i);
      s.cached++;
      accept(s, choices[i]);
    }
    long nanos = System.nanoTime() - t0;
    double rate = b / (nanos / 1e9);
    decodeRate = decodeRate == 0 ? rate : 0.9 * decodeRate + 0.1 * rate;
    decodeStepTokens += b; // one writer (this thread); volatile for readers
    decodeStepNanos += nanos;
  }

  private float[] row(float[] logits, int i) {
    return Arrays.copyOfRange(logits, i * vocab, (i + 1) * vocab);
  }

  /** Samples {@code s}'s next token; touches only {@code s}'s own state. */
  private static Sampler.Choice choose(Sequence s, float[] logits) {
    return Sampler.choose(logits, s.params, s.seen, s.rng);
  }

  /** Records the chosen token for {@code s} and finishes it when a stop condition holds. */
  private void accept(Sequence s, Sampler.Choice c) {
    if (s.firstTokenNanos == 0) {
      s.firstTokenNanos = System.nanoTime();
    }
    s.record(c.token());
    s.generated++;
    generatedTokens++;
    s.logProbSum += c.logProb();
    s.seen.set(c.token());
    s.lastToken = c.token();
    if (!s.ignoreEos && eos.contains(c.token())) {
      finish(s, FinishReason.STOP);
      return;
    }
    String piece = s.text.append(c.token());
    String cut = s.stopCut(piece);
    if (cut != null) {
      finishWith(s, cut, FinishReason.STOP);
      return;
    }
    s.stream.offer(piece); // after the stop check: a piece that completes one is never streamed
    if (s.generated >= s.maxNew) {
      finish(s, FinishReason.LENGTH);
    } else if (s.pastDeadline(Instant.now())) {
      finish(s, FinishReason.DEADLINE);
    }
  }

  private void finish(Sequence s, FinishReason reason) {
    String text;
    try {
      text = s.text == null ? "" : s.text.finish();
    } catch (RuntimeException e) {
      text = "";
    }
    finishWith(s, text, reason);
  }

  /** Completes {@code s} and frees its slot. */
  private void finishWith(Sequence s, String text, FinishReason reason) {
    release(s);
    if (onFinish != null) {
      onFinish.accept(s.requestId, java.util.Arrays.copyOf(s.tokens, s.generated));
    }
    s.complete(text, reason);
  }

  /** Frees the slot and budget of {@code s}, moving the last active slot into the hole. */
  private void release(Sequence s) {
    int idx = active.indexOf(s);
    if (idx >= 0) {
      int last = active.size() - 1;
      if (idx != last) {
        Sequence moved = active.get(last);
        cache.moveSlot(last, idx);
        moved.slot = idx;
        active.set(idx, moved);
      }
      active.remove(last);
      reserved -= s.reservedTokens();
    }
  }

  /** Test hook: receives each finished request's generated token ids. */
  volatile java.util.function.BiConsumer<String, int[]> onFinish;

  private void publish() {
    queuedCount = queue.size();
    activeCount = active.size();
    long c = 0;
    for (Sequence s : active) {
      c += s.cached;
    }
    cachedTokens = c;
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
    List<Sequence> left = new ArrayList<>(active);
    left.addAll(queue);
    inbox.drainTo(left);
    for (Sequence s : left) {
      s.future.completeExceptionally(new CancellationException("generator closed"));
    }
    cache.close();
  }
}
