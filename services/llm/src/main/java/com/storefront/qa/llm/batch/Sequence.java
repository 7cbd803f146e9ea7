package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.tokenizer.IncrementalDecoder;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/** Per-request decoding state, owned by the scheduler thread once admitted. */
final class Sequence {
  final String requestId;
  final int[] prompt;
  final DecodingParams params;
  final Instant deadline;
  final long order;
  final CompletableFuture<Completion> future = new CompletableFuture<>();
  final SplittableRandom rng;
  final BitSet seen = new BitSet();
  final long submittedNanos = System.nanoTime();
  final boolean ignoreEos;
  int maxNew;
  int slot = -1;

  /** Tokens in the KV cache (= position of the next token to feed). */
  int cached;

  int lastToken;
  int generated;
  double logProbSum;
  long firstTokenNanos;
  IncrementalDecoder text;

  /** Where the text goes as it is decoded; set before the sequence is enqueued. */
  DeltaStream stream = DeltaStream.NONE;

  /** Every generated token id, eos included. */
  int[] tokens = new int[16];

  Sequence(
      String requestId,
      int[] prompt,
      DecodingParams params,
      long seed,
      Instant deadline,
      long order,
      boolean ignoreEos) {
    this.requestId = requestId;
    this.prompt = prompt;
    this.params = params;
    this.deadline = deadline;
    this.order = order;
    this.rng = new SplittableRandom(seed);
    this.maxNew = params.maxNewTokens();
    this.ignoreEos = ignoreEos;
    for (int t : prompt) {
      seen.set(t);
    }
  }

  void record(int token) {
    if (generated == tokens.length) {
      tokens = java.util.Arrays.copyOf(tokens, tokens.length * 2);
    }
    tokens[generated] = token;
  }

  /** Tokens this sequence may occupy in the cache at most. */
  int reservedTokens() {
    return prompt.length + maxNew;
  }

  boolean pastDeadline(Instant now) {
    return deadline != null && now.isAfter(deadline);
  }

  /**
   * The reply cut before the first stop string once {@code piece}, just appended to {@link #text},
   * completes one; {@code null} otherwise.
   */
  String stopCut(String piece) {
    if (piece.isEmpty() || params.stopStrings().isEmpty()) { // only new text can complete one
      return null;
    }
    String all = text.text();
    for (String stop : params.stopStrings()) {
      int at = all.indexOf(stop);
      if (at >= 0) {
        return all.substring(0, at);
      }
    }
    return null;
  }

  void complete(String reply, FinishReason reason) {
    if (!future.isDone()) {
      stream.finish(reply);
    }
    long now = System.nanoTime();
    Duration ttft =
        firstTokenNanos == 0 ? Duration.ZERO : Duration.ofNanos(firstTokenNanos - submittedNanos);
    future.complete(
        new Completion(
            requestId,
            reply,
            reason,
            prompt.length,
            generated,
            generated == 0 ? Double.NaN : logProbSum / generated,
            ttft,
            Duration.ofNanos(now - submittedNanos)));
  }
}
