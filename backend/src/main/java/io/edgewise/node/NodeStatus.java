package io.edgewise.node;

/**
 * Where a node stands. Heartbeats and the offline sweeper move nodes between ONLINE and OFFLINE.
 */
public enum NodeStatus {
  /** Created or registered, no heartbeat yet (or just out of maintenance). */
  PENDING,
  /** Its agent heartbeats on time. */
  ONLINE,
  /** Its agent missed several heartbeats in a row. */
  OFFLINE,
  /** Taken out of service by an administrator; heartbeats do not change it. */
  MAINTENANCE
}
