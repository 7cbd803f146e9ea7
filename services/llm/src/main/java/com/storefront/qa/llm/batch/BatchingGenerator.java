package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.ChatSpec;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.EngineStats;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.api.ModelInfo;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.llm.api.TextListener;
import com.storefront.qa.llm.decoder.LoadedModel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * {@link TextGenerator} over a {@link LoadedModel}: renders the chat template, tokenizes, and hands
 * sequences to the {@link Scheduler} thread which batches them continuously.
 */
public final class BatchingGenerator implements TextGenerator {
  private final LoadedModel model;
  private final Scheduler scheduler;
  private final AtomicLong order = new AtomicLong();
  private volatile boolean closed;

  BatchingGenerator(LoadedModel model, EngineOptions options) {
    this.model = model;
    this.scheduler = new Scheduler(model, options);
  }

  /** Loads a model and starts the scheduler thread. */
  public static BatchingGenerator load(Path dir, EngineOptions options, Consumer<String> progress) {
    LoadedModel m = LoadedModel.load(dir, options, progress);
    BatchingGenerator g = new BatchingGenerator(m, options);
    progress.accept("scheduler started (maxBatch " + options.maxBatch() + ")");
    return g;
  }

  @Override
  public CompletableFuture<Completion> submit(GenerationSpec spec) {
    if (closed) { // the tokenizer's native handle is gone after close()
      return CompletableFuture.failedFuture(new IllegalStateException("generator is closed"));
    }
    String prompt;
    try {
      prompt = model.template().render(spec.systemPrompt(), spec.userMessage());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return submitTokens(
        spec.requestId(),
        model.tokenizer().encode(prompt),
        spec.params(),
        spec.seed(),
        spec.deadline(),
        false);
  }

  @Override
  public CompletableFuture<Completion> submit(ChatSpec spec, TextListener listener) {
    Objects.requireNonNull(listener, "listener");
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("generator is closed"));
    }
    List<Map<String, Object>> messages = new ArrayList<>();
    for (ChatMessage m : spec.messages()) {
      messages.add(Map.of("role", m.role(), "content", m.content()));
    }
    int[] prompt;
    try {
      prompt = model.tokenizer().encode(model.template().render(messages));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    DeltaStream stream = new DeltaStream(listener, spec.params().stopStrings());
    return enqueue(
        spec.requestId(), prompt, spec.params(), spec.seed(), spec.deadline(), false, stream);
  }

  /**
   * Submits raw prompt tokens (no chat template); {@code ignoreEos} forces exactly max_new_tokens
   * tokens, for benchmarks.
   */
  public CompletableFuture<Completion> submitTokens(
      String requestId,
      int[] prompt,
      DecodingParams params,
      long seed,
      Instant deadline,
      boolean ignoreEos) {
    return enqueue(requestId, prompt, params, seed, deadline, ignoreEos, DeltaStream.NONE);
  }

  private CompletableFuture<Completion> enqueue(
      String requestId,
      int[] prompt,
      DecodingParams params,
      long seed,
      Instant deadline,
      boolean ignoreEos,
      DeltaStream stream) {
    if (closed) {
      return CompletableFuture.failedFuture(new IllegalStateException("generator is closed"));
    }
    if (prompt.length == 0) {
      return CompletableFuture.failedFuture(new IllegalArgumentException("empty prompt"));
    }
    Sequence s =
        new Sequence(requestId, prompt, params, seed, deadline, order.incrementAndGet(), ignoreEos);
    s.stream = stream;
    scheduler.enqueue(s);
    return s.future;
  }

  /** Test hook: called on the scheduler thread with each finished request's token ids. */
  void onFinish(java.util.function.BiConsumer<String, int[]> hook) {
    scheduler.onFinish(hook);
  }

  /** The loaded model (tokenizer, template, config). */
  public LoadedModel model() {
    return model;
  }

  @Override
  public ModelInfo modelInfo() {
    return model.info();
  }

  @Override
  public EngineStats stats() {
    return scheduler.stats();
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    scheduler.close();
    model.close();
  }
}
