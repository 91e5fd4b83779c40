package io.edgewise.base.api;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: an entity's version is its ETag; {@code If-Match} must name it
 * (services check it with {@link io.edgewise.base.error.StaleVersion#check}).
 */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }
}
