package com.storefront.qa.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every port of a chaos run, chosen once at the start so that restarted brokers come back on the
 * same addresses (the controller quorum is static).
 *
 * <p>Each service reaches the cluster through its own listener on every broker, advertised at a
 * {@link TcpProxy} in front of it: metadata sends a client back to the addresses of the listener it
 * came in on, so a service that bootstraps through its proxies stays behind them, and cutting one
 * service's proxies cuts exactly that service off while everyone else keeps talking.
 */
record PortPlan(int[] controller, int[] internal, int[][] serviceListener, int[][] serviceProxy) {
  static final int NODES = 3;

  private static final int LOW = 20_000;
  private static final int HIGH = 32_000;

  /** Where the next search starts: random per run, so two runs on one machine rarely meet. */
  private static final AtomicInteger NEXT = new AtomicInteger(new Random().nextInt(HIGH - LOW));

  static PortPlan allocate(int services) {
    int[][] listener = new int[services][];
    int[][] proxy = new int[services][];
    for (int s = 0; s < services; s++) {
      listener[s] = freePorts(NODES);
      proxy[s] = freePorts(NODES);
    }
    return new PortPlan(freePorts(NODES), freePorts(NODES), listener, proxy);
  }

  /** The listener name of service {@code s} on every broker. */
  static String listenerName(int s) {
    return "SVC" + s;
  }

  /** Bootstrap servers for the harness itself (producer, checker, admin): no proxy. */
  String internalBootstrap() {
    return join(internal);
  }

  /** Bootstrap servers for service {@code s}: its proxies. */
  String serviceBootstrap(int s) {
    return join(serviceProxy[s]);
  }

  int services() {
    return serviceListener.length;
  }

  private static String join(int[] ports) {
    List<String> parts = new ArrayList<>();
    for (int p : ports) {
      parts.add("127.0.0.1:" + p);
    }
    return String.join(",", parts);
  }

  /**
   * {@code n} ports that are free now, from below Linux's ephemeral range (32768 and up): a port
   * the kernel handed out with {@code bind(0)} can be taken minutes later as the local end of some
   * outgoing connection, and a broker restarted on it would fail with "Address already in use".
   */
  private static synchronized int[] freePorts(int n) {
    int[] ports = new int[n];
    for (int i = 0; i < n; i++) {
      ports[i] = nextFreePort();
    }
    return ports;
  }

  /** One port for a process that must get the same port back when restarted. */
  static synchronized int freePort() {
    return nextFreePort();
  }

  private static int nextFreePort() {
    for (int tries = 0; tries < 2000; tries++) {
      int port = LOW + NEXT.getAndIncrement() % (HIGH - LOW);
      try (ServerSocket s = new ServerSocket()) {
        s.setReuseAddress(false);
        s.bind(new InetSocketAddress("127.0.0.1", port));
        return port;
      } catch (IOException taken) {
        // in use: try the next one
      }
    }
    throw new UncheckedIOException(new IOException("no free port between " + LOW + " and " + HIGH));
  }
}
