package io.edgewise.agent.link;

import java.util.Optional;

/**
 * The node credential as the parts that call the control plane besides heartbeats (assignments,
 * artifacts, metrics, profiles) see it: the registration in use, and a way to report that the
 * control plane refused it (401), which makes the link heartbeat at once and so register again.
 */
public interface NodeCredential {
  /** The registration in use; empty before the first registration and while registering again. */
  Optional<Registration> registration();

  /**
   * The control plane answered 401 to {@code credential}; the link re-registers if it is still the
   * one in use.
   */
  void refused(String credential);
}
