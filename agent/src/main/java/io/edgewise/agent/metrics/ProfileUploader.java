package io.edgewise.agent.metrics;

import io.edgewise.agent.link.Backoff;
import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.ControlPlaneException;
import io.edgewise.agent.link.NodeCredential;
import io.edgewise.agent.link.Registration;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Sends layer times measured here to {@code PUT /api/v1/agent/profiles/{versionId}}
 * (docs/api/agent-runtime.md, "Agent-measured profiles") under this node's hardware key, in the
 * background. Unreachable, 5xx or 401: retried with backoff, {@link #ATTEMPTS} times in all; any
 * other refusal (400 unknown layer name, 404 unknown version) is logged and not retried.
 */
public class ProfileUploader implements AutoCloseable {
  static final int ATTEMPTS = 5;
  private static final Logger LOG = Logger.getLogger(ProfileUploader.class.getName());

  /** The body: one entry per layer, in the order measured. */
  public record ProfileBody(String hardware, List<Layer> layers) {}

  public record Layer(String name, double ms) {}

  private final ControlPlaneClient client;
  private final NodeCredential credential;
  private final String hardwareKey;
  private final Backoff backoff;
  private final ScheduledExecutorService worker =
      new ScheduledThreadPoolExecutor(
          1,
          r -> {
            Thread t = new Thread(r, "edgewise-profile-upload");
            t.setDaemon(true);
            return t;
          });

  public ProfileUploader(
      ControlPlaneClient client, NodeCredential credential, String hardwareKey, Backoff backoff) {
    this.client = client;
    this.credential = credential;
    this.hardwareKey = hardwareKey;
    this.backoff = backoff;
  }

  /** Queues the upload and returns at once. */
  public void upload(String versionId, Map<String, Double> nodeMs) {
    List<Layer> layers =
        nodeMs.entrySet().stream().map(e -> new Layer(e.getKey(), e.getValue())).toList();
    worker.execute(() -> attempt(versionId, new ProfileBody(hardwareKey, layers), 0));
  }

  private void attempt(String versionId, ProfileBody body, int attempt) {
    String path = "/api/v1/agent/profiles/" + versionId;
    String problem;
    Registration registration = credential.registration().orElse(null);
    if (registration == null) {
      problem = "not registered yet";
    } else {
      try {
        HttpResponse<byte[]> answer =
            client.send("PUT", path, registration.credential(), null, body);
        int status = answer.statusCode();
        if (status / 100 == 2) {
          LOG.info(
              "profile of version "
                  + versionId
                  + " ("
                  + body.layers().size()
                  + " layers, "
                  + hardwareKey
                  + ") sent");
          return;
        }
        if (status == 401) {
          credential.refused(registration.credential());
        } else if (status < 500) {
          LOG.warning(
              path
                  + " refused the measured profile with "
                  + status
                  + ": "
                  + ControlPlaneClient.abbreviate(answer.body()));
          return;
        }
        problem = path + " answered " + status;
      } catch (ControlPlaneException e) {
        problem = e.getMessage();
      }
    }
    if (attempt + 1 >= ATTEMPTS) {
      LOG.warning(
          "measured profile of version "
              + versionId
              + " not sent after "
              + ATTEMPTS
              + " attempts: "
              + problem);
      return;
    }
    worker.schedule(
        () -> attempt(versionId, body, attempt + 1),
        backoff.ceiling(attempt).toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
