package io.edgewise.base.error;

import java.util.List;

/** The caller is known but may not do this. */
public final class Forbidden extends DomainException {

  public Forbidden(String detail) {
    super("forbidden", detail, List.of());
  }
}
