package io.edgewise.planning;

import io.edgewise.planning.partitioning.EarlyExit;
import io.edgewise.planning.partitioning.GraphLayer;
import io.edgewise.planning.partitioning.LayerGraph;
import io.edgewise.planning.partitioning.PartitionRequest;
import java.util.UUID;

/**
 * How much slower (above 1) or faster than predicted a deployment's edge and device segments were
 * measured: measured over predicted, compounded over re-plans. A plan multiplies every layer's (and
 * exit's) edge and device time of the deployment by these factors, so its prediction moves to what
 * agents and devices measured (docs/algorithms.md, "Predicted against measured").
 *
 * @param deploymentId null only in {@link #NONE}
 */
public record MeasuredScale(UUID deploymentId, double edge, double device) {

  /** No correction. */
  public static final MeasuredScale NONE = new MeasuredScale(null, 1, 1);

  public MeasuredScale {
    if (!(edge > 0) || !(device > 0) || Double.isInfinite(edge) || Double.isInfinite(device)) {
      throw new IllegalArgumentException("scales must be finite and positive");
    }
  }

  /**
   * {@code request} with this deployment's layer times scaled; itself when there is nothing to
   * scale.
   */
  PartitionRequest apply(PartitionRequest request) {
    if (edge == 1 && device == 1) {
      return request;
    }
    LayerGraph graph = request.graph();
    LayerGraph scaled =
        new LayerGraph(
            graph.inputBytes(),
            graph.layers().stream()
                .map(
                    l ->
                        new GraphLayer(
                            l.name(),
                            l.deviceMs() * device,
                            l.edgeMs() * edge,
                            l.cloudMs(),
                            l.outputBytes(),
                            l.inputs()))
                .toList());
    return new PartitionRequest(
        scaled,
        request.uplink(),
        request.edgeToCloud(),
        request.exits().stream()
            .map(
                e ->
                    new EarlyExit(
                        e.afterLayer(),
                        e.deviceMs() * device,
                        e.edgeMs() * edge,
                        e.cloudMs(),
                        e.accuracy()))
            .toList(),
        request.fullModelAccuracy(),
        request.objective(),
        request.latencySloMs(),
        request.energy());
  }
}
