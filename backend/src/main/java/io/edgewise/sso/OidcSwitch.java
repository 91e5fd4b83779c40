package io.edgewise.sso;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Turns Quarkus's default OIDC tenant on exactly when an issuer is configured. Without this, an
 * enabled tenant with no {@code quarkus.oidc.auth-server-url} stops the application at start, and
 * local accounts are the default. An explicit {@code quarkus.oidc.tenant-enabled} (from any source)
 * still wins; only the built-in default is replaced. Registered through {@code META-INF/services}.
 */
@Priority(Priorities.APPLICATION)
public class OidcSwitch implements ConfigSourceInterceptor {

  static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
  static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";

  /**
   * Sources below this ordinal hold only built-in defaults (application.properties is 250, the
   * environment 300).
   */
  private static final int DEFAULTS_BELOW = 100;

  @Override
  public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
    ConfigValue value = context.proceed(name);
    if (!TENANT_ENABLED.equals(name)
        || (value != null && value.getConfigSourceOrdinal() >= DEFAULTS_BELOW)) {
      return value;
    }
    ConfigValue issuer = context.proceed(AUTH_SERVER_URL);
    boolean configured =
        issuer != null && issuer.getValue() != null && !issuer.getValue().isBlank();
    return ConfigValue.builder()
        .withName(name)
        .withValue(Boolean.toString(configured))
        .withConfigSourceName(OidcSwitch.class.getSimpleName())
        .withConfigSourceOrdinal(DEFAULTS_BELOW - 1)
        .build();
  }
}
