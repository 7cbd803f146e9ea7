package com.storefront.qa.llm.train;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Prints training progress: one updating line per step (bar, step, loss averaged over the last
 * steps, learning rate, elapsed time and ETA), and a permanent line every {@code every} steps so
 * the loss curve stays in the log.
 */
public final class TrainProgress implements DemoTrainer.StepListener {
  private static final int WIDTH = 30;
  private final PrintStream out;
  private final int total;
  private final int every;
  private final long start = System.nanoTime();
  private double smooth = Double.NaN;

  /** Progress of {@code total} steps on {@code out}, logging a line every {@code every} steps. */
  public TrainProgress(PrintStream out, int total, int every) {
    this.out = out;
    this.total = total;
    this.every = Math.max(1, every);
  }

  @Override
  public void step(int step, float loss, float learningRate) {
    smooth = Double.isNaN(smooth) ? loss : 0.9 * smooth + 0.1 * loss;
    double elapsed = (System.nanoTime() - start) / 1e9;
    double eta = elapsed / step * (total - step);
    int filled = (int) ((long) WIDTH * step / total);
    String bar = "#".repeat(filled) + ".".repeat(WIDTH - filled);
    out.printf(
        "\r[%s] %d/%d loss %.4f lr %.2e elapsed %s ETA %s ",
        bar, step, total, smooth, learningRate, clock(elapsed), clock(eta));
    if (step % every == 0 || step == total) {
      out.printf("%n  step %d: loss %.4f (last step %.4f)%n", step, smooth, loss);
    }
    out.flush();
  }

  static String clock(double seconds) {
    Duration d = Duration.ofSeconds(Math.round(seconds));
    return "%d:%02d:%02d".formatted(d.toHours(), d.toMinutesPart(), d.toSecondsPart());
  }
}
