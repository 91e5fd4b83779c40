package io.edgewise.app.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** The demo tenant. */
@ConfigMapping(prefix = "edgewise.demo")
public interface DemoConfig {

  /**
   * Seed the demo tenant on first start; on by default with the embedded database, off otherwise.
   */
  @WithDefault("${edgewise.database.embedded:false}")
  boolean enabled();

  /**
   * Password of admin@demo.local ({@code EDGEWISE_DEMO_ADMIN_PASSWORD}); generated and logged once
   * when absent.
   */
  Optional<String> adminPassword();
}
