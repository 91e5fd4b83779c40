package io.edgewise.node;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change of a node's status, with why it happened. */
@Entity
@Table(name = "node_status_transitions")
public class NodeStatusTransition {

  public static final String REASON_HEARTBEAT = "heartbeat";
  public static final String REASON_MISSED_HEARTBEATS = "missed heartbeats";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "tenant_id", updatable = false)
  public UUID tenantId;

  @Column(name = "node_id", updatable = false)
  public UUID nodeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  public NodeStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  public NodeStatus toStatus;

  public String reason;

  public Instant at;
}
