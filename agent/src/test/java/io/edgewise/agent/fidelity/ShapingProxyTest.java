package io.edgewise.agent.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The shaping proxy delivers every byte intact and never faster than its link allows: a round trip
 * of {@code n} bytes each way takes at least the RTT plus both directions' serialisation. Only that
 * lower bound is asserted (a busy machine can only make it slower).
 */
class ShapingProxyTest {

  @Test
  void echoTakesAtLeastTheRoundTripAndBothSerialisations() throws Exception {
    byte[] sent = new byte[100_000];
    Arrays.fill(sent, (byte) 7);
    sent[99_999] = 42;
    try (ServerSocket echo = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      Thread server = new Thread(() -> echoOnce(echo, sent.length));
      server.setDaemon(true);
      server.start();
      try (ShapingProxy proxy = new ShapingProxy(echo.getLocalPort(), LinkPreset.LTE);
          Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
        long start = System.nanoTime();
        client.getOutputStream().write(sent);
        byte[] back = client.getInputStream().readNBytes(sent.length);
        double ms = (System.nanoTime() - start) / 1e6;

        assertThat(back).isEqualTo(sent);
        // LTE: 40 ms RTT; 100 kB at 20 Mbit/s is 40 ms each way
        assertThat(ms).isGreaterThanOrEqualTo(40 + 2 * 40.0);
      }
    }
  }

  private static void echoOnce(ServerSocket echo, int bytes) {
    try (Socket s = echo.accept()) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      out.write(in.readNBytes(bytes));
      out.flush();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
