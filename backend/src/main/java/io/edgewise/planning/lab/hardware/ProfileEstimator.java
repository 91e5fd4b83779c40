package io.edgewise.planning.lab.hardware;

import io.edgewise.planning.partitioning.EarlyExit;
import io.edgewise.planning.partitioning.GraphLayer;
import io.edgewise.planning.partitioning.LayerGraph;
import io.edgewise.planning.partitioning.profiles.ModelProfile;
import java.util.List;

/**
 * Per-layer latencies from FLOPs when no measured profile exists: {@code ms = gflops /
 * sustainedGflops × 1000} on each tier, with no per-layer overhead added (kernel launch and
 * framework overhead are left out, which flatters GPUs on tiny layers). Without a cloud, cloud
 * times repeat the edge's (the partitioner ignores them).
 */
public final class ProfileEstimator {

  private ProfileEstimator() {}

  public static LayerGraph graph(
      ModelProfile model, Hardware device, Hardware edge, Hardware cloud) {
    Hardware top = cloud == null ? edge : cloud;
    return new LayerGraph(
        model.inputBytes(),
        model.layers().stream()
            .map(
                l ->
                    new GraphLayer(
                        l.name(),
                        device.ms(l.gflops()),
                        edge.ms(l.gflops()),
                        top.ms(l.gflops()),
                        l.outputBytes(),
                        l.inputs()))
            .toList());
  }

  public static List<EarlyExit> exits(
      ModelProfile model, Hardware device, Hardware edge, Hardware cloud) {
    Hardware top = cloud == null ? edge : cloud;
    return model.exits().stream()
        .map(
            e ->
                new EarlyExit(
                    e.afterLayer(),
                    device.ms(e.gflops()),
                    edge.ms(e.gflops()),
                    top.ms(e.gflops()),
                    e.accuracy()))
        .toList();
  }
}
