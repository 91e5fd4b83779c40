package io.edgewise.ui.shell;

import io.edgewise.base.error.NotFound;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What a route or a view looks up by id, as an {@link Optional}: a malformed id and an id the
 * caller's tenant does not own (the services' 404, the same for another tenant's ids) both read as
 * absent, so the view shows its "not found" state; any other problem is a real failure and
 * propagates.
 */
public final class EntityLookup {

  private EntityLookup() {}

  /** The UUID in a route parameter, or empty when it is not one. */
  public static Optional<UUID> id(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** What {@code lookup} returns for the id in {@code text}; empty for a malformed id or a 404. */
  public static <T> Optional<T> byId(Optional<String> text, Function<UUID, T> lookup) {
    return text.flatMap(EntityLookup::id).flatMap(id -> of(() -> lookup.apply(id)));
  }

  /** What {@code lookup} returns, or empty when it answers 404. */
  public static <T> Optional<T> of(Supplier<T> lookup) {
    try {
      return Optional.of(lookup.get());
    } catch (NotFound e) {
      return Optional.empty();
    }
  }
}
