package io.edgewise.registry.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.EditTarget;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.api.QueryEnums;
import io.edgewise.base.paging.PageResult;
import io.edgewise.fleet.SmartDomain;
import io.edgewise.registry.Model;
import io.edgewise.registry.ModelFamily;
import io.edgewise.registry.ModelOverview;
import io.edgewise.registry.ModelService;
import io.edgewise.registry.ModelService.ModelData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

/** The model registry's models: everyone in the tenant reads them, operators change them. */
@Path("/api/v1/models")
@RolesAllowed(Role.Names.VIEWER)
public class ModelResource {

  public record ModelRequest(
      @NotBlank @Size(max = Model.NAME_MAX) String name,
      @NotBlank @Size(max = Model.TASK_MAX) String task,
      @NotNull ModelFamily family,
      SmartDomain domain,
      @Size(max = Model.DESCRIPTION_MAX) String description) {

    ModelData toData() {
      return new ModelData(name, task, family, domain, description);
    }
  }

  /** A model with the number of its versions and the label of the newest one (null when none). */
  public record ModelView(
      UUID id,
      String name,
      String task,
      ModelFamily family,
      SmartDomain domain,
      String description,
      long versionCount,
      String latestVersion,
      Instant createdAt,
      Instant updatedAt,
      long version) {
    static ModelView of(ModelOverview o) {
      Model m = o.model();
      return new ModelView(
          m.id,
          m.name,
          m.task,
          m.family,
          m.domain,
          m.description,
          o.versions().count(),
          o.versions().latestLabel(),
          m.createdAt,
          m.updatedAt,
          m.version);
    }
  }

  @Inject ModelService models;

  /**
   * Models, optionally of one {@code family}, one {@code domain}, or whose name starts with {@code
   * q}.
   */
  @GET
  public PageResult<ModelView> list(
      @QueryParam("family") String family,
      @QueryParam("domain") String domain,
      @QueryParam("q") String q,
      @BeanParam PageQuery page) {
    return models
        .list(
            QueryEnums.parse(ModelFamily.class, "family", family),
            QueryEnums.parse(SmartDomain.class, "domain", domain),
            q,
            page.toRequest())
        .map(ModelView::of);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    return ok(models.get(id));
  }

  @POST
  @RolesAllowed(Role.Names.OPERATOR)
  public Response create(@Valid @NotNull ModelRequest body) {
    ModelOverview created = models.create(body.toData());
    return EntityResponses.created(
        "/api/v1/models/", created.model().id, ModelView.of(created), created.model().version);
  }

  @PUT
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public Response update(@BeanParam EditTarget target, @Valid @NotNull ModelRequest body) {
    return ok(models.update(target.id, target.expected(), body.toData()));
  }

  /** Deletes a model that has no versions left; 409 otherwise. */
  @DELETE
  @Path("{id}")
  @RolesAllowed(Role.Names.OPERATOR)
  public void delete(@PathParam("id") UUID id) {
    models.delete(id);
  }

  private static Response ok(ModelOverview model) {
    return EntityResponses.ok(ModelView.of(model), model.model().version);
  }
}
