package io.edgewise.node;

import io.edgewise.base.api.Problem;
import io.edgewise.base.api.ProblemException;
import io.edgewise.node.NodeLivenessRepository.Beat;
import io.edgewise.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Records agent heartbeats: the hot path of the control plane (every node, every few seconds), so it
 * runs one statement and loads no entities.
 */
@ApplicationScoped
public class HeartbeatService {

  @Inject NodeLivenessRepository liveness;
  @Inject CurrentCaller caller;

  /** Stamps the node and stores its GPU samples; nothing is written when a sample names an unknown GPU. */
  @Transactional
  public NodeStatus heartbeat(UUID nodeId, List<GpuSample> samples) {
    GpuSpec.requireDistinctIndexes(samples.stream().map(GpuSample::index).toList());
    UUID tenantId = caller.tenantId();
    Beat beat = liveness.heartbeat(tenantId, nodeId, Instant.now(), samples)
        .orElseThrow(() -> ProblemException.notFound("node " + nodeId));
    if (beat.gpusSampled() < samples.size()) {
      throw unknownGpus(samples, new HashSet<>(liveness.gpuIndexes(tenantId, nodeId)));
    }
    return beat.status();
  }

  private static ProblemException unknownGpus(List<GpuSample> samples, Set<Integer> known) {
    List<Problem.FieldError> errors = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      int index = samples.get(i).index();
      if (!known.contains(index)) {
        errors.add(new Problem.FieldError("gpus[" + i + "].index", "this node has no GPU with index " + index + "; known indexes are " + known));
      }
    }
    return ProblemException.invalid("the heartbeat names GPUs this node does not have; register again after hardware changes", errors);
  }
}
