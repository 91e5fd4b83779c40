package io.edgewise.agent.link;

import java.util.UUID;

/**
 * What a registration gave this machine: its node and the node credential (the latest one; earlier
 * ones are revoked), and the node's site id when the control plane's answer named it (null
 * otherwise; files written before it was kept read as null).
 */
public record Registration(String agentId, UUID nodeId, String credential, UUID siteId) {
  @Override
  public String toString() { // never log the secret
    return "Registration[agentId=" + agentId + ", nodeId=" + nodeId + ", siteId=" + siteId + "]";
  }
}
