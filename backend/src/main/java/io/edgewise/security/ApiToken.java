package io.edgewise.security;

import io.edgewise.base.access.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A tenant-scoped bearer secret for integrations and agents. Only the SHA-256 of the secret is
 * stored: the secret itself is shown once, when the token is created. A node credential is a token
 * bound to one node.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

  public static final int NAME_MAX = 100;

  @Id public UUID id;

  @Column(name = "tenant_id")
  public UUID tenantId;

  public String name;

  @Enumerated(EnumType.STRING)
  public Role role;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "token_prefix")
  public String tokenPrefix;

  @Column(name = "node_id")
  public UUID nodeId;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  public boolean usableAt(Instant now) {
    return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
  }
}
