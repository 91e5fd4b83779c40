package io.edgewise.base.error;

import java.util.List;

/** What the caller asked for does not exist, or not in the caller's tenant. */
public final class NotFound extends DomainException {

  /** {@code what} names the missing thing, e.g. {@code "site " + id}. */
  public NotFound(String what) {
    this("not-found", what + " does not exist", List.of());
  }

  /** A missing thing of a distinct kind ({@code code}) or one named by several fields. */
  public NotFound(String code, String detail, List<FieldError> errors) {
    super(code, detail, errors);
  }
}
