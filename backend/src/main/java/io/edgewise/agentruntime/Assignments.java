package io.edgewise.agentruntime;

import io.edgewise.registry.SplitTensor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What one node serves according to its tenant's latest plan (docs/api/agent-runtime.md).
 *
 * @param planId null before the tenant's first plan (then both lists are empty)
 * @param resident warm stand-bys the plan keeps on this node's GPUs, other than the versions
 *     assigned there
 */
public record Assignments(
    UUID planId, Instant planCreatedAt, List<Assignment> assignments, List<Resident> resident) {

  /** A file the agent downloads from {@code url} and checks against {@code sha256}. */
  public record FileRef(String sha256, long sizeBytes, String url) {

    static FileRef agentArtifact(String sha256, long sizeBytes) {
      return new FileRef(sha256, sizeBytes, "/api/v1/agent/artifacts/" + sha256);
    }
  }

  /**
   * The server side of a split: the tail, fed the tensors the device sends.
   *
   * @param cut the opaque name of the device-side layer set, the {@code {cut}} of the agent's
   *     /from/{cut}
   * @param inputs the tail's inputs, in order
   */
  public record Split(String cut, int deviceLayers, List<SplitTensor> inputs, FileRef tail) {}

  /**
   * One replica of a deployment on one of this node's GPUs.
   *
   * @param split null when the plan runs nothing on the device, or when its split cannot be
   *     executed ({@code note} says why)
   */
  public record Assignment(
      UUID deploymentId,
      String deploymentName,
      UUID modelId,
      UUID versionId,
      int gpuIndex,
      Integer batchSize,
      double latencySloMs,
      FileRef whole,
      Split split,
      String note) {}

  /** A model version to keep loaded on a GPU as a warm stand-by. */
  public record Resident(UUID versionId, int gpuIndex, String sha256, long sizeBytes, String url) {}

  static Assignments none() {
    return new Assignments(null, null, List.of(), List.of());
  }
}
