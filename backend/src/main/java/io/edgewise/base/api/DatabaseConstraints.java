package io.edgewise.base.api;

import io.edgewise.base.error.Conflict;
import io.edgewise.base.error.DomainException;
import io.edgewise.base.error.Unprocessable;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Explains a violated database constraint by its name. Constraint names in {@code db/migrations}
 * follow a convention: {@code *_key} unique, {@code *_fk} foreign key, anything else a check.
 */
final class DatabaseConstraints {

  private DatabaseConstraints() {}

  static DomainException refusalFor(ConstraintViolationException e) {
    String name = e.getConstraintName() == null ? "" : e.getConstraintName();
    if (name.endsWith("_key")
        || e.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
      return new Conflict("a resource with the same unique value already exists (" + name + ")");
    }
    if (name.endsWith("_fk")
        || e.getKind() == ConstraintViolationException.ConstraintKind.FOREIGN_KEY) {
      String referrer = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
      return Conflict.inUse(
          "the resource is still referenced by "
              + referrer.replace('_', ' ')
              + "; remove those first ("
              + name
              + ")");
    }
    return new Unprocessable("constraint", "the request breaks a data rule (" + name + ")");
  }
}
