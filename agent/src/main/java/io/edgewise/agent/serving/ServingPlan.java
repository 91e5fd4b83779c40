package io.edgewise.agent.serving;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What this node must serve, as the plan follower last understood its assignments. Models are keyed
 * by the sha256 of their ONNX artifact (a whole model or a derived tail).
 *
 * @param routes the deployments served here, by deployment id
 * @param resident artifacts to keep loaded without a route (the plan's warm stand-bys)
 * @param files the verified local file of each artifact that is already in the model store; an
 *     artifact a route or the resident set names but that is missing here is still being downloaded
 */
public record ServingPlan(
    Map<String, Route> routes, Set<String> resident, Map<String, Path> files) {

  public ServingPlan {
    routes = Map.copyOf(routes);
    resident = Set.copyOf(resident);
    files = Map.copyOf(files);
  }

  public static ServingPlan empty() {
    return new ServingPlan(Map.of(), Set.of(), Map.of());
  }

  /**
   * One deployment served by this node.
   *
   * @param wholeSha256 the whole model, served at {@code /v1/infer/{deploymentId}}
   * @param cut the plan's device/edge cut, served at {@code /v1/infer/{deploymentId}/from/{cut}};
   *     null when not split
   * @param tailSha256 the tail model for {@code cut}; null when not split
   * @param maxBatch the plan's batch size; 0 when the plan names none (the node's setting applies)
   * @param latencySloMs the deployment's latency objective; requests slower than it count as
   *     violations
   * @param wholeInputBytes bytes per sample of the whole model's inputs (for bytes avoided by a
   *     split)
   */
  public record Route(
      String deploymentId,
      String versionId,
      String wholeSha256,
      String cut,
      String tailSha256,
      int maxBatch,
      double latencySloMs,
      long wholeInputBytes) {}
}
