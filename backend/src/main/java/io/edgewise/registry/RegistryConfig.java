package io.edgewise.registry;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the model registry. */
@ConfigMapping(prefix = "edgewise.registry")
public interface RegistryConfig {

  /**
   * The largest artifact an upload may carry, in bytes (default 512 MiB). A larger declared {@code
   * Content-Length} is refused before the body is read; a chunked body that grows past it is cut
   * off. Keep {@code quarkus.http.limits.max-body-size} above it.
   */
  @WithDefault("536870912")
  long maxArtifactBytes();
}
