package io.edgewise.registry.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.onnx.proto.OnnxMl.ModelProto;
import io.edgewise.registry.onnx.OnnxGraph;
import io.edgewise.registry.onnx.TestModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Times the generated test models prefix by prefix in DJL's ONNX Runtime engine (CPU, offline). */
class PrefixProfilerTest {

  private static final CpuTimer TIMER = new CpuTimer(2, 7, 1, Instant.now().plusSeconds(120));

  @Test
  void timesEveryLayerOfTheCnnAndReportsEachPrefix() {
    OnnxGraph graph = OnnxGraph.of(TestModels.cnn(1));
    GraphLayers layers = GraphLayers.of(graph);
    List<String> steps = new ArrayList<>();
    List<Double> ms =
        PrefixProfiler.layerMs(
            graph,
            layers.layers().stream().map(l -> l.gflops()).toList(),
            TIMER,
            (done, total, step) -> steps.add(done + "/" + total + " " + step));
    assertThat(ms).hasSize(8).allSatisfy(t -> assertThat(t).isGreaterThanOrEqualTo(0));
    assertThat(ms.stream().mapToDouble(Double::doubleValue).sum()).isPositive();
    // identity, 7 cut heads, the full model
    assertThat(steps).hasSize(9).first().asString().startsWith("0/9 timing the call overhead");
    assertThat(steps.get(8)).startsWith("8/9 timing the full model");
  }

  @Test
  void timesTheResidualDagAndTheRecurrentModel() {
    for (ModelProto model : List.of(TestModels.residual(2), TestModels.recurrent(3))) {
      OnnxGraph graph = OnnxGraph.of(model);
      List<Double> ms =
          PrefixProfiler.layerMs(
              graph,
              GraphLayers.of(graph).layers().stream().map(l -> l.gflops()).toList(),
              TIMER,
              (done, total, step) -> {});
      assertThat(ms).hasSize(graph.computeNodes().size());
      assertThat(ms.stream().mapToDouble(Double::doubleValue).sum())
          .as(model.getGraph().getName())
          .isPositive();
    }
  }

  @Test
  void stopsOnceTheTimeLimitHasPassed() {
    CpuTimer late = new CpuTimer(0, 1, 1, Instant.now().minusSeconds(1));
    OnnxGraph graph = OnnxGraph.of(TestModels.cnn(1));
    assertThatThrownBy(
            () -> PrefixProfiler.layerMs(graph, Collections.nCopies(8, 1.0), late, (d, t, s) -> {}))
        .isInstanceOf(CpuTimer.TimeLimitExceeded.class)
        .hasMessageContaining("time limit");
  }
}
