package io.edgewise.base.api;

import io.edgewise.base.persistence.ExpectedVersion;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.UUID;

/**
 * What a {@code PUT …/{id}} edits, bound with {@code BeanParam}: the entity's id from the path and,
 * from {@code If-Match}, the version the client last read (optional; a stale one answers 412).
 */
public class EditTarget {

  @PathParam("id")
  public UUID id;

  @HeaderParam(HttpHeaders.IF_MATCH)
  public String ifMatch;

  /** The versions the edit was made against, from {@code If-Match}. */
  public ExpectedVersion expected() {
    return ETags.expected(ifMatch);
  }
}
