package com.storefront.qa.worker;

/** Thrown inside the loop thread to simulate a crash at a chosen point (tests, drills). */
final class SimulatedCrash extends RuntimeException {
  SimulatedCrash() {
    super("simulated crash", null, false, false);
  }
}
