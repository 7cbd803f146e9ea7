package com.storefront.qa.worker.backend;

import com.storefront.qa.llm.api.ChatSpec;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.api.ModelInfo;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.worker.ParamsMapper;
import java.util.concurrent.CompletableFuture;

/**
 * The in-process DJL engine as a backend. The engine batches concurrent requests itself; this class
 * only adapts its {@link Completion} to a {@link BackendReply} and its ERROR finish to a retriable
 * failure. The engine is owned by the caller (not closed here).
 */
public final class InProcessBackend implements GenerationBackend {
  public static final String NAME = "in-process";

  private final TextGenerator engine;
  private final String promptTemplateVersion;

  /**
   * @param promptTemplateVersion recorded with every reply, see {@link
   *     ChatTemplateFingerprint#version}
   */
  public InProcessBackend(TextGenerator engine, String promptTemplateVersion) {
    this.engine = engine;
    this.promptTemplateVersion = promptTemplateVersion;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return engine.modelInfo().name();
  }

  @Override
  public String modelRevision() {
    return engine.modelInfo().revision();
  }

  @Override
  public Generation start(BackendRequest r) {
    CompletableFuture<Completion> attempt;
    try {
      attempt =
          engine.submit(
              new ChatSpec(r.requestId(), r.messages(), r.params(), r.seed(), r.deadline()),
              delta -> {});
    } catch (RuntimeException e) {
      return Generation.failed(e);
    }
    CompletableFuture<BackendReply> reply = attempt.thenApply(c -> toReply(c, r));
    return new Generation(reply, () -> attempt.cancel(false));
  }

  private BackendReply toReply(Completion c, BackendRequest r) {
    if (c.finishReason() == FinishReason.ERROR) {
      throw new BackendException(
          BackendException.Kind.RETRIABLE,
          "the engine failed while generating (finish reason ERROR)");
    }
    ModelInfo m = engine.modelInfo();
    return new BackendReply(
        c.text(),
        c.finishReason(),
        NAME,
        m.name(),
        m.revision(),
        promptTemplateVersion,
        ParamsMapper.toContract(r.params()),
        c.promptTokens(),
        c.completionTokens(),
        c.meanLogProb(),
        c.timeToFirstToken());
  }

  @Override
  public int queued() {
    return engine.stats().queuedSequences();
  }
}
