package io.edgewise.base.api;

import io.edgewise.base.error.FieldError;
import java.util.List;

/**
 * A problem only HTTP has: an unmatched route, an unsupported media type, missing credentials or an
 * unexpected failure. Refusals of use cases are {@link io.edgewise.base.error.DomainException}s,
 * which {@link DomainProblems} translates.
 */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final List<FieldError> errors;

  public ProblemException(
      int status, String slug, String title, String detail, List<FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public Problem toProblem() {
    return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), errors);
  }

  public int status() {
    return status;
  }
}
