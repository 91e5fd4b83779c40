package io.edgewise.agent.plan;

import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.ControlPlaneException;
import io.edgewise.agent.link.NodeCredential;
import io.edgewise.agent.link.Registration;
import io.edgewise.agent.serving.ModelServer;
import io.edgewise.agent.serving.ServingPlan;
import io.edgewise.agent.store.ModelStore;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Follows the tenant's plan on its own thread: polls the assignments every interval with {@code
 * If-None-Match} (304: nothing to do), at once when a heartbeat names another plan and when the
 * store finished a download. A changed answer makes the store fetch what is missing and serving
 * follow the new {@link io.edgewise.agent.serving.ServingPlan}. A failed poll changes nothing: the
 * last plan is served until the control plane answers again; a 401 is handed to the link, which
 * registers again.
 */
public class PlanFollower implements Runnable {
  private static final Logger LOG = Logger.getLogger(PlanFollower.class.getName());
  private static final String PATH = "/api/v1/agent/assignments";
  private static final Object NOT_SEEN = new Object();

  private final ControlPlaneClient client;
  private final NodeCredential credential;
  private final ModelStore store;
  private final ModelServer server;
  private final Duration every;
  private final ToLongFunction<Path> inputBytes;
  private final BlockingQueue<Boolean> wake = new ArrayBlockingQueue<>(1);
  private volatile boolean stopped;
  private volatile Object announced = NOT_SEEN;
  private volatile Assignments current = Assignments.none();
  private ServingPlan applied;
  private String etag;
  private String failing;

  public PlanFollower(
      ControlPlaneClient client,
      NodeCredential credential,
      ModelStore store,
      ModelServer server,
      Duration every,
      ToLongFunction<Path> inputBytes) {
    this.client = client;
    this.credential = credential;
    this.store = store;
    this.server = server;
    this.every = every;
    this.inputBytes = inputBytes;
  }

  /**
   * A heartbeat answer's {@code planId}: another plan than the last one seen makes the follower
   * poll at once.
   */
  public void planAnnounced(String planId) {
    if (!Objects.equals(announced, planId)) {
      announced = planId;
      wake.offer(Boolean.TRUE);
    }
  }

  /** The store finished a download: serving is handed the plan again with the new file. */
  public void storeChanged() {
    wake.offer(Boolean.TRUE);
  }

  /** The assignments followed now. */
  public Assignments current() {
    return current;
  }

  /** Ends {@link #run()} at its next wait. */
  public void stop() {
    stopped = true;
    wake.offer(Boolean.TRUE);
  }

  @Override
  public void run() {
    try {
      store.open();
    } catch (IOException e) {
      LOG.warning(
          "model store could not be read ("
              + e.getMessage()
              + "); its files will be fetched again");
    }
    try {
      while (!stopped) {
        try {
          poll();
          ServingPlan plan = PlanBuilder.servingPlan(current, store.files(), inputBytes);
          if (!plan.equals(applied)) {
            server.apply(plan);
            applied = plan;
          }
        } catch (RuntimeException e) { // a bug must not end the loop: the next interval tries again
          LOG.log(Level.WARNING, "following the plan failed; retrying next interval", e);
        }
        wake.poll(every.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One conditional GET of the assignments; a change is handed to the store. */
  void poll() {
    Registration registration = credential.registration().orElse(null);
    if (registration == null) {
      return;
    }
    try {
      HttpResponse<byte[]> answer = client.send("GET", PATH, registration.credential(), etag, null);
      if (answer.statusCode() == 304) {
        recovered();
        return;
      }
      if (answer.statusCode() == 401) {
        credential.refused(registration.credential());
      }
      if (answer.statusCode() != 200) {
        throw new ControlPlaneException(
            answer.statusCode(),
            PATH
                + " answered "
                + answer.statusCode()
                + ": "
                + ControlPlaneClient.abbreviate(answer.body()),
            null);
      }
      Assignments next = client.json().readValue(answer.body(), Assignments.class);
      etag = answer.headers().firstValue("ETag").orElse(null);
      recovered();
      if (!next.equals(current)) { // a control plane without ETags answers 200 with the same body
        follow(next);
      }
    } catch (ControlPlaneException | IOException e) {
      if (!e.getMessage().equals(failing)) {
        failing = e.getMessage();
        LOG.warning(
            "assignments not fetched ("
                + e.getMessage()
                + "); serving the last plan ("
                + current.assignments().size()
                + " assignment(s)) until the control plane answers");
      }
    }
  }

  private void follow(Assignments next) {
    Map<String, Long> wanted = PlanBuilder.wanted(next);
    Map<String, Path> files = store.files();
    long missing = wanted.keySet().stream().filter(sha -> !files.containsKey(sha)).count();
    current = next;
    LOG.info(
        "plan "
            + next.planId()
            + ": "
            + PlanBuilder.servingPlan(next, Map.of(), p -> 0).routes().size()
            + " deployment(s), "
            + wanted.size()
            + " artifact(s), "
            + missing
            + " to fetch");
    store.want(wanted);
  }

  private void recovered() {
    if (failing != null) {
      LOG.info("assignments fetched again");
      failing = null;
    }
  }
}
