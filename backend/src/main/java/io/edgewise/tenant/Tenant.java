package io.edgewise.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An organisation using Edgewise; every tenant-owned row points at one. */
@Entity
@Table(name = "tenants")
public class Tenant {

  public static final String SLUG_PATTERN = "^[a-z0-9][a-z0-9-]{1,62}$";
  public static final int NAME_MAX = 120;

  @Id public UUID id;
  public String slug;
  public String name;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;
}
