package io.edgewise.security.api;

import io.edgewise.base.access.Role;
import io.edgewise.base.api.PageQuery;
import io.edgewise.base.paging.PageResult;
import io.edgewise.security.ApiToken;
import io.edgewise.security.ApiTokenService;
import io.edgewise.security.ApiTokenService.IssuedToken;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** API tokens for integrations and agents: created by administrators, the secret shown once. */
@Path("/api/v1/tokens")
@RolesAllowed(Role.Names.ADMIN)
public class TokenResource {

  public record CreateToken(
      @NotBlank @Size(max = ApiToken.NAME_MAX) String name,
      @NotNull Role role,
      Instant expiresAt) {}

  public record TokenView(
      UUID id,
      String name,
      Role role,
      String prefix,
      String createdBy,
      Instant createdAt,
      Instant expiresAt,
      Instant revokedAt,
      Instant lastUsedAt) {
    static TokenView of(ApiToken t) {
      return new TokenView(
          t.id,
          t.name,
          t.role,
          t.tokenPrefix,
          t.createdBy,
          t.createdAt,
          t.expiresAt,
          t.revokedAt,
          t.lastUsedAt);
    }
  }

  /** The creation response: the only time {@code token} (the secret) is ever returned. */
  public record CreatedToken(
      UUID id, String name, Role role, String token, Instant createdAt, Instant expiresAt) {}

  @Inject ApiTokenService tokens;

  @GET
  public PageResult<TokenView> list(
      @QueryParam("includeRevoked") @DefaultValue("false") boolean includeRevoked,
      @BeanParam PageQuery page) {
    return tokens.list(includeRevoked, page.toRequest()).map(TokenView::of);
  }

  @GET
  @Path("{id}")
  public TokenView get(@PathParam("id") UUID id) {
    return TokenView.of(tokens.get(id));
  }

  @POST
  public Response create(@Valid @NotNull CreateToken body) {
    IssuedToken issued = tokens.create(body.name().trim(), body.role(), body.expiresAt());
    ApiToken t = issued.token();
    return Response.created(URI.create("/api/v1/tokens/" + t.id))
        .entity(new CreatedToken(t.id, t.name, t.role, issued.secret(), t.createdAt, t.expiresAt))
        .build();
  }

  /** Revokes the token: requests that present it get 401 from now on. */
  @DELETE
  @Path("{id}")
  public TokenView revoke(@PathParam("id") UUID id) {
    return TokenView.of(tokens.revoke(id));
  }
}
