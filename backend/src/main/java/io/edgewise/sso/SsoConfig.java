package io.edgewise.sso;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How OIDC tokens name a caller's tenant and role. The connection itself (issuer, client, secret)
 * is Quarkus's own {@code quarkus.oidc.*}; OIDC is on exactly when {@code
 * quarkus.oidc.auth-server-url} is set ({@link OidcSwitch}).
 */
@ConfigMapping(prefix = "edgewise.sso")
public interface SsoConfig {

  /** The claim holding the tenant's slug; a path with {@code /} reaches into nested claims. */
  @WithDefault("tenant")
  String tenantClaim();

  /** The claim holding the identity provider's role names (Keycloak realm roles by default). */
  @WithDefault("realm_access/roles")
  String rolesClaim();

  /** The provider role that makes a caller a tenant {@code ADMIN}. */
  @WithDefault("edgewise-admin")
  String adminRole();

  /** The provider role that makes a caller an {@code OPERATOR}. */
  @WithDefault("edgewise-operator")
  String operatorRole();

  /** The provider role that makes a caller a {@code VIEWER}. */
  @WithDefault("edgewise-viewer")
  String viewerRole();
}
