package com.storefront.qa.worker.backend;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The backends this worker runs and its default order. A request's own order (from its shop's
 * policy) picks among them; a name this worker does not run is skipped and said in the result's
 * {@code fallbackReason}. The acknowledgement ends every order: when no backend answers, the FAILED
 * result makes the orchestrator publish it.
 */
public final class BackendOrder {
  /** The backends to try for one request, and the names that could not be used. */
  public record Resolved(List<GenerationBackend> backends, List<String> skipped) {}

  private final Map<String, GenerationBackend> byName = new LinkedHashMap<>();
  private final List<String> defaultOrder;

  /**
   * @param backends the running backends
   * @param defaultOrder names, for requests that name none; each must be one of {@code backends}
   */
  public BackendOrder(List<GenerationBackend> backends, List<String> defaultOrder) {
    for (GenerationBackend b : backends) {
      byName.put(b.name(), b);
    }
    for (String n : defaultOrder) {
      if (!byName.containsKey(n)) {
        throw new IllegalArgumentException("default backend " + n + " is not running here");
      }
    }
    if (defaultOrder.isEmpty()) {
      throw new IllegalArgumentException("the default backend order is empty");
    }
    this.defaultOrder = List.copyOf(defaultOrder);
  }

  /** A single backend, first in the order. */
  public static BackendOrder of(GenerationBackend only) {
    return new BackendOrder(List.of(only), List.of(only.name()));
  }

  /** The backends for a request's order (null or empty: the default order). */
  public Resolved resolve(List<String> requested) {
    List<String> names = requested == null || requested.isEmpty() ? defaultOrder : requested;
    List<GenerationBackend> out = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String n : names) {
      GenerationBackend b = byName.get(n);
      if (b == null) {
        skipped.add(n + ": not configured on this worker");
      } else if (!out.contains(b)) {
        out.add(b);
      }
    }
    return new Resolved(List.copyOf(out), List.copyOf(skipped));
  }

  /** The first backend of the default order (names results written without generating). */
  public GenerationBackend primary() {
    return byName.get(defaultOrder.get(0));
  }

  /** Most generations queued in any backend. */
  public int maxQueued() {
    int m = 0;
    for (GenerationBackend b : byName.values()) {
      m = Math.max(m, b.queued());
    }
    return m;
  }

  /** Every running backend. */
  public List<GenerationBackend> all() {
    return List.copyOf(byName.values());
  }
}
