package io.edgewise.agent.serving;

import java.util.Map;

/** Serving's events when no {@link ServingEvents} bean exists: nothing listens. */
final class NoServingEvents implements ServingEvents {

  @Override
  public void served(String deploymentId, String cut, double ms, long bytesIn, boolean warm) {}

  @Override
  public void missed(String deploymentId, String cut) {}

  @Override
  public void loaded(String versionId, String sha256, double ms, String error) {}

  @Override
  public void profiled(String versionId, Map<String, Double> nodeMs) {}

  @Override
  public void batchProfiled(String versionId, Map<Integer, Double> msByBatch) {}
}
