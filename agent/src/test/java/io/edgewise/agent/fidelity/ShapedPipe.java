package io.edgewise.agent.fidelity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * One direction of a shaped link. A reader thread takes whatever has arrived and schedules it in
 * virtual time: the chunk leaves the link once all bytes before it have left and its own bytes have
 * had their tokens at {@code mbps} (a token bucket that holds no burst, so every byte is
 * serialised, as on a real link), and it arrives {@code oneWayNanos} later. A writer thread
 * delivers each chunk at its arrival time. Scheduling in virtual time rather than by sleeping keeps
 * the shaping exact to the clock's resolution however coarse the sleeps are; chunks in flight
 * overlap as on a real pipe.
 */
final class ShapedPipe {

  private static final int CHUNK = 64 * 1024;

  private record Chunk(long arriveNanos, byte[] bytes) {}

  private static final Chunk END = new Chunk(0, new byte[0]);

  private final Socket from;
  private final Socket to;
  private final double nanosPerByte;
  private final long oneWayNanos;
  private final String name;
  private final BlockingQueue<Chunk> inFlight = new LinkedBlockingQueue<>();

  ShapedPipe(Socket from, Socket to, double mbps, long oneWayNanos, String name) {
    this.from = from;
    this.to = to;
    this.nanosPerByte = 8_000 / mbps;
    this.oneWayNanos = oneWayNanos;
    this.name = name;
  }

  void start() {
    daemon(this::read, "proxy-" + name + "-read");
    daemon(this::write, "proxy-" + name + "-write");
  }

  private void read() {
    byte[] buffer = new byte[CHUNK];
    long linkFreeNanos = 0;
    try {
      // not closed here: closing a socket's stream closes the socket, and the other direction
      InputStream in = from.getInputStream();
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        long now = System.nanoTime();
        linkFreeNanos = Math.max(now, linkFreeNanos) + (long) (n * nanosPerByte);
        inFlight.add(new Chunk(linkFreeNanos + oneWayNanos, Arrays.copyOf(buffer, n)));
      }
    } catch (IOException e) {
      // the other side closed: the pipe ends like the connection
    }
    inFlight.add(END);
  }

  private void write() {
    try {
      OutputStream out = to.getOutputStream();
      for (Chunk chunk = inFlight.take(); chunk != END; chunk = inFlight.take()) {
        for (long wait = chunk.arriveNanos() - System.nanoTime();
            wait > 0;
            wait = chunk.arriveNanos() - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        out.write(chunk.bytes());
        out.flush();
      }
      to.shutdownOutput();
    } catch (IOException e) {
      // the receiver went away; nothing left to deliver to
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void daemon(Runnable body, String name) {
    Thread thread = new Thread(body, name);
    thread.setDaemon(true);
    thread.start();
  }
}
