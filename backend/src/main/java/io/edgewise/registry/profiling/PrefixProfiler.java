package io.edgewise.registry.profiling;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.edgewise.registry.onnx.CutPoint;
import io.edgewise.registry.onnx.OnnxGraph;
import io.edgewise.registry.onnx.OnnxSplitter;
import io.edgewise.registry.profiling.SegmentTimes.Prefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Measures per-layer CPU times by timing growing prefixes of the topological order: an identity
 * model (the call overhead), the head of every cut point ({@link OnnxSplitter#splitAt}), and the
 * full model. Prefixes rather than head/tail pairs: each prefix is fed the caller's input alone, so
 * no intermediate tensors must be produced first, and every segment's time is the difference of two
 * timings of the same kind (both include the same call overhead and input transfer). See
 * docs/onnx.md.
 */
final class PrefixProfiler {

  /** Told after each timed model: how many of {@code total} are done and what comes next. */
  interface Progress {
    void report(int done, int total, String step);
  }

  private PrefixProfiler() {}

  /**
   * Milliseconds per compute node of {@code graph}, in the order of {@link
   * OnnxGraph#computeNodes()}.
   */
  static List<Double> layerMs(
      OnnxGraph graph, List<Double> gflops, CpuTimer timer, Progress progress) {
    List<CutPoint> cuts = graph.cutPoints();
    int n = graph.computeNodes().size();
    int total = cuts.size() + 2;
    List<Prefix> prefixes = new ArrayList<>();
    progress.report(0, total, "timing the call overhead (identity model)");
    prefixes.add(new Prefix(0, timer.medianMs(identity(graph.model()), "the identity model")));
    for (CutPoint cut : cuts) {
      progress.report(
          prefixes.size(),
          total,
          "timing prefix "
              + prefixes.size()
              + " of "
              + (total - 1)
              + " (through "
              + cut.lastHeadNode()
              + ")");
      ModelProto head = OnnxSplitter.splitAt(graph, cut.position()).head();
      prefixes.add(
          new Prefix(
              cut.position(),
              timer.medianMs(head, "the prefix through '" + cut.lastHeadNode() + "'")));
    }
    progress.report(prefixes.size(), total, "timing the full model");
    prefixes.add(new Prefix(n, timer.medianMs(graph.model(), "the full model")));
    return SegmentTimes.perLayer(prefixes, gflops);
  }

  /**
   * A model that passes each caller input straight through: what a call costs with no work in it.
   */
  static ModelProto identity(ModelProto model) {
    Set<String> stored =
        model.getGraph().getInitializerList().stream()
            .map(TensorProto::getName)
            .collect(Collectors.toSet());
    GraphProto.Builder graph =
        GraphProto.newBuilder().setName(model.getGraph().getName() + "_identity");
    for (ValueInfoProto input : model.getGraph().getInputList()) {
      if (stored.contains(input.getName())) {
        continue;
      }
      String output = input.getName() + "__identity";
      graph
          .addInput(input)
          .addOutput(input.toBuilder().setName(output))
          .addNode(
              NodeProto.newBuilder()
                  .setName("identity_" + input.getName())
                  .setOpType("Identity")
                  .addInput(input.getName())
                  .addOutput(output));
    }
    return model.toBuilder().clearTrainingInfo().clearFunctions().setGraph(graph).build();
  }
}
