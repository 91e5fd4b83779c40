package io.edgewise.security.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.EditTarget;
import io.edgewise.base.api.EntityResponses;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.paging.PageResult;
import io.edgewise.security.User;
import io.edgewise.security.UserService;
import io.edgewise.security.UserService.UserChanges;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;

/** A tenant's local accounts, managed by its administrators. */
@Path("/api/v1/users")
@RolesAllowed(Role.Names.ADMIN)
public class UserResource {

  public record CreateUser(
      @NotBlank @Email @Size(max = User.EMAIL_MAX) String email,
      @NotBlank String password,
      @NotNull Role role,
      @Size(max = User.DISPLAY_NAME_MAX) String displayName) {}

  public record UpdateUser(
      @Email @Size(max = User.EMAIL_MAX) String email,
      String password,
      Role role,
      @Size(max = User.DISPLAY_NAME_MAX) String displayName,
      Boolean enabled) {}

  public record UserView(
      UUID id,
      String email,
      Role role,
      String displayName,
      boolean enabled,
      Instant createdAt,
      long version) {
    static UserView of(User u) {
      return new UserView(u.id, u.email, u.role, u.displayName, u.enabled, u.createdAt, u.version);
    }
  }

  @Inject UserService users;

  @GET
  public PageResult<UserView> list(@BeanParam PageQuery page) {
    return users.list(page.toRequest()).map(UserView::of);
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") UUID id) {
    User user = users.get(id);
    return EntityResponses.ok(UserView.of(user), user.version);
  }

  @POST
  public Response create(@Valid @NotNull CreateUser body) {
    User user =
        users.create(
            new UserChanges(body.email(), body.password(), body.role(), body.displayName(), true));
    return EntityResponses.created("/api/v1/users/", user.id, UserView.of(user), user.version);
  }

  @PUT
  @Path("{id}")
  public Response update(@BeanParam EditTarget target, @Valid @NotNull UpdateUser body) {
    User user =
        users.update(
            target.id,
            target.expected(),
            new UserChanges(
                body.email(), body.password(), body.role(), body.displayName(), body.enabled()));
    return EntityResponses.ok(UserView.of(user), user.version);
  }

  @DELETE
  @Path("{id}")
  public void delete(@PathParam("id") UUID id) {
    users.delete(id);
  }
}
