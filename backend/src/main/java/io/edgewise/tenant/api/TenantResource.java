package io.edgewise.tenant.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.paging.PageResult;
import io.edgewise.security.User;
import io.edgewise.tenant.Tenant;
import io.edgewise.tenant.TenantService;
import io.edgewise.tenant.TenantService.CreatedTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Tenants: the platform administrator creates and lists them; members read their own. */
@Path("/api/v1")
public class TenantResource {

  public record CreateTenant(
      @NotBlank
          @Pattern(
              regexp = Tenant.SLUG_PATTERN,
              message =
                  "must be 2-63 lower-case letters, digits or hyphens, starting with a letter or"
                      + " digit")
          String slug,
      @NotBlank @Size(max = Tenant.NAME_MAX) String name,
      @NotBlank @Email @Size(max = User.EMAIL_MAX) String adminEmail,
      @NotBlank String adminPassword) {}

  public record TenantView(UUID id, String slug, String name, Instant createdAt) {
    static TenantView of(Tenant t) {
      return new TenantView(t.id, t.slug, t.name, t.createdAt);
    }
  }

  public record FirstAdminView(UUID id, String email) {}

  public record CreatedTenantView(
      UUID id, String slug, String name, Instant createdAt, FirstAdminView admin) {}

  @Inject TenantService tenants;

  @POST
  @Path("tenants")
  @RolesAllowed(Role.Names.PLATFORM_ADMIN)
  public Response create(@Valid @NotNull CreateTenant body) {
    CreatedTenant created =
        tenants.create(body.slug(), body.name(), body.adminEmail(), body.adminPassword());
    Tenant t = created.tenant();
    return Response.created(URI.create("/api/v1/tenants/" + t.id))
        .entity(
            new CreatedTenantView(
                t.id,
                t.slug,
                t.name,
                t.createdAt,
                new FirstAdminView(created.admin().id, created.admin().email)))
        .build();
  }

  @GET
  @Path("tenants")
  @RolesAllowed(Role.Names.PLATFORM_ADMIN)
  public PageResult<TenantView> list(@BeanParam PageQuery page) {
    return tenants.list(page.toRequest()).map(TenantView::of);
  }

  @GET
  @Path("tenants/{id}")
  @RolesAllowed(Role.Names.PLATFORM_ADMIN)
  public TenantView get(@PathParam("id") UUID id) {
    return TenantView.of(tenants.get(id));
  }

  /** The caller's own tenant. */
  @GET
  @Path("tenant")
  @RolesAllowed({Role.Names.VIEWER, Role.Names.AGENT})
  public TenantView current() {
    return TenantView.of(tenants.current());
  }
}
