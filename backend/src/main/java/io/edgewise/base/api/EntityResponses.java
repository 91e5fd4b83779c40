package io.edgewise.base.api;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;

/** Answers that carry one entity's view with its version as the ETag, for later If-Match. */
public final class EntityResponses {

  private EntityResponses() {}

  /** 200 with the view. */
  public static Response ok(Object view, long version) {
    return Response.ok(view).tag(ETags.of(version)).build();
  }

  /** 201 with the view, located at {@code collection} + id (e.g. {@code /api/v1/sites/}). */
  public static Response created(String collection, UUID id, Object view, long version) {
    return Response.created(URI.create(collection + id))
        .entity(view)
        .tag(ETags.of(version))
        .build();
  }
}
