package io.edgewise.agent.fidelity;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A TCP proxy on loopback that makes the device→edge link look like {@code link}: every byte sent
 * either way waits for its token at the link's bandwidth ({@link ShapedPipe}) and then travels half
 * the RTT. Each accepted connection is forwarded to {@code 127.0.0.1:targetPort}; what travels
 * towards the target is the uplink, what comes back the downlink.
 */
final class ShapingProxy implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(ShapingProxy.class.getName());

  private final ServerSocket listener;
  private final int targetPort;
  private final double mbps;
  private final double rttMs;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  ShapingProxy(int targetPort, LinkPreset link) throws IOException {
    this(targetPort, link.mbps(), link.rttMs());
  }

  ShapingProxy(int targetPort, double mbps, double rttMs) throws IOException {
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.targetPort = targetPort;
    this.mbps = mbps;
    this.rttMs = rttMs;
    this.acceptor = new Thread(this::acceptAll, "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  private void acceptAll() {
    while (!listener.isClosed()) {
      try {
        Socket device = listener.accept();
        Socket edge = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        device.setTcpNoDelay(true);
        edge.setTcpNoDelay(true);
        sockets.add(device);
        sockets.add(edge);
        long oneWayNanos = (long) (rttMs * 1e6 / 2);
        new ShapedPipe(device, edge, mbps, oneWayNanos, "up").start();
        new ShapedPipe(edge, device, mbps, oneWayNanos, "down").start();
      } catch (IOException e) {
        if (!listener.isClosed()) {
          LOG.log(Level.WARNING, "the shaping proxy could not connect a client", e);
        }
      }
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    for (Socket socket : sockets) {
      socket.close();
    }
    acceptor.interrupt();
  }
}
