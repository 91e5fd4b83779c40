package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which nodes and tensors fall on each side of a split, given the device-side (head) compute nodes.
 * {@code Constant} nodes belong to neither: each side gets a copy of those it reads, so constants
 * never cross.
 *
 * @param crossing head-computed tensors that tail nodes read, in topological order
 * @param passthrough the caller's graph inputs that tail nodes read, in graph input order
 * @param headGraphOutputs graph outputs computed on the head side, in graph output order
 */
record Partition(
    List<ParsedNode> headNodes,
    List<ParsedNode> tailNodes,
    List<String> crossing,
    List<String> passthrough,
    List<String> headGraphOutputs) {

  /** The tensors the tail is fed: {@link #crossing()} then {@link #passthrough()}. */
  List<String> tailInputs() {
    List<String> inputs = new ArrayList<>(crossing);
    inputs.addAll(passthrough);
    return inputs;
  }

  static Partition of(OnnxGraph graph, Set<String> head) {
    List<ParsedNode> nodes = graph.parsedNodes();
    Map<String, List<ParsedNode>> readers = new HashMap<>();
    nodes.stream()
        .filter(n -> !n.isConstant())
        .forEach(
            n ->
                n.inputs().forEach(t -> readers.computeIfAbsent(t, k -> new ArrayList<>()).add(n)));
    Set<String> graphOutputs = new HashSet<>();
    graph.model().getGraph().getOutputList().forEach(v -> graphOutputs.add(v.getName()));
    List<ParsedNode> headNodes = new ArrayList<>();
    List<ParsedNode> tailNodes = new ArrayList<>();
    List<String> crossing = new ArrayList<>();
    for (ParsedNode node : nodes) {
      if (node.isConstant()) {
        if (readBy(node, readers, head, true)) {
          headNodes.add(node);
        }
        if (readBy(node, readers, head, false)
            || node.outputs().stream().anyMatch(graphOutputs::contains)) {
          tailNodes.add(node);
        }
      } else if (head.contains(node.name())) {
        headNodes.add(node);
        node.outputs().stream()
            .filter(
                t ->
                    readers.getOrDefault(t, List.of()).stream()
                        .anyMatch(r -> !head.contains(r.name())))
            .forEach(crossing::add);
      } else {
        tailNodes.add(node);
      }
    }
    List<String> passthrough = new ArrayList<>();
    for (ValueInfoProto input : graph.model().getGraph().getInputList()) {
      String name = input.getName();
      boolean fed = graph.tensor(name).origin() == TensorOrigin.GRAPH_INPUT;
      if (fed
          && readers.getOrDefault(name, List.of()).stream()
              .anyMatch(r -> !head.contains(r.name()))) {
        passthrough.add(name);
      }
    }
    List<String> headGraphOutputs =
        graph.model().getGraph().getOutputList().stream()
            .map(ValueInfoProto::getName)
            .filter(
                t ->
                    graph.tensor(t).producer() != null && head.contains(graph.tensor(t).producer()))
            .toList();
    return new Partition(headNodes, tailNodes, crossing, passthrough, headGraphOutputs);
  }

  private static boolean readBy(
      ParsedNode constant,
      Map<String, List<ParsedNode>> readers,
      Set<String> head,
      boolean headSide) {
    return constant.outputs().stream()
        .flatMap(t -> readers.getOrDefault(t, List.of()).stream())
        .anyMatch(r -> head.contains(r.name()) == headSide);
  }
}
