package io.edgewise.sso;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.access.Role;
import io.edgewise.security.User;
import io.edgewise.security.UserService;
import io.edgewise.tenant.Tenant;
import io.edgewise.tenant.TenantService;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Resolves a verified token to its tenant and role, and provisions people just in time: the first
 * sign-in of an e-mail creates a local account in the token's tenant with the token's role (and a
 * random password nobody knows, so it can sign in only through the identity provider); later tokens
 * update the role, so a role changed in Keycloak applies with the next token. Tokens without an
 * {@code email} claim are integrations (service accounts): they act as {@code client:<id>} and get
 * no account. Runs in platform scope: the tenant is what is being decided.
 */
@ApplicationScoped
public class SsoAccounts {

  private static final Logger LOG = Logger.getLogger(SsoAccounts.class);
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String ACTOR = "oidc";

  @Inject SsoConfig config;
  @Inject TenantService tenants;
  @Inject UserService users;
  @Inject AuditLog audit;

  /**
   * The caller {@code claims} stand for; {@link AuthenticationFailedException} (401), caused by a
   * {@link SsoRefusedException} when they name none.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public SsoCaller resolve(TokenClaims claims) {
    String slug =
        claims
            .string(config.tenantClaim())
            .orElseThrow(
                () ->
                    reject(
                        SsoRefusedException.Reason.NO_TENANT,
                        "the token has no '" + config.tenantClaim() + "' claim"));
    Tenant tenant =
        tenants
            .findBySlug(slug)
            .orElseThrow(
                () ->
                    reject(
                        SsoRefusedException.Reason.UNKNOWN_TENANT,
                        "the token names tenant '" + slug + "', which does not exist"));
    Role role =
        role(claims.strings(config.rolesClaim()))
            .orElseThrow(
                () ->
                    reject(
                        SsoRefusedException.Reason.NO_ROLE,
                        "the token holds none of the roles "
                            + List.of(
                                config.adminRole(), config.operatorRole(), config.viewerRole())));
    Optional<String> email = claims.string("email");
    if (email.isEmpty()) {
      String client =
          claims
              .string("azp")
              .or(() -> claims.string("client_id"))
              .orElseGet(() -> claims.string("sub").orElse("unknown"));
      return new SsoCaller("client:" + client, tenant.id, role);
    }
    return new SsoCaller(
        account(email.get(), claims.string("name"), tenant, role).email, tenant.id, role);
  }

  /** The highest Edgewise role among the provider's role names. */
  Optional<Role> role(List<String> providerRoles) {
    if (providerRoles.contains(config.adminRole())) {
      return Optional.of(Role.ADMIN);
    }
    if (providerRoles.contains(config.operatorRole())) {
      return Optional.of(Role.OPERATOR);
    }
    return providerRoles.contains(config.viewerRole())
        ? Optional.of(Role.VIEWER)
        : Optional.empty();
  }

  private User account(String email, Optional<String> displayName, Tenant tenant, Role role) {
    Optional<User> existing = users.findByEmailAnyTenant(email);
    if (existing.isEmpty()) {
      User user =
          users.provision(tenant.id, email, displayName.orElse(null), role, unguessablePassword());
      audit.record(
          tenant.id,
          ACTOR,
          "provision",
          "user",
          user.id,
          user.email + " as " + role + " (first sign-in through OIDC)");
      return user;
    }
    User user = existing.get();
    if (!tenant.id.equals(user.tenantId)) {
      throw reject(
          SsoRefusedException.Reason.OTHER_TENANT,
          email
              + " belongs to another tenant than '"
              + tenant.slug
              + "'"); // never move accounts between tenants
    }
    if (!user.enabled) {
      throw reject(SsoRefusedException.Reason.DISABLED, email + " is disabled in Edgewise");
    }
    if (user.role != role) {
      audit.record(
          tenant.id,
          ACTOR,
          "update",
          "user",
          user.id,
          user.email + " as " + role + " (was " + user.role + ", from the token)");
      user.role = role;
    }
    return user;
  }

  private static String unguessablePassword() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static AuthenticationFailedException reject(
      SsoRefusedException.Reason reason, String detail) {
    LOG.infof("OIDC sign-in refused: %s", detail);
    return new AuthenticationFailedException(detail, new SsoRefusedException(reason, detail));
  }
}
