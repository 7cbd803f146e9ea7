package com.storefront.qa.llm.quant;

/**
 * y = x·Wᵀ for an {@link Int8Matrix} W, over a range of output rows, activations in fp32.
 *
 * <p>{@link #best()} is the SIMD kernel ({@code jdk.incubator.vector}, so the JVM needs {@code
 * --add-modules jdk.incubator.vector}); without that module it is a plain loop with the same
 * results up to float summation order, several times slower.
 */
public interface Int8Kernel {
  /**
   * For {@code b < n} and {@code r0 <= r < r1}: {@code y[b * rows + r] = scale[r] · Σ_c q[r, c] ·
   * x[b * cols + c]}.
   */
  void multiply(Int8Matrix w, float[] x, int n, int r0, int r1, float[] y);

  /** The fastest kernel this JVM can run. */
  static Int8Kernel best() {
    return Holder.BEST;
  }

  /** Whether {@link #best()} is the SIMD kernel. */
  static boolean vectorised() {
    return !(Holder.BEST instanceof ScalarInt8Kernel);
  }

  /**
   * Resolved once; the SIMD class is named by string so a JVM without the module never links it.
   */
  final class Holder {
    private static final Int8Kernel BEST = load();

    private Holder() {}

    private static Int8Kernel load() {
      try {
        return (Int8Kernel)
            Class.forName("com.storefront.qa.llm.quant.VectorInt8Kernel")
                .getDeclaredConstructor()
                .newInstance();
      } catch (ReflectiveOperationException | LinkageError e) {
        return new ScalarInt8Kernel();
      }
    }
  }
}
