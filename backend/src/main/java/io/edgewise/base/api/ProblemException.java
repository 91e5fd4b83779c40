package io.edgewise.base.api;

import java.util.List;

/** Thrown by services and resources to answer with a problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String slug;
  private final String title;
  private final List<Problem.FieldError> errors;

  public ProblemException(
      int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(404, "not-found", "Not found", what + " does not exist", List.of());
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(403, "forbidden", "Forbidden", detail, List.of());
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(409, "conflict", "Conflict", detail, List.of());
  }

  public static ProblemException inUse(String detail) {
    return new ProblemException(409, "in-use", "Still referenced", detail, List.of());
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(400, "bad-request", "Bad request", detail, List.of());
  }

  public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
    return new ProblemException(400, "validation", "Invalid request", detail, errors);
  }

  public static ProblemException unprocessable(String slug, String detail) {
    return new ProblemException(422, slug, "Unprocessable content", detail, List.of());
  }

  /** A body field names a resource that does not exist in the caller's tenant. */
  public static ProblemException unknownReference(String field, String what) {
    return new ProblemException(
        422,
        "unknown-reference",
        "Unknown reference",
        what + " does not exist",
        List.of(new Problem.FieldError(field, "no such resource in your tenant")));
  }

  public static ProblemException preconditionFailed(String detail) {
    return new ProblemException(
        412, "precondition-failed", "Precondition failed", detail, List.of());
  }

  public static ProblemException tooLarge(String detail) {
    return new ProblemException(413, "payload-too-large", "Payload too large", detail, List.of());
  }

  public Problem toProblem() {
    return new Problem(Problem.TYPE_BASE + slug, title, status, getMessage(), errors);
  }

  public int status() {
    return status;
  }
}
