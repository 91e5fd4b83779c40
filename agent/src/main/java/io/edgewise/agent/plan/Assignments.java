package io.edgewise.agent.plan;

import java.util.List;

/**
 * The body of {@code GET /api/v1/agent/assignments} (docs/api/agent-runtime.md, "Assignments"):
 * what the tenant's latest plan gives this node. Unknown fields are ignored, so the control plane
 * may add some.
 */
public record Assignments(
    String planId, String planCreatedAt, List<Assignment> assignments, List<Resident> resident) {

  public Assignments {
    assignments = assignments == null ? List.of() : List.copyOf(assignments);
    resident = resident == null ? List.of() : List.copyOf(resident);
  }

  /** No plan yet. */
  public static Assignments none() {
    return new Assignments(null, null, List.of(), List.of());
  }

  /** One replica of a deployment on one of this node's accelerators. */
  public record Assignment(
      String deploymentId,
      String deploymentName,
      String modelId,
      String versionId,
      Integer gpuIndex,
      Integer batchSize,
      Double latencySloMs,
      Artifact whole,
      Split split,
      String note) {}

  /** An artifact to fetch from {@code url} (always {@code /api/v1/agent/artifacts/<sha256>}). */
  public record Artifact(String sha256, Long sizeBytes, String url) {}

  /** The device/edge cut: the device sends {@code inputs}, this node runs {@code tail}. */
  public record Split(String cut, Integer deviceLayers, List<Tensor> inputs, Artifact tail) {}

  /** A tensor's name, element type and shape (-1 for a dynamic dimension). */
  public record Tensor(String name, String dtype, List<Long> shape) {}

  /** A warm stand-by: a version kept loaded without a route. */
  public record Resident(
      String versionId, Integer gpuIndex, String sha256, Long sizeBytes, String url) {}
}
