package io.edgewise.node;

import java.util.List;
import java.util.UUID;

/** What a heartbeat statement did: the node's status, or the GPU indexes it does not know. */
public sealed interface HeartbeatOutcome {
  /**
   * Recorded; the node's status afterwards and the tenant's latest plan (null before the first).
   */
  record Recorded(NodeStatus status, UUID planId) implements HeartbeatOutcome {}

  /** Nothing written: the node has no GPUs with these indexes. */
  record UnknownGpus(List<Integer> indexes) implements HeartbeatOutcome {}
}
