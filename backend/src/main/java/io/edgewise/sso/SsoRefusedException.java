package io.edgewise.sso;

import io.quarkus.security.AuthenticationFailedException;

/**
 * A verified token that names no caller Edgewise can accept: a 401 on the API, and on the browser's
 * sign-in a login page that says why ({@link Reason#code} travels as {@code /login?sso-error=<code>}).
 */
public class SsoRefusedException extends AuthenticationFailedException {

  /** Why the token was refused; the codes are stable and shown to the user as a sentence. */
  public enum Reason {
    NO_TENANT("no-tenant"),
    UNKNOWN_TENANT("unknown-tenant"),
    NO_ROLE("no-role"),
    OTHER_TENANT("other-tenant"),
    DISABLED("disabled");

    public final String code;

    Reason(String code) {
      this.code = code;
    }
  }

  private final Reason reason;

  public SsoRefusedException(Reason reason, String detail) {
    super(detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
