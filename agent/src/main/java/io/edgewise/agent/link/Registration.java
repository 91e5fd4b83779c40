package io.edgewise.agent.link;

import java.util.UUID;

/** What a registration gave this machine: its node and the node credential (the latest one; earlier ones are revoked). */
public record Registration(String agentId, UUID nodeId, String credential) {
  @Override
  public String toString() { // never log the secret
    return "Registration[agentId=" + agentId + ", nodeId=" + nodeId + "]";
  }
}
