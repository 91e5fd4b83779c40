package io.edgewise.tenant;

import io.edgewise.audit.AuditLog;
import io.edgewise.base.db.TenantScope;
import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.NotFound;
import io.edgewise.base.paging.PageRequest;
import io.edgewise.base.paging.PageResult;
import io.edgewise.security.CurrentCaller;
import io.edgewise.security.User;
import io.edgewise.security.UserService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Platform-level use cases on tenants. They run in platform scope: no tenant owns them. */
@ApplicationScoped
public class TenantService {

  /** A new tenant and its first administrator. */
  public record CreatedTenant(Tenant tenant, User admin) {}

  @Inject TenantRepository tenants;
  @Inject UserService userService;
  @Inject CurrentCaller caller;
  @Inject AuditLog audit;

  /** Creates the tenant and its admin in one transaction: both exist afterwards, or neither. */
  public CreatedTenant create(String slug, String name, String adminEmail, String adminPassword) {
    String actor = caller.name();
    return TenantScope.platform(
        () ->
            QuarkusTransaction.requiringNew()
                .call(
                    () -> {
                      if (tenants.findBySlug(slug).isPresent()) {
                        throw new Conflict("a tenant with slug '" + slug + "' already exists");
                      }
                      if (userService.findByEmailAnyTenant(adminEmail).isPresent()) {
                        throw new Conflict("the login name " + adminEmail + " is already taken");
                      }
                      Tenant tenant = new Tenant();
                      tenant.id = UUID.randomUUID();
                      tenant.slug = slug;
                      tenant.name = name.trim();
                      tenant.createdAt = tenant.updatedAt = Instant.now();
                      tenants.persist(tenant);
                      User admin =
                          userService.createTenantAdmin(tenant.id, adminEmail, adminPassword);
                      tenants.flush();
                      audit.record(tenant.id, actor, "create", "tenant", tenant.id, slug);
                      return new CreatedTenant(tenant, admin);
                    }));
  }

  public PageResult<Tenant> list(PageRequest page) {
    return TenantScope.platform(
        () -> QuarkusTransaction.requiringNew().call(() -> tenants.page(page)));
  }

  public Tenant get(UUID id) {
    return TenantScope.platform(
            () -> QuarkusTransaction.requiringNew().call(() -> tenants.findByIdOptional(id)))
        .orElseThrow(() -> new NotFound("tenant " + id));
  }

  public Optional<Tenant> findBySlug(String slug) {
    return TenantScope.platform(
        () -> QuarkusTransaction.requiringNew().call(() -> tenants.findBySlug(slug)));
  }

  /** The caller's own tenant. */
  public Tenant current() {
    UUID id = caller.tenantId();
    return QuarkusTransaction.requiringNew()
        .call(() -> tenants.findByIdOptional(id))
        .orElseThrow(() -> new NotFound("tenant " + id));
  }
}
