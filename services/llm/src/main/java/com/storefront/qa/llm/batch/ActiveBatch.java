package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.decoder.DecoderForward;
import com.storefront.qa.llm.decoder.KvCache;
import com.storefront.qa.llm.decoder.Segment;
import com.storefront.qa.llm.sampling.Sampler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

/**
 * The admitted sequences, one cache slot each (slots stay 0..B-1), and the pass that advances them.
 *
 * <p>Chunked prefill: a sequence is admitted with its prompt not yet cached. Each pass takes every
 * decoding sequence's next token plus up to {@link #chunkTokens} prompt tokens of the prefilling
 * ones (oldest first), and runs them through one forward pass, so a burst of arrivals is prefilled
 * together, a few hundred tokens at a time, while the running sequences keep decoding between
 * (vLLM's chunked prefill). A sequence's first token is sampled after its last chunk.
 */
final class ActiveBatch {
  /** Batches this large sample their rows in parallel (the common fork-join pool). */
  private static final int PARALLEL_SAMPLING_FROM = 4;

  private final DecoderForward forward;
  private final KvCache cache;
  private final Set<Integer> eos;
  private final int vocab;
  private final int chunkTokens;
  private final List<Sequence> active = new ArrayList<>();
  private final EngineCounters counters;
  volatile BiConsumer<String, int[]> onFinish;

  ActiveBatch(
      DecoderForward forward,
      KvCache cache,
      Set<Integer> eos,
      int chunkTokens,
      EngineCounters counters) {
    this.forward = forward;
    this.cache = cache;
    this.eos = eos;
    this.vocab = forward.config().vocabSize();
    this.chunkTokens = chunkTokens;
    this.counters = counters;
  }

  List<Sequence> sequences() {
    return active;
  }

  boolean isEmpty() {
    return active.isEmpty();
  }

  boolean isFull() {
    return active.size() >= cache.slots();
  }

  /** Takes {@code s} into the next free slot; its prompt is prefilled by the coming passes. */
  void add(Sequence s) {
    s.slot = active.size();
    s.cached = 0;
    active.add(s);
  }

  /** One forward pass: a decode step for the decoding sequences, chunks for the prefilling. */
  void step() {
    List<Segment> decodes = new ArrayList<>();
    List<Segment> chunks = new ArrayList<>();
    List<Sequence> chunked = new ArrayList<>();
    int budget = chunkTokens;
    for (Sequence s : active) {
      if (s.cached < s.prompt.length) {
        if (budget > 0) {
          int take = Math.min(budget, s.prompt.length - s.cached);
          int[] part = Arrays.copyOfRange(s.prompt, s.cached, s.cached + take);
          chunks.add(new Segment(s.slot, s.cached, part));
          chunked.add(s);
          budget -= take;
        }
      } else {
        decodes.add(new Segment(s.slot, s.cached, new int[] {s.lastToken}));
      }
    }
    List<Sequence> decoding = new ArrayList<>();
    for (Segment d : decodes) {
      decoding.add(active.get(d.slot()));
    }
    long t0 = System.nanoTime();
    float[] logits;
    if (chunks.isEmpty()) { // every slot decodes: the batched path over slots 0..B-1
      int[] tokens = decodes.stream().mapToInt(d -> d.tokens()[0]).toArray();
      int[] positions = decodes.stream().mapToInt(Segment::start).toArray();
      logits = forward.decode(cache, tokens, positions);
    } else {
      logits = forward.mixed(cache, decodes, chunks);
    }
    Sampler.Choice[] choices = sample(decoding, logits);
    for (int i = 0; i < chunked.size(); i++) {
      Sequence s = chunked.get(i);
      s.cached += chunks.get(i).tokens().length;
    }
    for (int i = 0; i < decoding.size(); i++) {
      decoding.get(i).cached++;
      accept(decoding.get(i), choices[i]);
    }
    for (int i = 0; i < chunked.size(); i++) {
      Sequence s = chunked.get(i);
      if (s.cached == s.prompt.length) { // prompt done: its first token
        accept(s, choose(s, row(logits, decoding.size() + i)));
      }
    }
    counters.decodeStep(decoding.size(), System.nanoTime() - t0);
  }

  /** Samples the decode rows; rows are independent, each with its own generator. */
  private Sampler.Choice[] sample(List<Sequence> decoding, float[] logits) {
    int b = decoding.size();
    // at a 100k vocabulary one row costs about 1 ms: several cores give the same result sooner
    Sampler.Choice[] choices = new Sampler.Choice[b];
    IntStream rows = IntStream.range(0, b);
    (b >= PARALLEL_SAMPLING_FROM ? rows.parallel() : rows)
        .forEach(i -> choices[i] = choose(decoding.get(i), row(logits, i)));
    return choices;
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
    counters.generated();
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

  /** Ends {@code s} with the text decoded so far. */
  void finish(Sequence s, FinishReason reason) {
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
    BiConsumer<String, int[]> hook = onFinish;
    if (hook != null) {
      hook.accept(s.requestId, Arrays.copyOf(s.tokens, s.generated));
    }
    s.complete(text, reason);
  }

  /** Frees the slot of {@code s}, moving the last active slot into the hole. */
  void release(Sequence s) {
    int idx = active.indexOf(s);
    if (idx < 0) {
      return;
    }
    int last = active.size() - 1;
    if (idx != last) {
      Sequence moved = active.get(last);
      cache.moveSlot(last, idx);
      moved.slot = idx;
      active.set(idx, moved);
    }
    active.remove(last);
    counters.released(s.reservedTokens());
  }
}
