package io.edgewise.base.error;

import java.util.List;

/**
 * A refusal a caller can understand and act on. The message says what was wrong; {@link #code()}
 * names the kind of failure stably, so clients can switch on it.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFound, Conflict, InvalidInput, Forbidden, TooLarge, Unprocessable, StaleVersion {

  private final String code;
  private final List<FieldError> errors;

  DomainException(String code, String detail, List<FieldError> errors) {
    super(detail);
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  /** A stable name for the kind of failure, e.g. {@code not-found} or {@code in-use}. */
  public String code() {
    return code;
  }

  /** The offending fields, one entry each; empty when the failure is not about fields. */
  public List<FieldError> errors() {
    return errors;
  }
}
