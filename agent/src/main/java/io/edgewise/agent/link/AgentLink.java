package io.edgewise.agent.link;

import io.edgewise.agent.link.AgentProtocol.HeartbeatRequest;
import io.edgewise.agent.link.AgentProtocol.HeartbeatResponse;
import io.edgewise.agent.link.AgentProtocol.ModelReport;
import io.edgewise.agent.link.AgentProtocol.RegisterRequest;
import io.edgewise.agent.link.AgentProtocol.RegisterResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agent's lifecycle: reuse the stored registration or register, then heartbeat every interval.
 * Any failure (network, 5xx, a refused registration) is retried after a {@link Backoff} wait and
 * never ends the loop; a 401 (credential revoked, node deleted) or a 400 (the GPUs changed) on a
 * heartbeat registers again with the agent token. Another part that gets a 401 for the node
 * credential reports it through {@link #refused}, which makes the next heartbeat happen at once.
 * Heartbeats repeat the node's model report only when it changed ({@link #MODELS_REFRESH}).
 */
public class AgentLink implements Runnable, NodeCredential {
  private static final Logger LOG = Logger.getLogger(AgentLink.class.getName());

  /**
   * A heartbeat carries the model report only when it differs from the one the control plane stored
   * (which keeps it until the next), after a registration or a failed heartbeat, and at least this
   * often; the rest send samples only, which keeps the control plane's per-heartbeat write small.
   */
  static final Duration MODELS_REFRESH = Duration.ofMinutes(5);

  private final ControlPlaneClient client;
  private final RegistrationStore store;
  private final String agentId;
  private final String agentToken;
  private final Supplier<RegisterRequest> hardware;
  private final Supplier<HeartbeatRequest> samples;
  private final Duration heartbeatEvery;
  private final Backoff backoff;
  private final ConnectionState state;
  private final BlockingQueue<Boolean> wake = new ArrayBlockingQueue<>(1);
  private volatile boolean stopped;
  private volatile Consumer<HeartbeatResponse> listener = answer -> {};
  private volatile Registration current;
  private boolean justRegistered;
  private int failures;

  /**
   * The model report the control plane last stored, and when; null when unknown (at start, after a
   * failure).
   */
  private List<ModelReport> storedModels;

  private long storedModelsAt;

  public AgentLink(
      ControlPlaneClient client,
      RegistrationStore store,
      String agentId,
      String agentToken,
      Supplier<RegisterRequest> hardware,
      Supplier<HeartbeatRequest> samples,
      Duration heartbeatEvery,
      Backoff backoff,
      ConnectionState state) {
    this.client = client;
    this.store = store;
    this.agentId = agentId;
    this.agentToken = agentToken;
    this.hardware = hardware;
    this.samples = samples;
    this.heartbeatEvery = heartbeatEvery;
    this.backoff = backoff;
    this.state = state;
  }

  @Override
  public Optional<Registration> registration() {
    return Optional.ofNullable(current);
  }

  @Override
  public void refused(String credential) {
    Registration r = current;
    if (r != null && r.credential().equals(credential)) {
      wake.offer(Boolean.TRUE);
    }
  }

  /** Told every heartbeat answer (on the link's thread; it must return quickly). */
  public void onHeartbeat(Consumer<HeartbeatResponse> listener) {
    this.listener = listener;
  }

  public ConnectionState state() {
    return state;
  }

  /** Ends {@link #run()} at its next wait. */
  public void stop() {
    stopped = true;
    wake.offer(Boolean.TRUE);
  }

  @Override
  public void run() {
    current = store.load(agentId).orElse(null);
    if (current != null) {
      LOG.info("reusing the stored registration of node " + current.nodeId());
    }
    try {
      while (!stopped) {
        // each step registers if needed and heartbeats once; a refused credential or stop() cuts
        // the wait short
        Duration wait;
        try {
          wait = step();
        } catch (
            RuntimeException
                e) { // a bug (in discovery, say) must not end the link: wait and try again
          LOG.log(Level.WARNING, "the link's step failed", e);
          wait = failure("unexpected " + e);
        }
        wake.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One registration-and/or-heartbeat; returns how long to wait before the next. */
  Duration step() {
    if (current == null) {
      try {
        register();
      } catch (ControlPlaneException e) {
        return failure("registration: " + e.getMessage());
      }
    }
    try {
      HeartbeatRequest body = samples.get();
      boolean repeat =
          body.models() != null
              && body.models().equals(storedModels)
              && System.nanoTime() - storedModelsAt < MODELS_REFRESH.toNanos();
      HeartbeatResponse answer =
          client.heartbeat(
              current.credential(), repeat ? new HeartbeatRequest(body.gpus(), null) : body);
      if (!repeat) {
        storedModels = body.models();
        storedModelsAt = System.nanoTime();
      }
      state.succeeded("node " + current.nodeId() + " is " + answer.status());
      failures = 0;
      justRegistered = false;
      notifyListener(answer);
      long told = answer.heartbeatIntervalSeconds();
      return told > 0 && Duration.ofSeconds(told).compareTo(heartbeatEvery) < 0
          ? Duration.ofSeconds(told)
          : heartbeatEvery;
    } catch (ControlPlaneException e) {
      storedModels = null;
      if (e.isUnauthorized() || e.status() == 400) {
        boolean retryAtOnce =
            !justRegistered; // a fresh credential refused again waits like any failure
        current = null;
        if (retryAtOnce) {
          LOG.info(
              "heartbeat answered "
                  + e.status()
                  + " ("
                  + (e.isUnauthorized() ? "credential revoked or node deleted" : "hardware changed")
                  + "); registering again");
          return Duration.ZERO;
        }
      }
      return failure("heartbeat: " + e.getMessage());
    }
  }

  private void register() throws ControlPlaneException {
    RegisterResponse answer = client.register(agentToken, hardware.get());
    current = new Registration(agentId, answer.nodeId(), answer.credential(), answer.siteId());
    justRegistered = true;
    storedModels = null;
    LOG.info("registered as node " + answer.nodeId());
    try {
      store.save(current);
    } catch (IOException e) {
      LOG.warning(
          "could not keep the registration in "
              + store.file()
              + " ("
              + e.getMessage()
              + "); a restart will register again");
    }
  }

  private void notifyListener(HeartbeatResponse answer) {
    try {
      listener.accept(answer);
    } catch (RuntimeException e) {
      LOG.warning("a heartbeat listener failed: " + e);
    }
  }

  private Duration failure(String reason) {
    state.failed(reason);
    return backoff.delay(failures++);
  }
}
