package com.storefront.qa.chaos;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between one service and one broker listener that can cut the line: {@link #cut} drops
 * every open connection and refuses new ones until {@link #heal}, which is what a service sees when
 * its network partition from the cluster begins and ends.
 */
final class TcpProxy implements AutoCloseable {
  private final ServerSocket server;
  private final int target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;

  TcpProxy(int listenPort, int targetPort) throws IOException {
    this.target = targetPort;
    this.server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress("127.0.0.1", listenPort));
    Thread.ofVirtual().name("proxy-" + listenPort).start(this::acceptLoop);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        if (cut) {
          client.close();
          continue;
        }
        Thread.ofVirtual().start(() -> connect(client));
      } catch (IOException e) {
        // closed, or one failed accept; the loop condition decides
      }
    }
  }

  private void connect(Socket client) {
    try {
      Socket upstream = new Socket("127.0.0.1", target);
      open.add(client);
      open.add(upstream);
      Thread.ofVirtual().start(() -> pump(client, upstream));
      pump(upstream, client);
    } catch (IOException e) {
      closeQuietly(client); // the broker is down: the client sees a refused connection
    }
  }

  private void pump(Socket from, Socket to) {
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // either side closed
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  /** Drops every connection and refuses new ones. */
  void cut() {
    cut = true;
    for (Socket s : open) {
      closeQuietly(s);
    }
  }

  /** Lets connections through again. */
  void heal() {
    cut = false;
  }

  private void closeQuietly(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException ignored) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    cut();
  }
}
