package io.edgewise.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.base.error.FieldError;
import io.edgewise.base.error.InvalidInput;
import io.edgewise.base.error.NotFound;
import io.edgewise.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records agent heartbeats: the hot path of the control plane (every node, every few seconds), so a
 * heartbeat is one self-committing statement that loads no entities.
 */
@ApplicationScoped
public class HeartbeatService {

  /** The most models one heartbeat may report. */
  public static final int MODELS_MAX = 256;

  @Inject NodeLivenessRepository liveness;
  @Inject CurrentCaller caller;
  @Inject ObjectMapper json;

  /**
   * Stamps the node and stores its GPU samples; returns the node's status afterwards. Nothing is
   * written when a sample names a GPU the node does not have (400 naming it) or the node is not the
   * caller's tenant's (404).
   */
  public NodeStatus heartbeat(UUID nodeId, List<GpuSample> samples) {
    return heartbeat(nodeId, samples, null).status();
  }

  /**
   * As {@link #heartbeat(UUID, List)}, also storing the agent's model report ({@code models} null
   * keeps the last one); answers the status and the tenant's latest plan id.
   */
  public HeartbeatOutcome.Recorded heartbeat(
      UUID nodeId, List<GpuSample> samples, List<ModelReport> models) {
    GpuSpec.requireDistinctIndexes(samples.stream().map(GpuSample::index).toList());
    HeartbeatOutcome beat =
        liveness
            .heartbeat(caller.tenantId(), nodeId, samples, models == null ? null : toJson(models))
            .orElseThrow(() -> new NotFound("node " + nodeId));
    if (beat instanceof HeartbeatOutcome.UnknownGpus unknown) {
      throw unknownGpus(samples, unknown.indexes());
    }
    return (HeartbeatOutcome.Recorded) beat;
  }

  private String toJson(List<ModelReport> models) {
    try {
      return json.writeValueAsString(models);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a model report is plain data and always serialises", e);
    }
  }

  private static InvalidInput unknownGpus(List<GpuSample> samples, List<Integer> unknown) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      int index = samples.get(i).index();
      if (unknown.contains(index)) {
        errors.add(
            new FieldError("gpus[" + i + "].index", "this node has no GPU with index " + index));
      }
    }
    return new InvalidInput(
        "the heartbeat names GPUs this node does not have; register again after hardware changes",
        errors);
  }
}
