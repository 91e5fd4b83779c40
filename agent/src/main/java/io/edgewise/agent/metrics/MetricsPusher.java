package io.edgewise.agent.metrics;

import io.edgewise.agent.link.ControlPlaneClient;
import io.edgewise.agent.link.ControlPlaneException;
import io.edgewise.agent.link.NodeCredential;
import io.edgewise.agent.link.Registration;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a minute ({@code grace} after the boundary) moves the closed minutes into the {@link
 * MetricsOutbox} and sends the pending batches in order to {@code POST /api/v1/metrics} with the
 * node's site. Unreachable, 5xx, 429 or 401: the batch stays and is retried ({@link #RETRY} later,
 * then every minute); 404 naming deployments: their points are dropped and the rest sent; any other
 * refusal: the batch goes to {@code rejected/}, never retried.
 */
public class MetricsPusher implements Runnable {
  static final Duration RETRY = Duration.ofSeconds(15);
  private static final Logger LOG = Logger.getLogger(MetricsPusher.class.getName());

  private final ControlPlaneClient client;
  private final NodeCredential credential;
  private final MetricsAggregator aggregator;
  private final MetricsOutbox outbox;
  private final Clock clock;
  private final Duration grace;
  private final String fallbackSite;
  private final BlockingQueue<Boolean> wake = new ArrayBlockingQueue<>(1);
  private volatile boolean stopped;
  private String failing;

  /**
   * {@code fallbackSite}: the site id to push for while the registration names none (null: wait for
   * one).
   */
  public MetricsPusher(
      ControlPlaneClient client,
      NodeCredential credential,
      MetricsAggregator aggregator,
      MetricsOutbox outbox,
      Clock clock,
      Duration grace,
      String fallbackSite) {
    this.client = client;
    this.credential = credential;
    this.aggregator = aggregator;
    this.outbox = outbox;
    this.clock = clock;
    this.grace = grace;
    this.fallbackSite = fallbackSite;
  }

  @Override
  public void run() {
    try {
      while (!stopped) {
        boolean allSent = false;
        try {
          allSent = tick();
        } catch (RuntimeException e) { // a bug must not end the loop: the batches stay on disk
          LOG.log(Level.WARNING, "pushing metrics failed; retrying", e);
        }
        Instant now = clock.instant();
        Instant next = now.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1)).plus(grace);
        long wait = Duration.between(now, next).toMillis();
        wake.poll(allSent ? wait : Math.min(wait, RETRY.toMillis()), TimeUnit.MILLISECONDS);
      }
      buffer(); // the closed minutes reach the disk; the open one is lost (a later point would
      // replace it)
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void stop() {
    stopped = true;
    wake.offer(Boolean.TRUE);
  }

  /** Buffers the closed minutes and sends what is pending; true when nothing is left to send. */
  public boolean tick() {
    buffer();
    try {
      for (Path batch : outbox.pending()) {
        if (!send(batch)) {
          return false;
        }
      }
      recovered();
      return true;
    } catch (IOException e) {
      LOG.warning("metrics buffer unreadable: " + e.getMessage());
      return false;
    }
  }

  private void buffer() {
    Map<String, List<MetricPoint>> byMinute = new LinkedHashMap<>();
    for (MetricPoint p : aggregator.closeBefore(clock.instant())) {
      byMinute.computeIfAbsent(p.minute(), m -> new ArrayList<>()).add(p);
    }
    byMinute.forEach(
        (minute, points) -> {
          try {
            outbox.add(Instant.parse(minute), points, clock.instant());
          } catch (IOException e) {
            LOG.warning(
                "could not buffer "
                    + points.size()
                    + " metric point(s) of "
                    + minute
                    + ": "
                    + e.getMessage());
          }
        });
  }

  /** Sends one batch; false when it must wait (the control plane is unreachable or not ready). */
  private boolean send(Path file) throws IOException {
    Registration registration = credential.registration().orElse(null);
    String site =
        registration == null || registration.siteId() == null
            ? fallbackSite
            : registration.siteId().toString();
    if (registration == null || site == null) {
      return failed(
          registration == null
              ? "not registered yet"
              : "the node's site id is unknown (the registration answer names none and"
                  + " EDGEWISE_SITE is not an id); keeping the metrics buffered");
    }
    List<MetricPoint> points = outbox.read(file).points();
    HttpResponse<byte[]> answer;
    try {
      answer =
          client.send(
              "POST",
              "/api/v1/metrics",
              registration.credential(),
              null,
              SentBatch.at(site, points));
    } catch (ControlPlaneException e) {
      return failed(e.getMessage());
    }
    int status = answer.statusCode();
    if (status / 100 == 2) {
      outbox.delivered(file);
      return true;
    }
    if (status == 401) {
      credential.refused(registration.credential());
    }
    if (status >= 500 || status == 429 || status == 401) {
      return failed("/api/v1/metrics answered " + status);
    }
    if (status == 404 && dropUnknownDeployments(file, points, answer.body())) {
      return !Files.exists(file) || send(file);
    }
    LOG.warning(
        "/api/v1/metrics refused "
            + file.getFileName()
            + " ("
            + points.size()
            + " point(s)) with "
            + status
            + ": "
            + ControlPlaneClient.abbreviate(answer.body())
            + "; moved to "
            + outbox.dir().resolve("rejected"));
    outbox.reject(file);
    return true;
  }

  /**
   * Drops the points a 404 names by deploymentId; false when it names something else (then the
   * batch is rejected).
   */
  private boolean dropUnknownDeployments(Path file, List<MetricPoint> points, byte[] body)
      throws IOException {
    List<Integer> named = UnknownDeployments.named(client.json(), body, points.size());
    if (named.isEmpty()) {
      return false;
    }
    List<MetricPoint> kept = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (!named.contains(i)) {
        kept.add(points.get(i));
      }
    }
    LOG.warning(
        "dropped "
            + (points.size() - kept.size())
            + " metric point(s) of deleted deployment(s) from "
            + file.getFileName());
    outbox.rewrite(file, kept);
    return true;
  }

  private boolean failed(String reason) {
    if (!reason.equals(failing)) {
      failing = reason;
      LOG.warning(
          "metrics not pushed (" + reason + "); buffered in " + outbox.dir() + ", retrying");
    }
    return false;
  }

  private void recovered() {
    if (failing != null) {
      LOG.info("buffered metrics pushed");
      failing = null;
    }
  }
}
