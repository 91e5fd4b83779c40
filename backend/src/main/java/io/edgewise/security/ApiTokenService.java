package io.edgewise.security;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.access.Role;
import io.edgewise.base.db.TenantScope;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issues, lists, revokes and checks API tokens and node credentials. */
@ApplicationScoped
public class ApiTokenService {

  /**
   * Every secret starts with this, so scanners and the bearer mechanism recognise Edgewise tokens.
   */
  public static final String SECRET_PREFIX = "ew_";

  /** How stale last-used may get before a use writes it again; spares a write per request. */
  private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

  /** A freshly created token with its secret, which is never retrievable again. */
  public record IssuedToken(ApiToken token, String secret) {}

  private final SecureRandom random = new SecureRandom();

  @Inject ApiTokenRepository tokens;
  @Inject ApiTokenCache cache;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  @Transactional
  public IssuedToken create(String name, Role role, Instant expiresAt) {
    if (!role.isTenantRole()) {
      throw new InvalidInput(
          "tokens act inside a tenant",
          List.of(new FieldError("role", "must be one of ADMIN, OPERATOR, VIEWER, AGENT")));
    }
    if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
      throw new InvalidInput(
          "the token would be expired already",
          List.of(new FieldError("expiresAt", "must be in the future")));
    }
    IssuedToken issued = issue(caller.tenantId(), name, role, null, expiresAt, caller.name());
    audit.record("create", "api-token", issued.token().id, name + " as " + role);
    return issued;
  }

  /**
   * A credential for one node; earlier credentials of that node are revoked. Joins the caller's
   * transaction.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public IssuedToken issueNodeCredential(
      UUID tenantId, UUID nodeId, String nodeName, String issuedBy) {
    tokens.revokeNodeCredentials(nodeId, Instant.now());
    cache.forgetNode(nodeId);
    return issue(tenantId, "node:" + nodeName, Role.AGENT, nodeId, null, issuedBy);
  }

  /**
   * Revokes every credential of a node, here and in this replica's cache (the node is being
   * deleted).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void revokeNodeCredentials(UUID nodeId) {
    tokens.revokeNodeCredentials(nodeId, Instant.now());
    cache.forgetNode(nodeId);
  }

  @Transactional
  public PageResult<ApiToken> list(boolean includeRevoked, PageRequest page) {
    return tokens.page(includeRevoked, page);
  }

  @Transactional
  public ApiToken get(UUID id) {
    return tokens.requireOwned(id);
  }

  /** Revokes a token; revoking twice is harmless. */
  @Transactional
  public ApiToken revoke(UUID id) {
    ApiToken token = tokens.requireOwned(id);
    if (token.revokedAt == null) {
      token.revokedAt = Instant.now();
      cache.forget(id);
      audit.record("revoke", "api-token", id, token.name);
    }
    return token;
  }

  /**
   * The live token behind a presented secret; records its use. Served from {@link ApiTokenCache}
   * when it was seen lately, else looked up in platform scope.
   */
  public Optional<ApiTokenCache.CachedToken> authenticate(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
      return Optional.empty();
    }
    String hash = PasswordHasher.digest(secret);
    Instant now = Instant.now();
    Optional<ApiTokenCache.CachedToken> cached = cache.find(hash, now);
    if (cached.isPresent()) {
      return cached;
    }
    Optional<ApiToken> token =
        TenantScope.platform(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () -> {
                          Optional<ApiToken> found =
                              tokens.findByHashAnyTenant(hash).filter(t -> t.usableAt(now));
                          found
                              .filter(
                                  t ->
                                      t.lastUsedAt == null
                                          || t.lastUsedAt.isBefore(
                                              now.minus(LAST_USED_GRANULARITY)))
                              .ifPresent(t -> t.lastUsedAt = now);
                          return found;
                        }));
    token.ifPresent(t -> cache.put(hash, t));
    return token.map(ApiTokenCache.CachedToken::of);
  }

  private IssuedToken issue(
      UUID tenantId, String name, Role role, UUID nodeId, Instant expiresAt, String issuedBy) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token = new ApiToken();
    token.id = UUID.randomUUID();
    token.tenantId = tenantId;
    token.name = name;
    token.role = role;
    token.nodeId = nodeId;
    token.tokenHash = PasswordHasher.digest(secret);
    token.tokenPrefix = secret.substring(0, SECRET_PREFIX.length() + 6);
    token.createdBy = issuedBy;
    token.createdAt = Instant.now();
    token.expiresAt = expiresAt;
    tokens.persist(token);
    return new IssuedToken(token, secret);
  }
}
