package com.storefront.qa.llm.config;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Small typed accessors over Gson so config errors name the file and key. */
public final class Json {
  private final Path file;
  private final JsonObject obj;

  private Json(Path file, JsonObject obj) {
    this.file = file;
    this.obj = obj;
  }

  /** Reads a JSON object file; a missing or malformed file is an {@link UncheckedIOException}. */
  public static Json read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonElement e = JsonParser.parseString(text);
      if (!e.isJsonObject()) {
        throw new UncheckedIOException(new IOException(file + ": expected a JSON object"));
      }
      return new Json(file, e.getAsJsonObject());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException(new IOException("missing file: " + file, e));
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e, e));
    } catch (JsonSyntaxException | IllegalStateException e) {
      throw new UncheckedIOException(new IOException(file + ": malformed JSON: " + e.getMessage()));
    }
  }

  public Path file() {
    return file;
  }

  public JsonObject raw() {
    return obj;
  }

  public boolean has(String key) {
    return obj.has(key) && !obj.get(key).isJsonNull();
  }

  public int requireInt(String key) {
    return require(key).getAsInt();
  }

  public double requireDouble(String key) {
    return require(key).getAsDouble();
  }

  public String requireString(String key) {
    return require(key).getAsString();
  }

  public int optInt(String key, int dflt) {
    return has(key) ? obj.get(key).getAsInt() : dflt;
  }

  public double optDouble(String key, double dflt) {
    return has(key) ? obj.get(key).getAsDouble() : dflt;
  }

  public boolean optBool(String key, boolean dflt) {
    return has(key) ? obj.get(key).getAsBoolean() : dflt;
  }

  public String optString(String key, String dflt) {
    return has(key) ? obj.get(key).getAsString() : dflt;
  }

  /** A nested object, or null when absent. */
  public Json optObject(String key) {
    return has(key) && obj.get(key).isJsonObject()
        ? new Json(file, obj.get(key).getAsJsonObject())
        : null;
  }

  private JsonElement require(String key) {
    if (!has(key)) {
      throw new IllegalArgumentException(file + ": missing required key '" + key + "'");
    }
    return obj.get(key);
  }
}
