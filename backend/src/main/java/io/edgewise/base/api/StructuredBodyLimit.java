package io.edgewise.base.api;

import io.edgewise.base.error.TooLarge;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Caps JSON and CSV bodies, which are parsed in memory, far below the HTTP limit that artifact
 * uploads (streamed to disk) need. Answers 413 before the body is read.
 */
public class StructuredBodyLimit {

  /** Bytes a JSON or CSV body may have (a 10,000-device import is about 2 MiB). */
  @ConfigProperty(name = "edgewise.api.max-structured-body-bytes", defaultValue = "33554432")
  long maxBytes;

  @ServerRequestFilter(preMatching = true)
  public Optional<Response> limit(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !isStructured(type) || request.getLength() <= maxBytes) {
      return Optional.empty();
    }
    TooLarge tooLarge =
        new TooLarge(
            "JSON and CSV bodies are limited to "
                + maxBytes
                + " bytes; this one has "
                + request.getLength());
    return Optional.of(ProblemMappers.respond(DomainProblems.of(tooLarge)));
  }

  private static boolean isStructured(MediaType type) {
    String subtype = type.getSubtype();
    return subtype.equals("json") || subtype.endsWith("+json") || subtype.equals("csv");
  }
}
