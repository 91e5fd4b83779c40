package io.edgewise.agent.link;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Whether the control plane answers; logs transitions only (connected, unreachable since T,
 * reconnected).
 */
public class ConnectionState {
  /** The states a health check reports. */
  public enum Phase {
    STARTING,
    CONNECTED,
    UNREACHABLE
  }

  private static final Logger LOG = Logger.getLogger(ConnectionState.class.getName());
  private final Clock clock;
  private volatile Phase phase = Phase.STARTING;
  private volatile Instant unreachableSince;
  private boolean everConnected;

  public ConnectionState(Clock clock) {
    this.clock = clock;
  }

  public Phase phase() {
    return phase;
  }

  public synchronized void succeeded(String detail) {
    if (phase == Phase.CONNECTED) {
      return;
    }
    if (phase == Phase.UNREACHABLE) {
      LOG.info(
          (everConnected ? "reconnected" : "connected")
              + " to the control plane after "
              + Duration.between(unreachableSince, clock.instant()).toSeconds()
              + " s (unreachable since "
              + unreachableSince
              + "); "
              + detail);
    } else {
      LOG.info("connected to the control plane; " + detail);
    }
    everConnected = true;
    unreachableSince = null;
    phase = Phase.CONNECTED;
  }

  public synchronized void failed(String reason) {
    if (phase == Phase.UNREACHABLE) {
      return;
    }
    unreachableSince = clock.instant();
    phase = Phase.UNREACHABLE;
    LOG.warning(
        "control plane unreachable since "
            + unreachableSince
            + ": "
            + reason
            + "; retrying with backoff");
  }
}
