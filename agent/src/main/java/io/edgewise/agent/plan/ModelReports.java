package io.edgewise.agent.plan;

import io.edgewise.agent.link.AgentProtocol.ModelReport;
import io.edgewise.agent.metrics.AgentServingEvents.Load;
import io.edgewise.agent.serving.ModelServer.HeldModel;
import io.edgewise.agent.store.StoreIndex.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The heartbeat's {@code models} (docs/api/nodes.md, "Heartbeat"): what serving holds (LOADING,
 * LOADED, FAILED with its load time and error) and, for artifacts it does not hold, the store's
 * state: downloading reads as LOADING, stored as STORED (or FAILED when its last load failed), a
 * failed download as FAILED with the reason. Artifacts of no known version (files of an earlier
 * plan) are left out. Sorted by sha256.
 */
public final class ModelReports {
  private ModelReports() {}

  public static List<ModelReport> of(
      List<HeldModel> held,
      Map<String, Entry> stored,
      Map<String, String> versions,
      Map<String, Load> loads) {
    Map<String, ModelReport> reports = new TreeMap<>();
    for (Entry e : stored.values()) {
      String version = versions.get(e.sha256());
      Load load = loads.get(e.sha256());
      if (version == null) {
        continue;
      }
      reports.put(
          e.sha256(),
          switch (e.state()) {
            case DOWNLOADING -> new ModelReport(version, e.sha256(), "LOADING", null, null);
            case FAILED -> new ModelReport(version, e.sha256(), "FAILED", null, e.error());
            case STORED ->
                load != null && load.error() != null
                    ? new ModelReport(version, e.sha256(), "FAILED", load.ms(), load.error())
                    : new ModelReport(version, e.sha256(), "STORED", null, null);
          });
    }
    for (HeldModel m : held) {
      String version = m.versionId() != null ? m.versionId() : versions.get(m.sha256());
      reports.put(
          m.sha256(), new ModelReport(version, m.sha256(), m.state(), m.loadMs(), m.error()));
    }
    return new ArrayList<>(reports.values());
  }

  /** Bytes of the held models' files (the CPU accelerator's memory sample). */
  public static long heldBytes(List<HeldModel> held, Map<String, Entry> stored) {
    return held.stream()
        .filter(m -> "LOADED".equals(m.state()))
        .map(m -> stored.get(m.sha256()))
        .filter(e -> e != null)
        .mapToLong(Entry::sizeBytes)
        .sum();
  }
}
