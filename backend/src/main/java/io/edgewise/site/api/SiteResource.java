package io.edgewise.site.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.edgewise.base.access.Role;
import io.edgewise.base.api.EditTarget;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.api.QueryEnums;
import io.edgewise.base.paging.PageResult;
import io.edgewise.site.Paradigm;
import io.edgewise.site.Site;
import io.edgewise.site.SiteService;
import io.edgewise.site.SiteService.SiteData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/** Edge sites: everyone in the tenant reads them, administrators change them. */
@Path("/api/v1/sites")
@RolesAllowed(Role.Names.VIEWER)
public class SiteResource {

  public record SiteRequest(
      @NotBlank @Size(max = Site.NAME_MAX) String name,
      @NotNull Paradigm paradigm,
      @Size(max = Site.REGION_MAX) String region,
      @DecimalMin("-90") @DecimalMax("90") Double latitude,
      @DecimalMin("-180") @DecimalMax("180") Double longitude,
      @NotNull @Positive Double uplinkMbps,
      @NotNull @PositiveOrZero Double rttMs) {

    SiteData toData() {
      return new SiteData(name, paradigm, region, latitude, longitude, uplinkMbps, rttMs);
    }
  }

  public record SiteView(
      UUID id, @JsonUnwrapped SiteData site, Instant createdAt, Instant updatedAt, long version) {
    static SiteView of(Site s) {
      SiteData data =
          new SiteData(
              s.name, s.paradigm, s.region, s.latitude, s.longitude, s.uplinkMbps, s.rttMs);
      return new SiteView(s.id, data, s.createdAt, s.updatedAt, s.version);
    }
  }

  @Inject SiteService sites;

  @GET
  public PageResult<SiteView> list(
      @QueryParam("paradigm") String paradigm,
      @QueryParam("region") String region,
      @BeanParam PageQuery page) {
    return sites
        .list(QueryEnums.parse(Paradigm.class, "paradigm", paradigm), region, page.toRequest())
        .map(SiteView::of);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    Site site = sites.get(id);
    return EntityResponses.ok(SiteView.of(site), site.version);
  }

  @POST
  @RolesAllowed(Role.Names.ADMIN)
  public Response create(@Valid @NotNull SiteRequest body) {
    Site site = sites.create(body.toData());
    return EntityResponses.created("/api/v1/sites/", site.id, SiteView.of(site), site.version);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public Response update(@BeanParam EditTarget target, @Valid @NotNull SiteRequest body) {
    Site site = sites.update(target.id, target.expected(), body.toData());
    return EntityResponses.ok(SiteView.of(site), site.version);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.ADMIN)
  public void delete(@PathParam("id") UUID id) {
    sites.delete(id);
  }
}
