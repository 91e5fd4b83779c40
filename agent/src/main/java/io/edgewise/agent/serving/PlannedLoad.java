package io.edgewise.agent.serving;

import io.edgewise.agent.serving.ServingPlan.Route;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An artifact the plan wants loaded and has a file for: its version (null for a resident stand-by
 * the plan names by sha256 only), whether some route serves it as a whole model, and the largest
 * batch a route allows.
 */
record PlannedLoad(Path file, String versionId, boolean whole, int maxBatch) {

  static Map<String, PlannedLoad> of(ServingPlan plan, ServingSettings settings) {
    Map<String, PlannedLoad> wanted = new LinkedHashMap<>();
    for (Route route : plan.routes().values()) {
      add(
          wanted,
          plan,
          route.wholeSha256(),
          route.versionId(),
          true,
          settings.batchFor(route.maxBatch()));
      add(
          wanted,
          plan,
          route.tailSha256(),
          route.versionId(),
          false,
          settings.batchFor(route.maxBatch()));
    }
    plan.resident().forEach(sha -> add(wanted, plan, sha, null, false, settings.maxBatch()));
    return wanted;
  }

  private static void add(
      Map<String, PlannedLoad> wanted,
      ServingPlan plan,
      String sha,
      String versionId,
      boolean whole,
      int maxBatch) {
    Path file = sha == null ? null : plan.files().get(sha);
    if (file == null) {
      return;
    }
    PlannedLoad before = wanted.get(sha);
    wanted.put(
        sha,
        before == null
            ? new PlannedLoad(file, versionId, whole, maxBatch)
            : new PlannedLoad(
                file,
                before.versionId() != null ? before.versionId() : versionId,
                before.whole() || whole,
                Math.max(before.maxBatch(), maxBatch)));
  }
}
