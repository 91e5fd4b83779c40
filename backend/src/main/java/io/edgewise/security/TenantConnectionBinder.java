package io.edgewise.security;

import io.agroal.api.AgroalPoolInterceptor;
import io.edgewise.base.db.TenantScope;
import io.edgewise.base.db.TenantScope.Binding;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Binds every pooled connection to the tenant it works for, so PostgreSQL's row-level security
 * policies (keyed on {@code app.tenant} and {@code app.system}) hold even if a query forgot its
 * tenant filter. The tenant comes from an explicit {@link TenantScope} or else from the caller.
 * Every acquisition binds afresh, so a connection returned to the pool needs no reset (one round
 * trip fewer per transaction).
 */
@ApplicationScoped
public class TenantConnectionBinder implements AgroalPoolInterceptor {

  private static final String BIND =
      "SELECT set_config('app.tenant', ?, false), set_config('app.system', ?, false)";

  @Override
  public void onConnectionAcquire(Connection connection) {
    Binding binding = TenantScope.current().orElseGet(TenantConnectionBinder::fromCaller);
    apply(
        connection,
        binding.tenantId().map(Object::toString).orElse(""),
        binding.platform() ? "on" : "");
  }

  private static Binding fromCaller() {
    ManagedContext requestContext = Arc.container().requestContext();
    if (!requestContext.isActive()) {
      return Binding.NONE;
    }
    SecurityIdentity identity =
        Arc.container().instance(CurrentIdentityAssociation.class).get().getIdentity();
    return CallerIdentities.caller(identity)
        .flatMap(Caller::tenantId)
        .map(tenant -> new Binding(Optional.of(tenant), false))
        .orElse(Binding.NONE);
  }

  private static void apply(Connection connection, String tenant, String platform) {
    try (PreparedStatement statement = connection.prepareStatement(BIND)) {
      statement.setString(1, tenant);
      statement.setString(2, platform);
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("could not bind the connection to its tenant", e);
    }
  }
}
