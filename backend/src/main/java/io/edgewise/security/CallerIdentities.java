package io.edgewise.security;

import io.edgewise.base.access.Role;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The one mapping between Quarkus security identities and {@link Caller}s. Every authentication
 * mechanism (local accounts, API tokens, and OIDC through {@code io.edgewise.sso}'s augmentor)
 * builds its identity here, so tenant and roles are resolved the same way for all of them.
 */
public final class CallerIdentities {

  static final String TENANT_ATTRIBUTE = "edgewise.tenant";
  static final String NODE_ATTRIBUTE = "edgewise.node";

  private CallerIdentities() {}

  /**
   * An identity for a caller acting as {@code role} in {@code tenantId} (null for platform admins).
   */
  public static SecurityIdentity identity(String name, UUID tenantId, Role role, UUID nodeId) {
    return build(QuarkusSecurityIdentity.builder(), name, tenantId, role, nodeId);
  }

  /**
   * The caller an external identity (an OIDC token) stands for. Its credentials and attributes are
   * kept (the OIDC session and logout need them); its principal and roles are replaced by
   * Edgewise's, so a role named by the identity provider never reaches {@code @RolesAllowed}
   * unmapped.
   */
  public static SecurityIdentity identity(
      SecurityIdentity external, String name, UUID tenantId, Role role) {
    QuarkusSecurityIdentity.Builder builder =
        QuarkusSecurityIdentity.builder()
            .addCredentials(external.getCredentials())
            .addAttributes(external.getAttributes());
    return build(builder, name, tenantId, role, null);
  }

  private static SecurityIdentity build(
      QuarkusSecurityIdentity.Builder builder, String name, UUID tenantId, Role role, UUID nodeId) {
    builder.setPrincipal(new QuarkusPrincipal(name));
    role.granted().forEach(r -> builder.addRole(r.name()));
    if (tenantId != null) {
      builder.addAttribute(TENANT_ATTRIBUTE, tenantId);
    }
    if (nodeId != null) {
      builder.addAttribute(NODE_ATTRIBUTE, nodeId);
    }
    return builder.build();
  }

  /** The caller behind an authenticated identity; empty for anonymous requests. */
  public static Optional<Caller> caller(SecurityIdentity identity) {
    if (identity == null || identity.isAnonymous()) {
      return Optional.empty();
    }
    Set<Role> roles =
        identity.getRoles().stream()
            .flatMap(r -> parse(r).stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    return Optional.of(
        new Caller(
            identity.getPrincipal().getName(),
            Optional.ofNullable(identity.<UUID>getAttribute(TENANT_ATTRIBUTE)),
            roles,
            Optional.ofNullable(identity.<UUID>getAttribute(NODE_ATTRIBUTE))));
  }

  private static Optional<Role> parse(String role) {
    try {
      return Optional.of(Role.valueOf(role));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
