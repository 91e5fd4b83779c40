package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Checks a graph's wiring and orders its nodes topologically (Kahn's algorithm, ties broken by the
 * order in the file, so the order is deterministic and equals the file's when the file is sorted).
 */
final class GraphTopology {

  private GraphTopology() {}

  /** The graph's nodes in topological order; IllegalArgumentException naming the node at fault. */
  static List<ParsedNode> sort(GraphProto graph, Set<String> provided) {
    List<ParsedNode> nodes = parse(graph);
    Map<String, ParsedNode> producers = producers(nodes, provided);
    for (ParsedNode node : nodes) {
      for (String input : node.inputs()) {
        if (!producers.containsKey(input) && !provided.contains(input)) {
          throw new IllegalArgumentException(
              "node '"
                  + node.name()
                  + "' ("
                  + node.proto().getOpType()
                  + ") reads tensor '"
                  + input
                  + "', which no node, graph input or initializer provides");
        }
      }
    }
    for (ValueInfoProto output : graph.getOutputList()) {
      if (!producers.containsKey(output.getName()) && !provided.contains(output.getName())) {
        throw new IllegalArgumentException(
            "graph output '"
                + output.getName()
                + "' is produced by no node, graph input or initializer");
      }
    }
    return kahn(nodes, producers);
  }

  private static List<ParsedNode> parse(GraphProto graph) {
    List<ParsedNode> nodes = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < graph.getNodeCount(); i++) {
      NodeProto proto = graph.getNode(i);
      String name = proto.getName().isEmpty() ? proto.getOpType() + "_" + i : proto.getName();
      if (proto.getOpType().isEmpty()) {
        throw new IllegalArgumentException("node '" + name + "' (index " + i + ") has no op_type");
      }
      if (!names.add(name)) {
        name = name + "_" + i;
        names.add(name);
      }
      Set<String> inputs = new LinkedHashSet<>();
      proto.getInputList().stream().filter(s -> !s.isEmpty()).forEach(inputs::add);
      inputs.addAll(outerReferences(proto));
      List<String> outputs = proto.getOutputList().stream().filter(s -> !s.isEmpty()).toList();
      nodes.add(new ParsedNode(proto, name, i, List.copyOf(inputs), outputs));
    }
    return nodes;
  }

  private static Map<String, ParsedNode> producers(List<ParsedNode> nodes, Set<String> provided) {
    Map<String, ParsedNode> producers = new HashMap<>();
    for (ParsedNode node : nodes) {
      for (String output : node.outputs()) {
        ParsedNode other = producers.putIfAbsent(output, node);
        if (other != null) {
          throw new IllegalArgumentException(
              "tensor '"
                  + output
                  + "' is written by both node '"
                  + other.name()
                  + "' and node '"
                  + node.name()
                  + "'");
        }
        if (provided.contains(output)) {
          throw new IllegalArgumentException(
              "node '"
                  + node.name()
                  + "' writes tensor '"
                  + output
                  + "', which is already a graph input or initializer");
        }
      }
    }
    return producers;
  }

  private static List<ParsedNode> kahn(List<ParsedNode> nodes, Map<String, ParsedNode> producers) {
    Map<ParsedNode, Integer> waiting = new HashMap<>();
    Map<ParsedNode, List<ParsedNode>> consumers = new HashMap<>();
    for (ParsedNode node : nodes) {
      Set<ParsedNode> preds = new HashSet<>();
      node.inputs().stream().map(producers::get).filter(p -> p != null).forEach(preds::add);
      waiting.put(node, preds.size());
      preds.forEach(p -> consumers.computeIfAbsent(p, k -> new ArrayList<>()).add(node));
    }
    PriorityQueue<ParsedNode> ready =
        new PriorityQueue<>((a, b) -> Integer.compare(a.fileIndex(), b.fileIndex()));
    nodes.stream().filter(n -> waiting.get(n) == 0).forEach(ready::add);
    List<ParsedNode> order = new ArrayList<>();
    while (!ready.isEmpty()) {
      ParsedNode node = ready.poll();
      order.add(node);
      for (ParsedNode next : consumers.getOrDefault(node, List.of())) {
        if (waiting.merge(next, -1, Integer::sum) == 0) {
          ready.add(next);
        }
      }
    }
    if (order.size() < nodes.size()) {
      throw new IllegalArgumentException(
          "the graph has a cycle through node '"
              + nodeOnCycle(nodes, order, producers).name()
              + "'");
    }
    return order;
  }

  /** Walks predecessors among the unsorted nodes until one repeats: that one lies on a cycle. */
  private static ParsedNode nodeOnCycle(
      List<ParsedNode> nodes, List<ParsedNode> sorted, Map<String, ParsedNode> producers) {
    Set<ParsedNode> done = new HashSet<>(sorted);
    ParsedNode node = nodes.stream().filter(n -> !done.contains(n)).findFirst().orElseThrow();
    Set<ParsedNode> seen = new HashSet<>();
    while (seen.add(node)) {
      node =
          node.inputs().stream()
              .map(producers::get)
              .filter(p -> p != null && !done.contains(p))
              .findFirst()
              .orElseThrow();
    }
    return node;
  }

  /**
   * Tensors that a node's subgraphs (If branches, Loop and Scan bodies) read from the enclosing
   * graph.
   */
  private static Set<String> outerReferences(NodeProto node) {
    Set<String> outer = new LinkedHashSet<>();
    for (AttributeProto attribute : node.getAttributeList()) {
      if (attribute.hasG()) {
        outer.addAll(outerReferences(attribute.getG()));
      }
      attribute.getGraphsList().forEach(g -> outer.addAll(outerReferences(g)));
    }
    return outer;
  }

  private static Set<String> outerReferences(GraphProto graph) {
    Set<String> defined = new HashSet<>();
    graph.getInputList().forEach(v -> defined.add(v.getName()));
    graph.getInitializerList().stream().map(TensorProto::getName).forEach(defined::add);
    graph.getNodeList().forEach(n -> defined.addAll(n.getOutputList()));
    Set<String> outer = new LinkedHashSet<>();
    for (NodeProto node : graph.getNodeList()) {
      node.getInputList().stream()
          .filter(s -> !s.isEmpty() && !defined.contains(s))
          .forEach(outer::add);
      outerReferences(node).stream().filter(s -> !defined.contains(s)).forEach(outer::add);
    }
    graph.getOutputList().stream()
        .map(ValueInfoProto::getName)
        .filter(s -> !defined.contains(s))
        .forEach(outer::add);
    return outer;
  }
}
