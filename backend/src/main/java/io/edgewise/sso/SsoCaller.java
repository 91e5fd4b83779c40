package io.edgewise.sso;

import io.edgewise.base.access.Role;
import java.util.UUID;

/**
 * Who an OIDC token stands for in Edgewise.
 *
 * @param name the user's e-mail, or {@code client:<client id>} for a service account
 * @param tenantId the tenant the token's tenant claim names
 * @param role the highest Edgewise role among the token's provider roles
 */
public record SsoCaller(String name, UUID tenantId, Role role) {}
