package io.edgewise.security;

import io.edgewise.base.access.Role;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, whatever mechanism authenticated them.
 *
 * @param name the login name, token name or node credential name, as written to the audit log
 * @param tenantId the tenant the caller acts in; empty for platform administrators
 * @param roles the granted roles, implied ones included
 * @param nodeId for node credentials, the only node the caller may speak for
 */
public record Caller(String name, Optional<UUID> tenantId, Set<Role> roles, Optional<UUID> nodeId) {

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
