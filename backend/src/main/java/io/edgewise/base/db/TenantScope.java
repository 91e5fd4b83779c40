package io.edgewise.base.db;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Explicit database scopes for work that does not act for the request's caller: platform scope (for
 * authentication lookups, tenant creation and cross-tenant sweeps) or one named tenant (background
 * work on behalf of a tenant). Open the scope outside the transaction: a connection is bound to a
 * scope when the transaction takes it from the pool.
 */
public final class TenantScope {

  /**
   * A binding of a connection: a tenant, or platform scope ({@code tenantId} empty, {@code
   * platform} true).
   */
  public record Binding(Optional<UUID> tenantId, boolean platform) {
    public static final Binding NONE = new Binding(Optional.empty(), false);
  }

  private static final ThreadLocal<Binding> CURRENT = new ThreadLocal<>();

  private TenantScope() {}

  public static <T> T platform(Supplier<T> work) {
    return within(new Binding(Optional.empty(), true), work);
  }

  public static void platform(Runnable work) {
    platform(
        () -> {
          work.run();
          return null;
        });
  }

  public static <T> T tenant(UUID tenantId, Supplier<T> work) {
    return within(new Binding(Optional.of(tenantId), false), work);
  }

  /** The explicit scope of this thread, if one is open. */
  public static Optional<Binding> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  private static <T> T within(Binding binding, Supplier<T> work) {
    Binding previous = CURRENT.get();
    CURRENT.set(binding);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
