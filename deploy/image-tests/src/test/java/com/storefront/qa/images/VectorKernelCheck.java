package com.storefront.qa.images;

import com.storefront.qa.llm.quant.Int8Kernel;

/**
 * Run inside the worker image (ImagesIT mounts the test classes): prints which int8 kernel the llm
 * module picks on the image's JRE with the image's JVM flags, {@code VectorInt8Kernel} when the
 * Vector API is there, {@code ScalarInt8Kernel} otherwise.
 */
public final class VectorKernelCheck {
  private VectorKernelCheck() {}

  /** Prints {@code int8-kernel=<class> vectorised=<boolean>}. */
  public static void main(String[] args) {
    System.out.println(
        "int8-kernel="
            + Int8Kernel.best().getClass().getSimpleName()
            + " vectorised="
            + Int8Kernel.vectorised());
  }
}
