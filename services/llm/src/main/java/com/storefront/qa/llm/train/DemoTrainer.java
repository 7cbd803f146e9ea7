package com.storefront.qa.llm.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.CosineTracker;
import ai.djl.training.tracker.WarmUpTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trains a {@link DemoLlama} with DJL's training API on the PyTorch engine: autograd through a
 * {@link GradientCollector}, masked next-token cross-entropy over the reply tokens, and DJL's
 * {@link Adam} with a warm-up + cosine learning-rate schedule and gradient clipping.
 */
public final class DemoTrainer {
  /** Called after every step with the step number (1-based), its loss and the learning rate. */
  public interface StepListener {
    void step(int step, float loss, float learningRate);
  }

  private DemoTrainer() {}

  /**
   * Runs {@code spec.steps()} steps over random batches of {@code data}.
   *
   * @return the loss of every step
   */
  public static List<Float> train(
      DemoLlama model, List<TrainingSet.Sequence> data, DemoSpec spec, StepListener listener) {
    int warmUp = Math.max(1, spec.steps() / 20);
    WarmUpTracker lr =
        WarmUpTracker.builder()
            .optWarmUpSteps(warmUp)
            .optWarmUpBeginValue(spec.learningRate() / 20)
            .setMainTracker(
                CosineTracker.builder()
                    .setBaseValue(spec.learningRate())
                    .optFinalValue(spec.learningRate() / 20)
                    .setMaxUpdates(Math.max(1, spec.steps() - warmUp))
                    .build())
            .build();
    Optimizer adam = Adam.builder().optLearningRateTracker(lr).optClipGrad(1f).build();
    SplittableRandom r = new SplittableRandom(spec.seed() ^ 0x5DEECE66DL);
    Map<String, NDArray> params = model.parameters();
    NDManager manager = params.values().iterator().next().getManager();
    List<Float> losses = new ArrayList<>();
    for (int step = 1; step <= spec.steps(); step++) {
      List<TrainingSet.Sequence> picked = new ArrayList<>();
      for (int i = 0; i < spec.batch(); i++) {
        picked.add(data.get(r.nextInt(data.size())));
      }
      TrainingSet.Batch b = TrainingSet.batch(picked);
      float loss;
      try (NDScope scope = new NDScope();
          GradientCollector gc = Engine.getInstance().newGradientCollector()) {
        NDArray loss0 = loss(model, manager, b);
        gc.backward(loss0);
        loss = loss0.getFloat();
      }
      // outside the scope: Adam keeps its moment arrays from the first update on
      for (var e : params.entrySet()) {
        try (NDArray g = e.getValue().getGradient()) {
          adam.update(e.getKey(), e.getValue(), g);
          g.subi(g); // gradients accumulate across backward calls
        }
      }
      losses.add(loss);
      listener.step(step, loss, lr.getNewValue(step));
    }
    return losses;
  }

  /** Mean cross-entropy of the masked (reply) targets of one batch. */
  static NDArray loss(DemoLlama model, NDManager manager, TrainingSet.Batch b) {
    Shape shape = new Shape(b.rows(), b.width());
    NDArray in = manager.create(b.inputs(), shape);
    NDArray tg = manager.create(b.targets(), shape).expandDims(-1);
    NDArray mask = manager.create(b.mask(), shape);
    NDArray logp = model.forward(in).logSoftmax(-1).gather(tg, -1).squeeze(-1);
    return logp.mul(mask).sum().neg().div(mask.sum());
  }
}
