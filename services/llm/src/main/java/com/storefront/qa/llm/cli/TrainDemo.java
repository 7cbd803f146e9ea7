package com.storefront.qa.llm.cli;

import com.storefront.qa.llm.safetensors.StDType;
import com.storefront.qa.llm.train.DemoBuild;
import com.storefront.qa.llm.train.DemoSpec;
import java.nio.file.Path;

/** {@code train-demo}: builds the demo acknowledgement model from its seed (see docs/llm.md). */
final class TrainDemo {
  private TrainDemo() {}

  static void run(Args a) throws Exception {
    DemoSpec d = DemoSpec.defaults();
    DemoSpec spec =
        new DemoSpec(
            a.getInt("hidden", d.hidden()),
            a.getInt("layers", d.layers()),
            a.getInt("heads", d.heads()),
            a.getInt("intermediate", d.intermediate()),
            a.getInt("vocab", d.vocab()),
            a.getInt("context", d.context()),
            a.getInt("examples", d.examples()),
            a.getInt("steps", d.steps()),
            a.getInt("batch", d.batch()),
            (float) a.getDouble("lr", d.learningRate()),
            Long.parseLong(a.get("seed", String.valueOf(d.seed()))));
    StDType dtype =
        switch (a.get("dtype", "fp16")) {
          case "fp32" -> StDType.F32;
          case "fp16" -> StDType.F16;
          case "bf16" -> StDType.BF16;
          default -> throw new IllegalArgumentException("dtype must be fp16, bf16 or fp32");
        };
    System.err.println("train-demo " + spec + " dtype " + dtype);
    DemoBuild.run(Path.of(a.require("out")), spec, dtype, System.err);
  }
}
