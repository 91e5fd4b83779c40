package io.edgewise.base.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.edgewise.base.error.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error response.
 *
 * @param type a stable URI naming the kind of problem; clients switch on it
 * @param errors for validation problems, one entry per offending field or row
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://edgewise.dev/problems/";
}
