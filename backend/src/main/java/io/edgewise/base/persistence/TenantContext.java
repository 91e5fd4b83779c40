package io.edgewise.base.persistence;

import java.util.Optional;
import java.util.UUID;

/**
 * The tenant the current work acts in and who is acting. Implemented once, by the security feature,
 * from the authenticated caller or an explicit {@link io.edgewise.base.db.TenantScope}.
 */
public interface TenantContext {

  /** The tenant; 401 without credentials, 403 for callers that act in no tenant. */
  UUID tenantId();

  /** The tenant, if the work acts in one. */
  Optional<UUID> currentTenant();

  /** The name recorded in the audit log: a login, a token name, or "system". */
  String actorName();
}
