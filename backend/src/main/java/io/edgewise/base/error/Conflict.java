package io.edgewise.base.error;

import java.util.List;

/** The request is fine but clashes with the current state, e.g. a duplicate name. */
public final class Conflict extends DomainException {

  public Conflict(String detail) {
    this("conflict", detail);
  }

  private Conflict(String code, String detail) {
    super(code, detail, List.of());
  }

  /** The resource cannot go away while others still reference it. */
  public static Conflict inUse(String detail) {
    return new Conflict("in-use", detail);
  }
}
