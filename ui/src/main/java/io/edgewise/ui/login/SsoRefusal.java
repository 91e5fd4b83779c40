package io.edgewise.ui.login;

import io.edgewise.sso.SsoRefusedException.Reason;
import java.util.Arrays;

/** The sentence the login page shows for a refused single sign-on. */
final class SsoRefusal {

  private SsoRefusal() {}

  static String explain(String code) {
    Reason reason =
        Arrays.stream(Reason.values()).filter(r -> r.code.equals(code)).findFirst().orElse(null);
    String why =
        reason == null
            ? "Keycloak signed you in, but Edgewise could not accept the sign-in."
            : switch (reason) {
              case NO_TENANT ->
                  "Keycloak signed you in, but your account names no Edgewise tenant.";
              case UNKNOWN_TENANT ->
                  "Keycloak signed you in, but the tenant your account names does not exist in"
                      + " Edgewise.";
              case NO_ROLE ->
                  "Keycloak signed you in, but your account holds no Edgewise role (admin, operator"
                      + " or viewer).";
              case OTHER_TENANT ->
                  "Keycloak signed you in, but your e-mail address belongs to an account of another"
                      + " Edgewise tenant.";
              case DISABLED -> "Keycloak signed you in, but your Edgewise account is disabled.";
            };
    return "Single sign-on refused. "
        + why
        + " Ask your administrator to fix your Keycloak account, then sign in again.";
  }
}
