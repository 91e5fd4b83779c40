package io.edgewise.sso;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Whether single sign-on is configured, and the browser paths that start and end it. */
@ApplicationScoped
public class SsoStatus {

  /** Starts the authorization-code flow (a protected path: Quarkus redirects to the provider). */
  public static final String LOGIN_PATH = "/sso/login";

  /**
   * Ends the Edgewise session and the provider's (RP-initiated logout, {@code
   * quarkus.oidc.logout.path}).
   */
  public static final String LOGOUT_PATH = "/sso/logout";

  /** The login page parameter that says a single sign-on attempt was refused. */
  public static final String ERROR_PARAMETER = "sso-error";

  @ConfigProperty(name = "quarkus.oidc.auth-server-url")
  Optional<String> issuer;

  @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
  boolean tenantEnabled;

  @ConfigProperty(name = "edgewise.sso.button-label", defaultValue = "Sign in with Keycloak")
  String buttonLabel;

  /** True when an issuer is set and the OIDC tenant is on: the login page offers single sign-on. */
  public boolean enabled() {
    return tenantEnabled && issuer.filter(s -> !s.isBlank()).isPresent();
  }

  /** The label of the login page's single sign-on button. */
  public String buttonLabel() {
    return buttonLabel;
  }

  /** The login page that says why single sign-on was refused. */
  public static String loginPage(SsoRefusedException.Reason reason) {
    return "/login?" + ERROR_PARAMETER + "=" + reason.code;
  }

  /**
   * Whether {@code identity} signed in through the identity provider (so logout must end its
   * session too).
   */
  public static boolean signedInThroughProvider(SecurityIdentity identity) {
    return identity != null
        && !identity.isAnonymous()
        && identity.getCredential(AccessTokenCredential.class) != null;
  }
}
