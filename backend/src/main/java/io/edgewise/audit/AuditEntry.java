package io.edgewise.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change: an actor, an action on an entity, and when. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "tenant_id")
  public UUID tenantId;

  public String actor;
  public String action;

  @Column(name = "entity_type")
  public String entityType;

  @Column(name = "entity_id")
  public String entityId;

  public String summary;
  public Instant at;
}
