package io.edgewise.security;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.access.Role;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.base.persistence.ExpectedVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Use cases on a tenant's local accounts. */
@ApplicationScoped
public class UserService {

  /** What an administrator may set on an account; null fields are left unchanged on update. */
  public record UserChanges(
      String email, String password, Role role, String displayName, Boolean enabled) {}

  @Inject UserRepository users;
  @Inject PasswordHasher hasher;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  @Transactional
  public PageResult<User> list(PageRequest page) {
    return users.page(page);
  }

  @Transactional
  public User get(UUID id) {
    return users.requireOwned(id);
  }

  @Transactional
  public User create(UserChanges request) {
    requireTenantRole(request.role());
    PasswordHasher.checkStrength("password", request.password());
    User user = newUser(request.email(), request.password(), request.role(), request.displayName());
    users.create(user);
    users.flush();
    audit.record("create", "user", user.id, user.email + " as " + user.role);
    return user;
  }

  /**
   * The first administrator of a new tenant; runs in the tenant-creation transaction (platform
   * scope).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public User createTenantAdmin(UUID tenantId, String email, String password) {
    PasswordHasher.checkStrength("adminPassword", password);
    User user = newUser(email, password, Role.ADMIN, null);
    user.tenantId = tenantId;
    users.persist(user);
    return user;
  }

  /** Creates the platform administrator unless it exists; returns whether it was created. */
  @Transactional
  public boolean ensurePlatformAdmin(String email, String password) {
    if (users.findByEmailAnyTenant(email).isPresent()) {
      return false;
    }
    users.persist(newUser(email, password, Role.PLATFORM_ADMIN, "Platform administrator"));
    return true;
  }

  @Transactional
  public User update(UUID id, ExpectedVersion expected, UserChanges changes) {
    User user = users.requireOwned(id);
    expected.check(user.version);
    if (changes.email() != null) {
      user.email = changes.email().trim();
    }
    if (changes.password() != null) {
      PasswordHasher.checkStrength("password", changes.password());
      user.passwordHash = hasher.hash(changes.password());
    }
    if (changes.displayName() != null) {
      user.displayName = changes.displayName();
    }
    boolean losesAdmin =
        (changes.role() != null && changes.role() != Role.ADMIN)
            || Boolean.FALSE.equals(changes.enabled());
    if (user.role == Role.ADMIN && losesAdmin) {
      requireAnotherAdmin(user);
    }
    if (changes.role() != null) {
      requireTenantRole(changes.role());
      user.role = changes.role();
    }
    if (changes.enabled() != null) {
      user.enabled = changes.enabled();
    }
    users.flush();
    audit.record(
        "update",
        "user",
        user.id,
        user.email + " as " + user.role + (user.enabled ? "" : " (disabled)"));
    return user;
  }

  @Transactional
  public void delete(UUID id) {
    User user = users.requireOwned(id);
    if (user.email.equalsIgnoreCase(caller.name())) {
      throw new Conflict("you cannot delete your own account");
    }
    if (user.role == Role.ADMIN) {
      requireAnotherAdmin(user);
    }
    users.delete(user);
    audit.record("delete", "user", id, user.email);
  }

  private void requireAnotherAdmin(User user) {
    if (user.enabled && users.countAdmins() <= 1) {
      throw new Conflict(
          "a tenant keeps at least one enabled administrator; " + user.email + " is the last one");
    }
  }

  private User newUser(String email, String password, Role role, String displayName) {
    User user = new User();
    user.email = email.trim();
    user.passwordHash = hasher.hash(password);
    user.role = role;
    user.displayName = displayName;
    return user;
  }

  private static void requireTenantRole(Role role) {
    if (role == Role.PLATFORM_ADMIN || role == Role.AGENT) {
      throw new InvalidInput(
          "users hold ADMIN, OPERATOR or VIEWER",
          List.of(
              new FieldError(
                  "role", "must be one of ADMIN, OPERATOR, VIEWER; AGENT is for API tokens")));
    }
  }

  /** The account with this e-mail in any tenant (e-mails are unique across tenants). */
  @Transactional
  public Optional<User> findByEmailAnyTenant(String email) {
    return users.findByEmailAnyTenant(email);
  }

  /**
   * Creates an account in {@code tenantId} for a person an identity provider vouched for; the
   * caller records it in the audit log under its own actor.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public User provision(
      UUID tenantId, String email, String displayName, Role role, String password) {
    User user = new User();
    user.tenantId = tenantId;
    user.email = email.trim();
    user.passwordHash = hasher.hash(password);
    user.role = role;
    user.displayName = displayName;
    users.persist(user);
    users.flush();
    return user;
  }
}
