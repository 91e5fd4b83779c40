package io.edgewise.app.bootstrap;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The platform administrator created on first start. */
@ConfigMapping(prefix = "edgewise.platform-admin")
public interface PlatformAdminConfig {

  /** Login name of the platform administrator. */
  @WithDefault("admin@edgewise.local")
  String email();

  /**
   * Its password ({@code EDGEWISE_PLATFORM_ADMIN_PASSWORD}); generated and logged once when absent.
   */
  Optional<String> password();
}
