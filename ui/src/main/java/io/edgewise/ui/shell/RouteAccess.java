package io.edgewise.ui.shell;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.edgewise.base.access.Role;
import io.edgewise.security.Caller;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;

/**
 * Who may enter which route, from the route's own annotations: {@link AnonymousAllowed} (the login
 * page), {@link PermitAll} (any signed-in caller), else {@link RolesAllowed}; a route with none of
 * them is closed. Tenant views also need a tenant: platform administrators have none.
 */
public final class RouteAccess {

  /** What to do with a navigation. */
  public enum Decision {
    ENTER,
    SIGN_IN,
    TENANT_USERS_ONLY,
    DENY
  }

  private RouteAccess() {}

  public static Decision decide(Class<?> target, Optional<Caller> caller) {
    if (target.isAnnotationPresent(AnonymousAllowed.class)) {
      return Decision.ENTER;
    }
    if (caller.isEmpty()) {
      return Decision.SIGN_IN;
    }
    if (target.isAnnotationPresent(PermitAll.class)) {
      return Decision.ENTER;
    }
    RolesAllowed roles = target.getAnnotation(RolesAllowed.class);
    if (roles == null) {
      return Decision.DENY;
    }
    if (caller.get().tenantId().isEmpty()) {
      return Decision.TENANT_USERS_ONLY;
    }
    boolean granted =
        Arrays.stream(roles.value()).anyMatch(role -> caller.get().has(Role.valueOf(role)));
    return granted ? Decision.ENTER : Decision.DENY;
  }
}
