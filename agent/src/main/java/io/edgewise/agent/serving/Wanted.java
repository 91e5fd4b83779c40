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
record Wanted(Path file, String versionId, boolean whole, int maxBatch) {

  static Map<String, Wanted> of(ServingPlan plan, ServingSettings settings) {
    Map<String, Wanted> wanted = new LinkedHashMap<>();
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
      Map<String, Wanted> wanted,
      ServingPlan plan,
      String sha,
      String versionId,
      boolean whole,
      int maxBatch) {
    Path file = sha == null ? null : plan.files().get(sha);
    if (file == null) {
      return;
    }
    Wanted before = wanted.get(sha);
    wanted.put(
        sha,
        before == null
            ? new Wanted(file, versionId, whole, maxBatch)
            : new Wanted(
                file,
                before.versionId() != null ? before.versionId() : versionId,
                before.whole() || whole,
                Math.max(before.maxBatch(), maxBatch)));
  }
}
