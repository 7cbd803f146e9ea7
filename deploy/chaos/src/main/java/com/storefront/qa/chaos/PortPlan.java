package com.storefront.qa.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

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

  private static int[] freePorts(int n) {
    // Hold all sockets open until every port is chosen, so no port is handed out twice.
    List<ServerSocket> held = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0);
        held.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket s : held) {
        try {
          s.close();
        } catch (IOException ignored) {
          // a port we could not close stays taken; the broker will say so
        }
      }
    }
  }
}
