package io.edgewise.base.error;

import java.util.List;

/**
 * The input is well-formed but cannot be acted on; {@code code} says why, e.g. {@code
 * invalid-artifact} or {@code unknown-reference}.
 */
public final class Unprocessable extends DomainException {

  public Unprocessable(String code, String detail) {
    super(code, detail, List.of());
  }

  private Unprocessable(String code, String detail, List<FieldError> errors) {
    super(code, detail, errors);
  }

  /** The input field {@code field} names {@code what}, which does not exist in the tenant. */
  public static Unprocessable unknownReference(String field, String what) {
    return new Unprocessable(
        "unknown-reference",
        what + " does not exist",
        List.of(new FieldError(field, "no such resource in your tenant")));
  }
}
