package com.storefront.qa.orchestrator.http.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Makes API keys and their stored hashes. The pepper comes from the environment variable {@code
 * QA_HTTP_API_KEY_PEPPER} (the same secret the orchestrator reads), never from an argument, so it
 * does not end up in shell history.
 *
 * <pre>
 * java -cp services/orchestrator/target/classes com.storefront.qa.orchestrator.http.auth.ApiKeyTool new
 * printf %s "$KEY" | java -cp ... com.storefront.qa.orchestrator.http.auth.ApiKeyTool hash
 * </pre>
 */
public final class ApiKeyTool {
  private ApiKeyTool() {}

  public static void main(String[] args) throws IOException {
    String pepper = System.getenv("QA_HTTP_API_KEY_PEPPER");
    if (args.length != 1 || !(args[0].equals("new") || args[0].equals("hash"))) {
      System.err.println(
          "usage: ApiKeyTool new | hash  (key on stdin; pepper in QA_HTTP_API_KEY_PEPPER)");
      System.exit(2);
    }
    if (pepper == null || pepper.length() < 16) {
      System.err.println("set QA_HTTP_API_KEY_PEPPER (at least 16 characters) first");
      System.exit(2);
    }
    ApiKeyHasher hasher = new ApiKeyHasher(pepper);
    if (args[0].equals("new")) {
      String key = ApiKeyHasher.newKey();
      System.out.println("key:  " + key + "   (give this to the shop; it is not stored)");
      System.out.println("hash: " + hasher.hashHex(key) + "   (qa.http.api-keys.<id>.hash)");
      return;
    }
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String key = in.readLine();
    if (key == null || key.isBlank()) {
      System.err.println("no key on stdin");
      System.exit(2);
    }
    System.out.println(hasher.hashHex(key.strip()));
  }
}
