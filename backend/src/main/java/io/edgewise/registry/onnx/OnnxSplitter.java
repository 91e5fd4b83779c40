package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cuts a model into a device-side head and a server-side tail by surgery on the ONNX protobuf: the
 * head outputs every tensor it computes that the tail reads, the tail declares those as its inputs
 * (type and shape from the graph analysis), and each side keeps only the initializers and {@code
 * Constant} nodes it reads. IR version, opsets, producer, metadata and functions are copied.
 */
public final class OnnxSplitter {

  private OnnxSplitter() {}

  /**
   * Splits after the first {@code position} compute nodes of the topological order ({@link
   * CutPoint#position()}).
   */
  public static SplitModel splitAt(OnnxGraph graph, int position) {
    return split(graph, CutPoints.head(graph, position));
  }

  public static SplitModel splitAt(ModelProto model, int position) {
    return splitAt(OnnxGraph.of(model), position);
  }

  public static SplitModel split(ModelProto model, Set<String> deviceNodes) {
    return split(OnnxGraph.of(model), deviceNodes);
  }

  /**
   * Splits with {@code deviceNodes} (node names as {@link GraphNode#name()} gives them) on the
   * device. The set must be closed under predecessors and leave at least one compute node to each
   * side; {@code Constant} nodes in it are ignored, as each side copies those it reads.
   */
  public static SplitModel split(OnnxGraph graph, Set<String> deviceNodes) {
    Set<String> head = validated(graph, deviceNodes);
    Partition partition = Partition.of(graph, head);
    List<String> headOutputs =
        new ArrayList<>(
            new LinkedHashSet<>(concat(partition.crossing(), partition.headGraphOutputs())));
    GraphProto original = graph.model().getGraph();
    List<String> tailOutputs =
        original.getOutputList().stream()
            .map(ValueInfoProto::getName)
            .filter(t -> !partition.headGraphOutputs().contains(t))
            .toList();
    GraphProto headGraph =
        side(graph, partition.headNodes(), List.of(), headOutputs, "_head", true);
    GraphProto tailGraph =
        side(graph, partition.tailNodes(), partition.tailInputs(), tailOutputs, "_tail", false);
    return new SplitModel(
        model(graph, headGraph), model(graph, tailGraph), headOutputs, partition.tailInputs());
  }

  private static Set<String> validated(OnnxGraph graph, Set<String> deviceNodes) {
    Set<String> names = new HashSet<>();
    graph.nodes().forEach(n -> names.add(n.name()));
    Set<String> unknown = new TreeSet<>(deviceNodes);
    unknown.removeAll(names);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("the graph has no node named " + unknown);
    }
    Set<String> head = new HashSet<>();
    graph.computeNodes().stream()
        .filter(n -> deviceNodes.contains(n.name()))
        .forEach(n -> head.add(n.name()));
    int computeNodes = graph.computeNodes().size();
    if (head.isEmpty() || head.size() == computeNodes) {
      throw new IllegalArgumentException(
          "the device side holds "
              + head.size()
              + " of the "
              + computeNodes
              + " compute nodes; a split must leave at least one to each side");
    }
    for (GraphNode node : graph.computeNodes()) {
      if (!head.contains(node.name())) {
        continue;
      }
      for (String input : node.inputs()) {
        TensorInfo tensor = graph.tensor(input);
        if (tensor.origin() == TensorOrigin.NODE_OUTPUT && !head.contains(tensor.producer())) {
          throw new IllegalArgumentException(
              "node '"
                  + node.name()
                  + "' is on the device side but reads '"
                  + input
                  + "' from node '"
                  + tensor.producer()
                  + "' on the server side; the device-side set must be closed under predecessors"
                  + " (add '"
                  + tensor.producer()
                  + "' or move '"
                  + node.name()
                  + "' to the server)");
        }
      }
    }
    return head;
  }

  /**
   * One side's graph. The tail declares {@code fed} (the cut tensors, then the caller's inputs it
   * reads) as its inputs; the head declares the caller's inputs it reads.
   */
  private static GraphProto side(
      OnnxGraph graph,
      List<ParsedNode> nodes,
      List<String> fed,
      List<String> outputs,
      String suffix,
      boolean head) {
    GraphProto original = graph.model().getGraph();
    Set<String> read = new HashSet<>();
    Set<String> produced = new HashSet<>();
    nodes.forEach(
        n -> {
          read.addAll(n.inputs());
          produced.addAll(n.outputs());
        });
    read.addAll(outputs);
    GraphProto.Builder builder =
        GraphProto.newBuilder()
            .setName(original.getName() + suffix)
            .setDocString(original.getDocString());
    nodes.stream().map(OnnxSplitter::named).forEach(builder::addNode);
    Map<String, ValueInfoProto> declared = new HashMap<>();
    original.getInputList().forEach(v -> declared.put(v.getName(), v));
    original.getOutputList().forEach(v -> declared.put(v.getName(), v));
    fed.forEach(
        t ->
            builder.addInput(
                declared.containsKey(t)
                    ? declared.get(t)
                    : ValueInfos.declaration(graph.tensor(t))));
    for (ValueInfoProto input : original.getInputList()) {
      // a graph input that names an initializer is an overridable default: keep it that way on each
      // side that reads it
      if (graph.tensor(input.getName()).origin() == TensorOrigin.INITIALIZER
          && read.contains(input.getName())) {
        builder.addInput(input);
      } else if (head && read.contains(input.getName())) {
        builder.addInput(input);
      }
    }
    original.getInitializerList().stream()
        .filter(t -> read.contains(t.getName()))
        .forEach(builder::addInitializer);
    original.getSparseInitializerList().stream()
        .filter(t -> read.contains(t.getValues().getName()))
        .forEach(builder::addSparseInitializer);
    outputs.forEach(
        t ->
            builder.addOutput(
                declared.containsKey(t)
                    ? declared.get(t)
                    : ValueInfos.declaration(graph.tensor(t))));
    Set<String> boundary = new HashSet<>(fed);
    boundary.addAll(outputs);
    original.getValueInfoList().stream()
        .filter(v -> produced.contains(v.getName()) && !boundary.contains(v.getName()))
        .forEach(builder::addValueInfo);
    return builder.build();
  }

  /**
   * A node whose file gave no name gets the analysis's stable name, so both sides name it alike.
   */
  private static NodeProto named(ParsedNode node) {
    return node.proto().getName().equals(node.name())
        ? node.proto()
        : node.proto().toBuilder().setName(node.name()).build();
  }

  private static ModelProto model(OnnxGraph graph, GraphProto side) {
    // training info describes the whole graph's training; it has no meaning for one side
    return graph.model().toBuilder().setGraph(side).clearTrainingInfo().build();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
