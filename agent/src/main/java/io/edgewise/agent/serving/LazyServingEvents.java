package io.edgewise.agent.serving;

import jakarta.enterprise.inject.Instance;
import java.util.Map;

/** The agent's {@link ServingEvents} bean, looked up on first use (none yet: nothing listens). */
final class LazyServingEvents implements ServingEvents {

  private final Instance<ServingEvents> beans;
  private volatile ServingEvents target;

  LazyServingEvents(Instance<ServingEvents> beans) {
    this.beans = beans;
  }

  private ServingEvents target() {
    ServingEvents t = target;
    if (t == null) {
      t = beans.isResolvable() ? beans.get() : ServingEvents.NONE;
      target = t;
    }
    return t;
  }

  @Override
  public void served(String deploymentId, String cut, double ms, long bytesIn, boolean warm) {
    target().served(deploymentId, cut, ms, bytesIn, warm);
  }

  @Override
  public void missed(String deploymentId, String cut) {
    target().missed(deploymentId, cut);
  }

  @Override
  public void timed(String deploymentId, DeviceTiming timing) {
    target().timed(deploymentId, timing);
  }

  @Override
  public void loaded(String versionId, String sha256, double ms, String error) {
    target().loaded(versionId, sha256, ms, error);
  }

  @Override
  public void profiled(String versionId, Map<String, Double> nodeMs) {
    target().profiled(versionId, nodeMs);
  }

  @Override
  public void batchProfiled(String versionId, Map<Integer, Double> msByBatch) {
    target().batchProfiled(versionId, msByBatch);
  }
}
