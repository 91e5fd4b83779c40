package io.edgewise.base.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row that belongs to one tenant, with an optimistic-locking version and timestamps. */
@MappedSuperclass
public abstract class TenantOwnedEntity {

  @Id public UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  public UUID tenantId;

  @Version public long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @PrePersist
  void beforeInsert() {
    if (id == null) {
      id = UUID.randomUUID();
    }
    createdAt = updatedAt = Instant.now();
  }

  @PreUpdate
  void beforeUpdate() {
    updatedAt = Instant.now();
  }
}
