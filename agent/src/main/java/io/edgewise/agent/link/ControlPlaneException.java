package io.edgewise.agent.link;

/**
 * A request to the control plane that did not succeed: {@code status} is the HTTP status, or 0 when
 * none came back.
 */
public class ControlPlaneException extends Exception {
  private final int status;

  public ControlPlaneException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** 401: the credential is revoked or its node deleted; the agent must register again. */
  public boolean isUnauthorized() {
    return status == 401;
  }
}
