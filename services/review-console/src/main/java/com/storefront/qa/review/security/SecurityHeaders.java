package com.storefront.qa.review.security;

import com.storefront.qa.review.app.ConsoleConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * Security headers on every response: a CSP without inline script or style and {@code
 * frame-ancestors 'none'}, no sniffing, no referrer, no framing; and, with {@code
 * qa.console.secure-cookies=true} (the default), {@code Secure} on every cookie the console sets,
 * also when TLS ends at an ingress in front of it (Quarkus marks cookies Secure only on a TLS
 * connection of its own).
 */
@ApplicationScoped
public class SecurityHeaders {
  /** The console's Content-Security-Policy: its own scripts and styles only. */
  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none';"
          + " frame-ancestors 'none'";

  @Inject ConsoleConfig config;

  void register(@Observes Filters filters) {
    boolean secure = config.secureCookies();
    filters.register(rc -> apply(rc, secure), 100);
  }

  private static void apply(RoutingContext rc, boolean secure) {
    rc.addHeadersEndHandler(
        v -> {
          MultiMap h = rc.response().headers();
          h.set("Content-Security-Policy", CSP);
          h.set("X-Frame-Options", "DENY");
          h.set("X-Content-Type-Options", "nosniff");
          h.set("Referrer-Policy", "no-referrer");
          h.set("Cross-Origin-Opener-Policy", "same-origin");
          if (secure) {
            h.set("Strict-Transport-Security", "max-age=31536000");
            List<String> cookies = h.getAll("Set-Cookie");
            if (!cookies.isEmpty()) {
              h.remove("Set-Cookie");
              for (String c : cookies) {
                h.add("Set-Cookie", withSecure(c));
              }
            }
          }
        });
    rc.next();
  }

  /** The Set-Cookie value with the Secure attribute. */
  static String withSecure(String setCookie) {
    return setCookie.toLowerCase(Locale.ROOT).contains("; secure")
        ? setCookie
        : setCookie + "; Secure";
  }
}
