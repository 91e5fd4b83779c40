package io.edgewise.security;

import io.edgewise.base.access.Role;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers live tokens by secret hash for a short while, so an agent heartbeating every few
 * seconds costs no database lookup to authenticate. This replica forgets a token the moment it is
 * revoked here; other replicas honour a revocation within {@code edgewise.tokens.cache-ttl}
 * (default 30 s).
 */
@ApplicationScoped
public class ApiTokenCache {

  /** What authentication needs of a token; never the secret. */
  public record CachedToken(
      UUID id, UUID tenantId, String name, Role role, UUID nodeId, Instant expiresAt) {
    static CachedToken of(ApiToken t) {
      return new CachedToken(t.id, t.tenantId, t.name, t.role, t.nodeId, t.expiresAt);
    }
  }

  private record Entry(CachedToken token, long until) {}

  private static final int MAX_ENTRIES = 100_000;

  private final Map<String, Entry> byHash = new ConcurrentHashMap<>();

  /**
   * A node has one live credential; this finds it without scanning (registrations forget often).
   */
  private final Map<UUID, String> hashByNode = new ConcurrentHashMap<>();

  private final long ttlNanos;

  public ApiTokenCache(
      @ConfigProperty(name = "edgewise.tokens.cache-ttl", defaultValue = "30s") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  Optional<CachedToken> find(String hash, Instant now) {
    Entry entry = byHash.get(hash);
    if (entry == null
        || entry.until() - System.nanoTime() < 0
        || (entry.token().expiresAt() != null && !entry.token().expiresAt().isAfter(now))) {
      return Optional.empty();
    }
    return Optional.of(entry.token());
  }

  void put(String hash, ApiToken token) {
    if (ttlNanos <= 0) {
      return;
    }
    if (byHash.size() >= MAX_ENTRIES) {
      byHash.clear();
      hashByNode.clear();
    }
    byHash.put(hash, new Entry(CachedToken.of(token), System.nanoTime() + ttlNanos));
    if (token.nodeId != null) {
      hashByNode.put(token.nodeId, hash);
    }
  }

  /** Forgets a token (revoked, or replaced by a new node credential). */
  void forget(UUID tokenId) {
    byHash.values().removeIf(entry -> entry.token().id().equals(tokenId));
  }

  /** Forgets every credential of a node. */
  void forgetNode(UUID nodeId) {
    String hash = hashByNode.remove(nodeId);
    if (hash != null) {
      byHash.remove(hash);
    }
  }
}
