package io.edgewise.agentruntime.api;

import io.edgewise.base.error.Forbidden;
import io.edgewise.security.CurrentCaller;
import java.util.UUID;

/**
 * The calling node of an agent runtime request: only a node credential (not a tenant's AGENT token)
 * names one.
 */
final class CallingNode {

  private CallingNode() {}

  static UUID require(CurrentCaller caller, String action) {
    return caller
        .get()
        .nodeId()
        .orElseThrow(
            () ->
                new Forbidden(
                    "only a node credential can "
                        + action
                        + "; register the agent and use the credential it returns"));
  }
}
