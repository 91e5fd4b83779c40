package io.edgewise.sso;

import io.smallrye.mutiny.CompositeException;
import java.util.Optional;

/**
 * Why a verified token names no caller Edgewise can accept. It travels as the cause of the {@code
 * AuthenticationFailedException} (a final class) that fails authentication: a 401 on the API, and
 * on the browser's sign-in a login page that says why ({@link Reason#code} becomes {@code
 * /login?sso-error=<code>}).
 */
public class SsoRefusedException extends RuntimeException {

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
    super(detail, null, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /**
   * The refusal behind an authentication failure, if that is what it was (Quarkus wraps it once or
   * twice).
   */
  public static Optional<SsoRefusedException> in(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SsoRefusedException r) {
        return Optional.of(r);
      }
      if (t instanceof CompositeException c && !c.getCauses().isEmpty()) {
        return in(c.getCauses().get(0));
      }
    }
    return Optional.empty();
  }
}
