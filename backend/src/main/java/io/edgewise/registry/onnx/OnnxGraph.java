package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The analysed graph of an ONNX model: nodes in a topological order with their output shapes, bytes
 * and estimated FLOPs, the data edges between them, and the cut points of that order
 * (Neurosurgeon's candidate splits, Kang et al., ASPLOS'17). Immutable; build it with {@link
 * #of(ModelProto)}.
 */
public final class OnnxGraph {

  private final ModelProto model;
  private final List<ParsedNode> parsed;
  private final List<GraphNode> nodes;
  private final Map<String, TensorInfo> tensors;
  private final List<Edge> edges;
  private final List<String> unresolved;

  private OnnxGraph(
      ModelProto model,
      List<ParsedNode> parsed,
      List<GraphNode> nodes,
      Map<String, TensorInfo> tensors,
      List<String> unresolved) {
    this.model = model;
    this.parsed = parsed;
    this.nodes = nodes;
    this.tensors = tensors;
    this.unresolved = unresolved;
    this.edges = edges(parsed, tensors);
  }

  /**
   * Analyses {@code model}; IllegalArgumentException naming the node at fault when it is malformed.
   */
  public static OnnxGraph of(ModelProto model) {
    if (!model.hasGraph()) {
      throw new IllegalArgumentException("the model has no graph");
    }
    GraphProto graph = model.getGraph();
    if (graph.getNodeCount() == 0) {
      throw new IllegalArgumentException("the model's graph has no nodes");
    }
    if (graph.getOutputCount() == 0) {
      throw new IllegalArgumentException("the model's graph declares no outputs");
    }
    Map<String, TensorInfo> tensors = new LinkedHashMap<>();
    Map<String, List<Double>> numbers = new HashMap<>();
    for (TensorProto initializer : graph.getInitializerList()) {
      tensors.put(
          initializer.getName(),
          new TensorInfo(
              initializer.getName(),
              initializer.getDataType(),
              TensorValues.dims(initializer),
              TensorOrigin.INITIALIZER,
              null));
      TensorValues.numbers(initializer).ifPresent(v -> numbers.put(initializer.getName(), v));
    }
    graph
        .getSparseInitializerList()
        .forEach(
            s ->
                tensors.put(
                    s.getValues().getName(),
                    new TensorInfo(
                        s.getValues().getName(),
                        s.getValues().getDataType(),
                        s.getDimsList().stream().map(Dim::of).toList(),
                        TensorOrigin.INITIALIZER,
                        null)));
    for (ValueInfoProto input : graph.getInputList()) {
      tensors.putIfAbsent(
          input.getName(), ValueInfos.tensor(input, TensorOrigin.GRAPH_INPUT, null));
    }
    List<ParsedNode> order = GraphTopology.sort(graph, Set.copyOf(tensors.keySet()));
    Map<String, ValueInfoProto> declared = new HashMap<>();
    graph.getValueInfoList().forEach(v -> declared.put(v.getName(), v));
    graph.getOutputList().forEach(v -> declared.put(v.getName(), v));
    Function<String, Optional<List<Double>>> known = name -> Optional.ofNullable(numbers.get(name));
    ShapeInference inference = new ShapeInference(tensors::get, known);
    ShapeFolding folding = new ShapeFolding(tensors::get, known);
    List<GraphNode> nodes = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    for (ParsedNode node : order) {
      List<Inferred> inferred = inference.infer(node.name(), node.proto());
      TensorOrigin origin = node.isConstant() ? TensorOrigin.CONSTANT : TensorOrigin.NODE_OUTPUT;
      List<TensorInfo> outputs = new ArrayList<>();
      for (int slot = 0; slot < node.proto().getOutputCount(); slot++) {
        String name = node.proto().getOutput(slot);
        if (!name.isEmpty()) {
          TensorInfo info =
              ValueInfos.merge(name, inferred.get(slot), declared.get(name), origin, node.name());
          tensors.put(name, info);
          outputs.add(info);
        }
      }
      Optional<List<Double>> values =
          node.isConstant()
              ? ConstantValues.tensor(node.proto()).flatMap(TensorValues::numbers)
              : outputs.isEmpty()
                  ? Optional.empty()
                  : folding.fold(node.proto(), outputs.get(0).elemType());
      values.ifPresent(v -> numbers.put(node.proto().getOutput(0), v));
      if (outputs.stream().anyMatch(t -> !t.hasKnownShape() || !t.hasKnownType())) {
        unresolved.add(node.name());
      }
      List<TensorInfo> inputs = node.inputs().stream().map(tensors::get).toList();
      nodes.add(
          new GraphNode(
              nodes.size(),
              node.name(),
              node.proto().getOpType(),
              node.inputs(),
              node.outputs(),
              FlopEstimator.estimate(node, inputs, outputs),
              sum(outputs.stream().map(TensorInfo::bytes).toList())));
    }
    return new OnnxGraph(
        model,
        List.copyOf(order),
        List.copyOf(nodes),
        Collections.unmodifiableMap(tensors),
        List.copyOf(unresolved));
  }

  public ModelProto model() {
    return model;
  }

  /** All nodes, {@code Constant} nodes included, in topological order. */
  public List<GraphNode> nodes() {
    return nodes;
  }

  public GraphNode node(String name) {
    return nodes.stream()
        .filter(n -> n.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("the graph has no node '" + name + "'"));
  }

  /** Every tensor: graph inputs, initializers, then node outputs in topological order. */
  public Map<String, TensorInfo> tensors() {
    return tensors;
  }

  public TensorInfo tensor(String name) {
    TensorInfo info = tensors.get(name);
    if (info == null) {
      throw new IllegalArgumentException("the graph has no tensor '" + name + "'");
    }
    return info;
  }

  /** Data edges between nodes, in the topological order of their consumers. */
  public List<Edge> edges() {
    return edges;
  }

  /**
   * Nodes with an output whose type or shape could not be inferred (unknown operator or inputs).
   */
  public List<String> unresolvedNodes() {
    return unresolved;
  }

  /** Operator types in the graph that have no shape rule or no FLOP formula. */
  public Set<String> unknownOperators() {
    return nodes.stream()
        .map(GraphNode::opType)
        .filter(op -> !ShapeInference.knows(op) || !FlopEstimator.knows(op))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The sum of the nodes' FLOPs; empty when any node's FLOPs are unknown. */
  public OptionalLong totalFlops() {
    return sum(nodes.stream().map(GraphNode::flops).toList());
  }

  /** The graph's compute nodes ({@code Constant} nodes excluded) in topological order. */
  public List<GraphNode> computeNodes() {
    return nodes.stream().filter(n -> !n.isConstant()).toList();
  }

  /**
   * The valid cut points: every position whose crossing tensors all have a known type and shape.
   */
  public List<CutPoint> cutPoints() {
    return CutPoints.of(this);
  }

  List<ParsedNode> parsedNodes() {
    return parsed;
  }

  private static List<Edge> edges(List<ParsedNode> parsed, Map<String, TensorInfo> tensors) {
    List<Edge> edges = new ArrayList<>();
    for (ParsedNode node : parsed) {
      for (String input : node.inputs()) {
        String producer = tensors.get(input).producer();
        if (producer != null) {
          edges.add(new Edge(producer, node.name(), input));
        }
      }
    }
    return List.copyOf(edges);
  }

  private static OptionalLong sum(List<OptionalLong> values) {
    long total = 0;
    for (OptionalLong value : values) {
      if (value.isEmpty()) {
        return OptionalLong.empty();
      }
      total += value.getAsLong();
    }
    return OptionalLong.of(total);
  }
}
