package com.storefront.qa.llm.arch;

import com.storefront.qa.llm.arch.exaone.ExaoneArchitecture;
import com.storefront.qa.llm.arch.llama.LlamaArchitecture;
import com.storefront.qa.llm.arch.qwen2.Qwen2Architecture;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The one place where supported {@code model_type}s are registered. */
public final class ArchitectureRegistry {
  private static final Map<String, Architecture> BY_TYPE = new TreeMap<>();

  static {
    for (Architecture a :
        List.of(new ExaoneArchitecture(), new LlamaArchitecture(), new Qwen2Architecture())) {
      BY_TYPE.put(a.modelType(), a);
    }
  }

  private ArchitectureRegistry() {}

  /** The architecture for {@code modelType}; unknown types fail with the supported list. */
  public static Architecture forType(String modelType) {
    Architecture a = BY_TYPE.get(modelType);
    if (a == null) {
      throw new IllegalArgumentException(
          "unsupported model_type '" + modelType + "' (supported: " + BY_TYPE.keySet() + ")");
    }
    return a;
  }

  /** Registered model types, sorted. */
  public static List<String> supportedTypes() {
    return List.copyOf(BY_TYPE.keySet());
  }
}
