package com.storefront.qa.local;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;

/**
 * A stand-in for a Quarkus service in supervisor tests, run as a real child process: it serves
 * {@code /q/health/ready} (200) on {@code -Dquarkus.http.port}, prints a line, and runs until it is
 * killed; with {@code -Dfake.exit-after-ms=N} it exits with status 3 that long after it is ready (a
 * service that keeps crashing). JDK classes only, so it runs from a jar of its own.
 */
public final class FakeService {
  private FakeService() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(System.getProperty("quarkus.http.port"));
    HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    http.createContext(
        "/q/health/ready",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    http.start();
    System.out.println("fake service up on " + port);
    long exitAfter = Long.getLong("fake.exit-after-ms", -1);
    if (exitAfter >= 0) {
      Thread.sleep(exitAfter);
      System.out.println("fake service crashing on purpose");
      System.exit(3);
    }
    Thread.sleep(Long.MAX_VALUE);
  }
}
