package io.edgewise.planning.partitioning;

/** A network link: bandwidth in megabits per second and round-trip time in milliseconds. */
public record Link(double mbps, double rttMs) {

  public Link {
    if (!(mbps > 0) || rttMs < 0) {
      throw new IllegalArgumentException("a link needs bandwidth > 0 and RTT >= 0");
    }
  }

  /**
   * Milliseconds to send {@code bytes}: one round trip plus serialisation (1 Mbit/s moves 125 bytes
   * per ms).
   */
  public double transferMs(long bytes) {
    return rttMs + serialisationMs(bytes);
  }

  /** Milliseconds to put {@code bytes} on the wire, without the round trip. */
  public double serialisationMs(long bytes) {
    return bytes / (mbps * 125.0);
  }
}
