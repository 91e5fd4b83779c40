package io.edgewise.app.bootstrap;

import io.edgewise.base.db.TenantScope;
import io.edgewise.security.PasswordHasher;
import io.edgewise.security.UserService;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Creates the platform administrator on first start; its password is logged once if it was
 * generated.
 */
@ApplicationScoped
public class PlatformAdminBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class);

  @Inject PlatformAdminConfig config;
  @Inject UserService users;

  void onStart(@Observes @Priority(10) StartupEvent event) {
    String password = config.password().orElseGet(GeneratedPasswords::generate);
    PasswordHasher.checkStrength("EDGEWISE_PLATFORM_ADMIN_PASSWORD", password);
    boolean created =
        TenantScope.platform(() -> users.ensurePlatformAdmin(config.email(), password));
    if (created && config.password().isEmpty()) {
      LOG.warnf(
          "Created platform administrator %s with generated password: %s (shown once; set"
              + " EDGEWISE_PLATFORM_ADMIN_PASSWORD to choose it)",
          config.email(), password);
    } else if (created) {
      LOG.infof("Created platform administrator %s", config.email());
    }
  }
}
