package io.edgewise.agent.metrics;

import io.edgewise.agent.serving.DeviceTiming;
import io.edgewise.agent.serving.ServingEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agent's one {@link ServingEvents}: requests feed the {@link MetricsAggregator}, finished
 * loads are remembered for heartbeat model reports, measured profiles and batch curves go to the
 * {@link ProfileUploader}. Events before the runtime attached its parts (while booting) are not
 * counted.
 */
@ApplicationScoped
public class AgentServingEvents implements ServingEvents {

  /** A finished load as serving reported it. */
  public record Load(String versionId, String sha256, double ms, String error) {}

  private final Map<String, Load> loads = new ConcurrentHashMap<>();
  private volatile MetricsAggregator aggregator;
  private volatile ProfileUploader profiles;

  /** Called by the runtime once its parts exist. */
  public void attach(MetricsAggregator aggregator, ProfileUploader profiles) {
    this.aggregator = aggregator;
    this.profiles = profiles;
  }

  @Override
  public void served(String deploymentId, String cut, double ms, long bytesIn, boolean warm) {
    MetricsAggregator a = aggregator;
    if (a != null) {
      a.served(deploymentId, cut, ms, bytesIn, warm);
    }
  }

  @Override
  public void missed(String deploymentId, String cut) {
    MetricsAggregator a = aggregator;
    if (a != null) {
      a.missed(deploymentId);
    }
  }

  @Override
  public void timed(String deploymentId, DeviceTiming timing) {
    MetricsAggregator a = aggregator;
    if (a != null) {
      a.timed(deploymentId, timing);
    }
  }

  @Override
  public void loaded(String versionId, String sha256, double ms, String error) {
    loads.put(sha256, new Load(versionId, sha256, ms, error));
  }

  @Override
  public void profiled(String versionId, Map<String, Double> nodeMs) {
    ProfileUploader p = profiles;
    if (p != null) {
      p.upload(versionId, nodeMs);
    }
  }

  @Override
  public void batchProfiled(String versionId, Map<Integer, Double> msByBatch) {
    ProfileUploader p = profiles;
    if (p != null) {
      p.uploadBatchCurve(versionId, msByBatch);
    }
  }

  /** The last load of each artifact, by sha256. */
  public Map<String, Load> loads() {
    return Map.copyOf(loads);
  }
}
