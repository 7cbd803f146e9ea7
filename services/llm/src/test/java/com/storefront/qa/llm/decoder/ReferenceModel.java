package com.storefront.qa.llm.decoder;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An independent scalar forward pass in plain Java (float arrays, double accumulation), written
 * from the HF modeling code and sharing nothing with the engine: it parses safetensors and
 * config.json on its own. Recomputes the whole prefix for every call (no cache).
 */
final class ReferenceModel {
  private final Map<String, float[]> t = new HashMap<>();
  private final int hidden, layers, heads, kvHeads, hd, inter, vocab;
  private final double eps, theta;
  private final JsonObject cfg;
  private final String type;
  private final boolean tied;

  ReferenceModel(Path dir) throws IOException {
    cfg = JsonParser.parseString(Files.readString(dir.resolve("config.json"))).getAsJsonObject();
    type = cfg.get("model_type").getAsString();
    boolean ex = type.equals("exaone");
    hidden = cfg.get("hidden_size").getAsInt();
    layers = cfg.get(ex ? "num_layers" : "num_hidden_layers").getAsInt();
    heads = cfg.get("num_attention_heads").getAsInt();
    kvHeads = cfg.get("num_key_value_heads").getAsInt();
    hd = hidden / heads;
    inter = cfg.get("intermediate_size").getAsInt();
    vocab = cfg.get("vocab_size").getAsInt();
    eps = cfg.get(ex ? "layer_norm_epsilon" : "rms_norm_eps").getAsDouble();
    theta = cfg.get("rope_theta").getAsDouble();
    tied = cfg.get("tie_word_embeddings").getAsBoolean();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".safetensors")).toList()) {
        readFile(p);
      }
    }
  }

  private void readFile(Path p) throws IOException {
    ByteBuffer all = ByteBuffer.wrap(Files.readAllBytes(p)).order(ByteOrder.LITTLE_ENDIAN);
    int n = (int) all.getLong(0);
    String json = new String(all.array(), 8, n, StandardCharsets.UTF_8);
    JsonObject h = JsonParser.parseString(json).getAsJsonObject();
    for (String name : h.keySet()) {
      if (name.equals("__metadata__")) {
        continue;
      }
      JsonObject e = h.getAsJsonObject(name);
      String dt = e.get("dtype").getAsString();
      int b = e.getAsJsonArray("data_offsets").get(0).getAsInt();
      int end = e.getAsJsonArray("data_offsets").get(1).getAsInt();
      int width = dt.equals("F32") ? 4 : 2;
      float[] v = new float[(end - b) / width];
      for (int i = 0; i < v.length; i++) {
        int at = 8 + n + b + i * width;
        v[i] =
            switch (dt) {
              case "F32" -> all.getFloat(at);
              case "BF16" -> Float.intBitsToFloat((all.getShort(at) & 0xffff) << 16);
              case "F16" -> Float.float16ToFloat(all.getShort(at));
              default -> throw new IllegalStateException(dt);
            };
      }
      t.put(name, v);
    }
  }

  private String name(int layer, String what) {
    if (type.equals("exaone")) {
      String p = "transformer.h." + layer + ".";
      return switch (what) {
        case "in_norm" -> p + "ln_1.weight";
        case "q", "k", "v" -> p + "attn.attention." + what + "_proj.weight";
        case "o" -> p + "attn.attention.out_proj.weight";
        case "post_norm" -> p + "ln_2.weight";
        case "gate" -> p + "mlp.c_fc_0.weight";
        case "up" -> p + "mlp.c_fc_1.weight";
        case "down" -> p + "mlp.c_proj.weight";
        default -> throw new IllegalArgumentException(what);
      };
    }
    String p = "model.layers." + layer + ".";
    return switch (what) {
      case "in_norm" -> p + "input_layernorm.weight";
      case "q", "k", "v", "o" -> p + "self_attn." + what + "_proj.weight";
      case "post_norm" -> p + "post_attention_layernorm.weight";
      case "gate", "up", "down" -> p + "mlp." + what + "_proj.weight";
      default -> throw new IllegalArgumentException(what);
    };
  }

  /** Logits of every position of {@code ids}, row-major [T][vocab]. */
  float[][] logits(int[] ids) {
    int n = ids.length;
    boolean ex = type.equals("exaone");
    float[] emb = t.get(ex ? "transformer.wte.weight" : "model.embed_tokens.weight");
    float[][] x = new float[n][];
    for (int i = 0; i < n; i++) {
      x[i] = new float[hidden];
      System.arraycopy(emb, ids[i] * hidden, x[i], 0, hidden);
    }
    double[] inv = invFreq();
    for (int l = 0; l < layers; l++) {
      float[][] q = new float[n][], k = new float[n][], v = new float[n][];
      for (int i = 0; i < n; i++) {
        float[] h = rms(x[i], t.get(name(l, "in_norm")));
        q[i] = matvec(t.get(name(l, "q")), h, heads * hd);
        k[i] = matvec(t.get(name(l, "k")), h, kvHeads * hd);
        v[i] = matvec(t.get(name(l, "v")), h, kvHeads * hd);
        if (type.equals("qwen2")) {
          String p = "model.layers." + l + ".self_attn.";
          addInto(q[i], t.get(p + "q_proj.bias"));
          addInto(k[i], t.get(p + "k_proj.bias"));
          addInto(v[i], t.get(p + "v_proj.bias"));
        }
        rope(q[i], heads, i, inv);
        rope(k[i], kvHeads, i, inv);
      }
      int group = heads / kvHeads;
      for (int i = 0; i < n; i++) {
        float[] ctx = new float[heads * hd];
        for (int hh = 0; hh < heads; hh++) {
          int kvh = hh / group;
          double[] s = new double[i + 1];
          double max = Double.NEGATIVE_INFINITY;
          for (int j = 0; j <= i; j++) {
            double d = 0;
            for (int e = 0; e < hd; e++) {
              d += (double) q[i][hh * hd + e] * k[j][kvh * hd + e];
            }
            s[j] = d / Math.sqrt(hd);
            max = Math.max(max, s[j]);
          }
          double z = 0;
          for (int j = 0; j <= i; j++) {
            s[j] = Math.exp(s[j] - max);
            z += s[j];
          }
          for (int e = 0; e < hd; e++) {
            double acc = 0;
            for (int j = 0; j <= i; j++) {
              acc += s[j] / z * v[j][kvh * hd + e];
            }
            ctx[hh * hd + e] = (float) acc;
          }
        }
        addInto(x[i], matvec(t.get(name(l, "o")), ctx, hidden));
      }
      for (int i = 0; i < n; i++) {
        float[] h = rms(x[i], t.get(name(l, "post_norm")));
        float[] g = matvec(t.get(name(l, "gate")), h, inter);
        float[] u = matvec(t.get(name(l, "up")), h, inter);
        float[] a = new float[inter];
        for (int e = 0; e < inter; e++) {
          a[e] = (float) (g[e] / (1 + Math.exp(-g[e])) * u[e]);
        }
        addInto(x[i], matvec(t.get(name(l, "down")), a, hidden));
      }
    }
    float[] norm = t.get(ex ? "transformer.ln_f.weight" : "model.norm.weight");
    float[] head = tied ? emb : t.get("lm_head.weight");
    float[][] out = new float[n][];
    for (int i = 0; i < n; i++) {
      out[i] = matvec(head, rms(x[i], norm), vocab);
    }
    return out;
  }

  private double[] invFreq() {
    double[] f = new double[hd / 2];
    JsonObject rs = cfg.has("rope_scaling") ? cfg.getAsJsonObject("rope_scaling") : null;
    for (int i = 0; i < f.length; i++) {
      double inv = Math.pow(theta, -(2.0 * i) / hd);
      if (rs != null) { // HF _compute_llama3_parameters
        double factor = rs.get("factor").getAsDouble();
        double lo = rs.get("low_freq_factor").getAsDouble();
        double hi = rs.get("high_freq_factor").getAsDouble();
        double old = rs.get("original_max_position_embeddings").getAsDouble();
        double wl = 2 * Math.PI / inv;
        if (wl > old / lo) {
          inv = inv / factor;
        } else if (wl >= old / hi) {
          double sm = (old / wl - lo) / (hi - lo);
          inv = (1 - sm) * inv / factor + sm * inv;
        }
      }
      f[i] = inv;
    }
    return f;
  }

  private void rope(float[] x, int nHeads, int pos, double[] inv) {
    int half = hd / 2;
    for (int h = 0; h < nHeads; h++) {
      int o = h * hd;
      for (int i = 0; i < half; i++) {
        double c = Math.cos(pos * inv[i]);
        double s = Math.sin(pos * inv[i]);
        double a = x[o + i];
        double b = x[o + i + half];
        x[o + i] = (float) (a * c - b * s);
        x[o + i + half] = (float) (b * c + a * s);
      }
    }
  }

  private float[] rms(float[] x, float[] w) {
    double ss = 0;
    for (float f : x) {
      ss += (double) f * f;
    }
    double r = 1.0 / Math.sqrt(ss / x.length + eps);
    float[] o = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      o[i] = (float) (x[i] * r * w[i]);
    }
    return o;
  }

  private static float[] matvec(float[] w, float[] x, int rows) {
    int cols = x.length;
    float[] o = new float[rows];
    for (int r = 0; r < rows; r++) {
      double acc = 0;
      for (int c = 0; c < cols; c++) {
        acc += (double) w[r * cols + c] * x[c];
      }
      o[r] = (float) acc;
    }
    return o;
  }

  private static void addInto(float[] a, float[] b) {
    for (int i = 0; i < a.length; i++) {
      a[i] += b[i];
    }
  }
}
