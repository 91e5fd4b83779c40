package io.edgewise.deployment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** A site a deployment may be served from; carries the tenant for row-level security. */
@Embeddable
public class TargetSite {

  @Column(name = "site_id")
  public UUID siteId;

  @Column(name = "tenant_id")
  public UUID tenantId;

  protected TargetSite() {}

  public TargetSite(UUID siteId, UUID tenantId) {
    this.siteId = siteId;
    this.tenantId = tenantId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetSite other && Objects.equals(siteId, other.siteId);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(siteId);
  }
}
