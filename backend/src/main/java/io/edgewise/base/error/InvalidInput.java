package io.edgewise.base.error;

import java.util.List;

/** The input breaks a rule the caller can see without looking at stored state. */
public final class InvalidInput extends DomainException {

  /** The input as a whole is malformed ({@code bad-request}); no single field is to blame. */
  public InvalidInput(String detail) {
    super("bad-request", detail, List.of());
  }

  /** Some fields are invalid ({@code validation}), each named in {@code errors}. */
  public InvalidInput(String detail, List<FieldError> errors) {
    super("validation", detail, errors);
  }

  /** One field is invalid. */
  public static InvalidInput field(String detail, String field, String message) {
    return new InvalidInput(detail, List.of(new FieldError(field, message)));
  }
}
