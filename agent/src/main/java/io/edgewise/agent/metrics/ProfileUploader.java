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
 * Sends layer times measured here to {@code PUT /api/v1/agent/profiles/{versionId}} and batch
 * curves to {@code PUT /api/v1/agent/profiles/{versionId}/batch-curve} (docs/api/agent-runtime.md,
 * "Agent-measured profiles") under this node's hardware key, in the background. Unreachable, 5xx or
 * 401: retried with backoff, {@link #ATTEMPTS} times in all; any other refusal (400 unknown layer
 * name, 404 unknown version) is logged and not retried.
 */
public class ProfileUploader implements AutoCloseable {
  static final int ATTEMPTS = 5;
  private static final Logger LOG = Logger.getLogger(ProfileUploader.class.getName());

  /** The body: one entry per layer, in the order measured. */
  public record ProfileBody(String hardware, List<Layer> layers) {}

  public record Layer(String name, double ms) {}

  /** The batch-curve body: milliseconds per batch size, smallest batch first. */
  public record BatchCurveBody(String hardware, List<BatchPoint> points) {}

  public record BatchPoint(int batch, double ms) {}

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
    Upload upload =
        new Upload(
            "/api/v1/agent/profiles/" + versionId,
            new ProfileBody(hardwareKey, layers),
            "profile of version "
                + versionId
                + " ("
                + layers.size()
                + " layers, "
                + hardwareKey
                + ")");
    worker.execute(() -> attempt(upload, 0));
  }

  /** Queues the upload of a batch curve (milliseconds by batch size) and returns at once. */
  public void uploadBatchCurve(String versionId, Map<Integer, Double> msByBatch) {
    List<BatchPoint> points =
        msByBatch.entrySet().stream().map(e -> new BatchPoint(e.getKey(), e.getValue())).toList();
    Upload upload =
        new Upload(
            "/api/v1/agent/profiles/" + versionId + "/batch-curve",
            new BatchCurveBody(hardwareKey, points),
            "batch curve of version "
                + versionId
                + " ("
                + points.size()
                + " sizes, "
                + hardwareKey
                + ")");
    worker.execute(() -> attempt(upload, 0));
  }

  /** One PUT: where, what, and how the log names it. */
  private record Upload(String path, Object body, String what) {}

  private void attempt(Upload upload, int attempt) {
    String path = upload.path();
    String problem;
    Registration registration = credential.registration().orElse(null);
    if (registration == null) {
      problem = "not registered yet";
    } else {
      try {
        HttpResponse<byte[]> answer =
            client.send("PUT", path, registration.credential(), null, upload.body());
        int status = answer.statusCode();
        if (status / 100 == 2) {
          LOG.info(upload.what() + " sent");
          return;
        }
        if (status == 401) {
          credential.refused(registration.credential());
        } else if (status < 500) {
          LOG.warning(
              path
                  + " refused the "
                  + upload.what()
                  + " with "
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
      LOG.warning(upload.what() + " not sent after " + ATTEMPTS + " attempts: " + problem);
      return;
    }
    worker.schedule(
        () -> attempt(upload, attempt + 1),
        backoff.ceiling(attempt).toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
