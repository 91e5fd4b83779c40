package io.edgewise.node;

import java.util.UUID;

/**
 * One model as a node's agent reports it in a heartbeat.
 *
 * @param state LOADED, LOADING, FAILED or STORED (downloaded, not loaded)
 * @param loadMs how long the last load took, null while none finished
 * @param error why the load failed, for FAILED
 */
public record ModelReport(
    UUID versionId, String sha256, ModelState state, Double loadMs, String error) {

  /** The longest load error a report keeps. */
  public static final int ERROR_MAX = 2_000;

  /** Where a model stands on a node. */
  public enum ModelState {
    LOADED,
    LOADING,
    FAILED,
    STORED
  }
}
