package io.edgewise.base.error;

import java.util.List;

/** The input exceeds a size limit (bytes, rows or items). */
public final class TooLarge extends DomainException {

  public TooLarge(String detail) {
    super("payload-too-large", detail, List.of());
  }
}
