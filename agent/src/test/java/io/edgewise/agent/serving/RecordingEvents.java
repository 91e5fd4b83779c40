package io.edgewise.agent.serving;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ServingEvents} that keeps what it was told, for assertions. */
public final class RecordingEvents implements ServingEvents {

  public record Served(String deploymentId, String cut, double ms, long bytesIn, boolean warm) {}

  public record Loaded(String versionId, String sha256, double ms, String error) {}

  public final List<Served> served = new CopyOnWriteArrayList<>();
  public final List<String> missed = new CopyOnWriteArrayList<>();
  public final List<Loaded> loaded = new CopyOnWriteArrayList<>();
  public final Map<String, Map<String, Double>> profiled = new ConcurrentHashMap<>();
  public final List<DeviceTiming> timed = new CopyOnWriteArrayList<>();

  @Override
  public void timed(String deploymentId, DeviceTiming timing) {
    timed.add(timing);
  }

  public final Map<String, Map<Integer, Double>> batchProfiled = new ConcurrentHashMap<>();

  @Override
  public void served(String deploymentId, String cut, double ms, long bytesIn, boolean warm) {
    served.add(new Served(deploymentId, cut, ms, bytesIn, warm));
  }

  @Override
  public void missed(String deploymentId, String cut) {
    missed.add(deploymentId + (cut == null ? "" : "/" + cut));
  }

  @Override
  public void loaded(String versionId, String sha256, double ms, String error) {
    loaded.add(new Loaded(versionId, sha256, ms, error));
  }

  @Override
  public void profiled(String versionId, Map<String, Double> nodeMs) {
    profiled.put(versionId, nodeMs);
  }

  @Override
  public void batchProfiled(String versionId, Map<Integer, Double> msByBatch) {
    batchProfiled.put(versionId, msByBatch);
  }
}
