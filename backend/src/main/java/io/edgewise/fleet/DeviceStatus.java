package io.edgewise.fleet;

/** What the control plane last knew about a device. */
public enum DeviceStatus {
  /** Registered, never heard from; the default. */
  UNKNOWN,
  ONLINE,
  OFFLINE,
  /** Retired; kept for history, never planned for. */
  DECOMMISSIONED
}
