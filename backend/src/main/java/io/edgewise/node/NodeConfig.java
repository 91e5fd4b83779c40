package io.edgewise.node;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How often agents heartbeat and when a silent node counts as offline. */
@ConfigMapping(prefix = "edgewise.nodes")
public interface NodeConfig {

  /** How often agents are told to heartbeat ({@code EDGEWISE_NODES_HEARTBEAT_INTERVAL}). */
  @WithDefault("10s")
  Duration heartbeatInterval();

  /** How many heartbeats in a row an ONLINE node may miss before it is marked OFFLINE. */
  @WithDefault("3")
  int missedHeartbeats();

  /** How often the offline sweeper runs ({@code EDGEWISE_NODES_SWEEP_EVERY}). */
  @WithDefault("5s")
  Duration sweepEvery();

  /** The silence after which an ONLINE node is OFFLINE: interval × missed heartbeats. */
  default Duration offlineAfter() {
    return heartbeatInterval().multipliedBy(missedHeartbeats());
  }
}
