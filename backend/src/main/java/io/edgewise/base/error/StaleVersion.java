package io.edgewise.base.error;

import java.util.List;

/** The caller changed a version of a resource that is no longer the current one. */
public final class StaleVersion extends DomainException {

  public StaleVersion(String detail) {
    super("precondition-failed", detail, List.of());
  }
}
