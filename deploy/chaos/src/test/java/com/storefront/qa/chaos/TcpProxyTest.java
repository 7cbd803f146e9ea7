package com.storefront.qa.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

/** The proxy forwards bytes both ways, and a cut drops open lines and refuses new ones. */
class TcpProxyTest {
  @Test
  void forwardsCutsAndHeals() throws Exception {
    try (ServerSocket echo = new ServerSocket(0)) {
      Thread.ofVirtual().start(() -> echoLoop(echo));
      int proxyPort;
      try (ServerSocket probe = new ServerSocket(0)) {
        proxyPort = probe.getLocalPort();
      }
      try (TcpProxy proxy = new TcpProxy(proxyPort, echo.getLocalPort())) {
        Socket s = new Socket("127.0.0.1", proxyPort);
        assertThat(roundTrip(s, "hello")).isEqualTo("hello");
        proxy.cut();
        assertThat(s.getInputStream().read()).isEqualTo(-1); // the open line was dropped
        try (Socket refused = new Socket("127.0.0.1", proxyPort)) {
          assertThat(refused.getInputStream().read()).isEqualTo(-1);
        }
        proxy.heal();
        try (Socket again = new Socket("127.0.0.1", proxyPort)) {
          assertThat(roundTrip(again, "again")).isEqualTo("again");
        }
      }
    }
  }

  private static String roundTrip(Socket s, String text) throws IOException {
    OutputStream out = s.getOutputStream();
    out.write(text.getBytes());
    out.flush();
    InputStream in = s.getInputStream();
    byte[] buf = in.readNBytes(text.length());
    return new String(buf);
  }

  private static void echoLoop(ServerSocket server) {
    while (!server.isClosed()) {
      try {
        Socket c = server.accept();
        Thread.ofVirtual()
            .start(
                () -> {
                  try (c) {
                    c.getInputStream().transferTo(c.getOutputStream());
                  } catch (IOException ignored) {
                    // closed
                  }
                });
      } catch (IOException e) {
        return;
      }
    }
  }
}
