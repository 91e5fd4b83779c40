package io.edgewise.agent.plan;

import io.edgewise.agent.plan.Assignments.Artifact;
import io.edgewise.agent.plan.Assignments.Assignment;
import io.edgewise.agent.plan.Assignments.Resident;
import io.edgewise.agent.serving.ServingPlan;
import io.edgewise.agent.serving.ServingPlan.Route;
import io.edgewise.agent.store.Sha256;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Turns assignments into what the store must hold and what serving must serve. Several replicas of
 * one deployment on this node (one entry per accelerator) make one route: serving runs one model
 * per sha256. An artifact whose sha256 is malformed is left out (and so is its route).
 */
public final class PlanBuilder {
  private PlanBuilder() {}

  /**
   * Every artifact the assignments name (wholes, tails, residents): sha256 → expected size in
   * bytes.
   */
  public static Map<String, Long> wanted(Assignments a) {
    Map<String, Long> wanted = new LinkedHashMap<>();
    for (Assignment each : a.assignments()) {
      add(wanted, each.whole());
      if (each.split() != null) {
        add(wanted, each.split().tail());
      }
    }
    for (Resident r : a.resident()) {
      add(wanted, new Artifact(r.sha256(), r.sizeBytes(), r.url()));
    }
    return wanted;
  }

  /** sha256 → the version it belongs to (for heartbeat model reports). */
  public static Map<String, String> versions(Assignments a) {
    Map<String, String> versions = new HashMap<>();
    for (Resident r : a.resident()) {
      versions.put(r.sha256(), r.versionId());
    }
    for (Assignment each : a.assignments()) {
      if (each.whole() != null) {
        versions.put(each.whole().sha256(), each.versionId());
      }
      if (each.split() != null && each.split().tail() != null) {
        versions.put(each.split().tail().sha256(), each.versionId());
      }
    }
    return versions;
  }

  /**
   * The serving plan: a route per deployment, the resident set, and the files already stored.
   * {@code inputBytes} gives the whole model's input bytes per sample from its stored file (0 while
   * the file is missing or unreadable).
   */
  public static ServingPlan servingPlan(
      Assignments a, Map<String, Path> files, ToLongFunction<Path> inputBytes) {
    Map<String, Route> routes = new LinkedHashMap<>();
    for (Assignment each : a.assignments()) {
      if (each.deploymentId() == null
          || each.whole() == null
          || !Sha256.valid(each.whole().sha256())
          || routes.containsKey(each.deploymentId())) {
        continue;
      }
      String whole = each.whole().sha256();
      boolean split =
          each.split() != null
              && each.split().tail() != null
              && Sha256.valid(each.split().tail().sha256())
              && each.split().cut() != null;
      Path wholeFile = files.get(whole);
      routes.put(
          each.deploymentId(),
          new Route(
              each.deploymentId(),
              each.versionId(),
              whole,
              split ? each.split().cut() : null,
              split ? each.split().tail().sha256() : null,
              each.batchSize() == null ? 0 : Math.max(1, each.batchSize()),
              each.latencySloMs() == null ? Double.MAX_VALUE : each.latencySloMs(),
              wholeFile == null ? 0 : inputBytes.applyAsLong(wholeFile)));
    }
    Set<String> resident = new HashSet<>();
    for (Resident r : a.resident()) {
      if (Sha256.valid(r.sha256())) {
        resident.add(r.sha256());
      }
    }
    Map<String, Path> present = new HashMap<>();
    wanted(a)
        .keySet()
        .forEach(
            sha -> {
              if (files.containsKey(sha)) {
                present.put(sha, files.get(sha));
              }
            });
    return new ServingPlan(routes, resident, present);
  }

  private static void add(Map<String, Long> wanted, Artifact artifact) {
    if (artifact != null && Sha256.valid(artifact.sha256())) {
      wanted.put(
          artifact.sha256(),
          artifact.sizeBytes() == null ? 0L : Math.max(0L, artifact.sizeBytes()));
    }
  }
}
