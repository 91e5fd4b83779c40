package io.edgewise.base.access;

import java.util.EnumSet;
import java.util.Set;

/** What a caller may do. Tenant roles are cumulative: an admin is also an operator and a viewer. */
public enum Role {
  /** Runs the platform: creates tenants; belongs to no tenant. */
  PLATFORM_ADMIN,
  /** Manages a tenant: sites, nodes, users and API tokens, plus everything an operator does. */
  ADMIN,
  /** Manages fleets, devices, models and deployments. */
  OPERATOR,
  /** Reads everything in the tenant, changes nothing. */
  VIEWER,
  /** An edge agent: registers its node and heartbeats; reads nothing else. */
  AGENT;

  /** Names for {@code @RolesAllowed}, which needs compile-time constants. */
  public static final class Names {
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String ADMIN = "ADMIN";
    public static final String OPERATOR = "OPERATOR";
    public static final String VIEWER = "VIEWER";
    public static final String AGENT = "AGENT";

    private Names() {}
  }

  /** This role and every role it includes. */
  public Set<Role> granted() {
    return switch (this) {
      case ADMIN -> EnumSet.of(ADMIN, OPERATOR, VIEWER);
      case OPERATOR -> EnumSet.of(OPERATOR, VIEWER);
      default -> EnumSet.of(this);
    };
  }

  /** Roles a tenant member (user or API token) can hold. */
  public boolean isTenantRole() {
    return this != PLATFORM_ADMIN;
  }
}
