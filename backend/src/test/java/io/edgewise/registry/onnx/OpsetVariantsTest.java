package io.edgewise.registry.onnx;

import static io.edgewise.registry.onnx.GraphBuilder.integer;
import static io.edgewise.registry.onnx.GraphBuilder.ints;
import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each operator form that exporters emit, at the opset that has it, against ONNX Runtime as the
 * oracle: every float tensor's inferred shape is the one ONNX Runtime computes, and every node has
 * FLOPs and output bytes.
 */
class OpsetVariantsTest {

  private record Case(String name, long opset, long[] x, Consumer<GraphBuilder> nodes) {
    @Override
    public String toString() {
      return name + " (opset " + opset + ")";
    }
  }

  static Stream<Arguments> cases() {
    long[] x = {1, 2, 5, 7};
    return Stream.of(
            new Case(
                "Resize scales",
                10,
                x,
                g -> floats(g, "s", 1, 1, 2, 1.5f).node("r", "Resize", List.of("x", "s"), "y")),
            new Case(
                "Resize roi+scales, linear",
                11,
                x,
                g ->
                    floats(g, "roi")
                        .then(h -> floats(h, "s", 1, 1, 0.5f, 2))
                        .node(
                            "r", "Resize", List.of("x", "roi", "s"), "y", text("mode", "linear"))),
            new Case(
                "Resize sizes",
                13,
                x,
                g ->
                    g.integers("sz", 1, 2, 3, 4)
                        .node("r", "Resize", List.of("x", "", "", "sz"), "y")),
            new Case(
                "Resize sizes on axes",
                18,
                x,
                g ->
                    g.integers("sz", 9, 4)
                        .node("r", "Resize", List.of("x", "", "", "sz"), "y", ints("axes", 2, 3))),
            new Case(
                "Upsample scales input",
                9,
                x,
                g -> floats(g, "s", 1, 1, 2, 2).node("u", "Upsample", List.of("x", "s"), "y")),
            new Case(
                "Upsample scales attribute",
                7,
                x,
                g ->
                    g.node(
                        "u", "Upsample", List.of("x"), "y", floatsAttribute("scales", 1, 1, 2, 3))),
            new Case(
                "Slice attributes",
                9,
                x,
                g ->
                    g.node(
                        "s",
                        "Slice",
                        List.of("x"),
                        "y",
                        ints("starts", 1),
                        ints("ends", -1),
                        ints("axes", 3))),
            new Case(
                "Slice inputs, negative step",
                13,
                x,
                g ->
                    g.integers("b", 4)
                        .integers("e", -100)
                        .integers("a", 3)
                        .integers("st", -2)
                        .node("s", "Slice", List.of("x", "b", "e", "a", "st"), "y")),
            new Case(
                "Split attribute",
                11,
                x,
                g ->
                    g.node(
                        "s",
                        "Split",
                        List.of("x"),
                        List.of("y", "z"),
                        integer("axis", 3),
                        ints("split", 3, 4))),
            new Case(
                "Split input",
                13,
                x,
                g ->
                    g.integers("sp", 2, 5)
                        .node(
                            "s",
                            "Split",
                            List.of("x", "sp"),
                            List.of("y", "z"),
                            integer("axis", 3))),
            new Case(
                "Split num_outputs",
                18,
                x,
                g ->
                    g.node(
                        "s",
                        "Split",
                        List.of("x"),
                        List.of("y", "z", "w"),
                        integer("axis", 3),
                        integer("num_outputs", 3))),
            new Case(
                "Unsqueeze/Squeeze attributes",
                11,
                x,
                g ->
                    g.node("u", "Unsqueeze", List.of("x"), "u1", ints("axes", 0))
                        .node("s", "Squeeze", List.of("u1"), "y", ints("axes", 0))),
            new Case(
                "Unsqueeze/Squeeze inputs",
                13,
                x,
                g ->
                    g.integers("ax", 0)
                        .node("u", "Unsqueeze", List.of("x", "ax"), "u1")
                        .node("s", "Squeeze", List.of("u1", "ax"), "y")),
            new Case(
                "ReduceMean axes attribute",
                13,
                x,
                g ->
                    g.node(
                        "r",
                        "ReduceMean",
                        List.of("x"),
                        "y",
                        ints("axes", 2, 3),
                        integer("keepdims", 0))),
            new Case(
                "ReduceSum axes input",
                13,
                x,
                g -> g.integers("ax", 1).node("r", "ReduceSum", List.of("x", "ax"), "y")),
            new Case(
                "ReduceMean axes input",
                18,
                x,
                g -> g.integers("ax", -1).node("r", "ReduceMean", List.of("x", "ax"), "y")),
            new Case(
                "Pad attribute",
                10,
                x,
                g -> g.node("p", "Pad", List.of("x"), "y", ints("pads", 0, 0, 1, 2, 0, 0, 3, 4))),
            new Case(
                "Pad input",
                13,
                x,
                g ->
                    g.integers("pd", 0, 0, 1, 2, 0, 0, 3, 4)
                        .node("p", "Pad", List.of("x", "pd"), "y")),
            new Case(
                "Clip attributes",
                9,
                x,
                g -> g.node("c", "Clip", List.of("x"), "y", real("min", 0), real("max", 6))),
            new Case(
                "Clip inputs, HardSwish, LeakyRelu",
                14,
                x,
                g ->
                    scalar(g, "lo", 0)
                        .then(h -> scalar(h, "hi", 6))
                        .node("c", "Clip", List.of("x", "lo", "hi"), "c1")
                        .node("h", "HardSwish", List.of("c1"), "h1")
                        .node("l", "LeakyRelu", List.of("h1"), "y")),
            new Case(
                "ConvTranspose SAME_UPPER",
                13,
                x,
                g ->
                    g.weights("w", 9, 2, 3, 3, 3)
                        .node(
                            "t",
                            "ConvTranspose",
                            List.of("x", "w"),
                            "y",
                            ints("strides", 2, 2),
                            text("auto_pad", "SAME_UPPER"))),
            new Case(
                "ConvTranspose pads, output_padding, bias",
                13,
                x,
                g ->
                    g.weights("w", 9, 2, 4, 3, 3)
                        .weights("b", 1, 4)
                        .node(
                            "t",
                            "ConvTranspose",
                            List.of("x", "w", "b"),
                            "y",
                            ints("strides", 2, 2),
                            ints("pads", 1, 1, 1, 1),
                            ints("output_padding", 1, 1))),
            new Case(
                "Conv SAME_UPPER, MaxPool ceil_mode",
                13,
                x,
                g ->
                    g.weights("w", 18, 4, 2, 3, 3)
                        .node(
                            "c",
                            "Conv",
                            List.of("x", "w"),
                            "c1",
                            ints("strides", 2, 2),
                            text("auto_pad", "SAME_UPPER"))
                        .node(
                            "m",
                            "MaxPool",
                            List.of("c1"),
                            "y",
                            ints("kernel_shape", 2, 2),
                            ints("strides", 2, 2),
                            integer("ceil_mode", 1))),
            new Case(
                "Shape→Gather→Unsqueeze→Concat→Reshape",
                13,
                x,
                g ->
                    g.integers("i", 0)
                        .integers("ax", 0)
                        .integers("rest", -1)
                        .node("sh", "Shape", List.of("x"), "s1")
                        .node("ga", "Gather", List.of("s1", "i"), "n1")
                        .node("co", "Concat", List.of("n1", "rest"), "t1", integer("axis", 0))
                        .node("re", "Reshape", List.of("x", "t1"), "r1")
                        .node("re2", "Relu", List.of("r1"), "y")),
            new Case(
                "Shape→Slice→Mul→Cast→Resize sizes",
                13,
                x,
                g ->
                    g.integers("b", 2)
                        .integers("e", 4)
                        .integers("two", 2)
                        .integers("nc", 1, 2)
                        .node("sh", "Shape", List.of("x"), "s1")
                        .node("sl", "Slice", List.of("s1", "b", "e"), "hw")
                        .node("mu", "Mul", List.of("hw", "two"), "hw2")
                        .node("co", "Concat", List.of("nc", "hw2"), "sz", integer("axis", 0))
                        .node("r", "Resize", List.of("x", "", "", "sz"), "y")),
            new Case(
                "Gather, Expand, Tile, Transpose, Flatten",
                13,
                x,
                g ->
                    g.integers("i", 1, 0, 1)
                        .integers("shape", 2, 1, 1, 1)
                        .integers("rep", 1, 1, 2, 1)
                        .node("ga", "Gather", List.of("x", "i"), "g1", integer("axis", 1))
                        .node("ex", "Expand", List.of("g1", "shape"), "e1")
                        .node("ti", "Tile", List.of("e1", "rep"), "t1")
                        .node("tr", "Transpose", List.of("t1"), "t2", ints("perm", 0, 2, 3, 1))
                        .node("fl", "Flatten", List.of("t2"), "y", integer("axis", 2))),
            new Case(
                "DepthToSpace, SpaceToDepth",
                13,
                new long[] {1, 8, 2, 3},
                g ->
                    g.node("d", "DepthToSpace", List.of("x"), "d1", integer("blocksize", 2))
                        .node("s", "SpaceToDepth", List.of("d1"), "y", integer("blocksize", 2))),
            new Case(
                "batched MatMul, Softmax, Gemm after GlobalAveragePool",
                13,
                x,
                g ->
                    g.weights("w", 7, 7, 4)
                        .weights("fc", 2, 2, 3)
                        .node("mm", "MatMul", List.of("x", "w"), "m1")
                        .node("sm", "Softmax", List.of("m1"), "s1", integer("axis", -1))
                        .node("gp", "GlobalAveragePool", List.of("s1"), "g1")
                        .node("fl", "Flatten", List.of("g1"), "f1")
                        .node("ge", "Gemm", List.of("f1", "fc"), "y")),
            new Case(
                "InstanceNormalization, LayerNormalization, Sigmoid, Div",
                17,
                x,
                g ->
                    g.weights("sc", 1, 2)
                        .weights("bi", 1, 2)
                        .weights("ls", 1, 7)
                        .weights("lb", 1, 7)
                        .node("in", "InstanceNormalization", List.of("x", "sc", "bi"), "i1")
                        .node(
                            "ln",
                            "LayerNormalization",
                            List.of("i1", "ls", "lb"),
                            "l1",
                            integer("axis", -1))
                        .node("sg", "Sigmoid", List.of("l1"), "s1")
                        .node("dv", "Div", List.of("s1", "x"), "y")))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void inferredShapesMatchOnnxRuntimeAndEveryNodeIsCosted(Case c) {
    GraphBuilder g = new GraphBuilder(c.name(), 11).input("x", (Object[]) box(c.x()));
    c.nodes().accept(g);
    g.output("y");
    ModelProto model = withOpset(g, c.opset());
    OnnxGraph graph = OnnxGraph.of(model);

    assertThat(
            graph.computeNodes().stream()
                .filter(n -> n.flops().isEmpty() || n.outputBytes().isEmpty())
                .map(GraphNode::name))
        .isEmpty();
    Map<String, FloatTensor> actual =
        OnnxRuntimeRunner.run(
            everyFloatOutput(graph), Map.of("x", FloatTensor.random(new Random(3), c.x())));
    Map<String, String> inferred = new LinkedHashMap<>();
    Map<String, String> measured = new LinkedHashMap<>();
    actual.forEach(
        (name, t) -> {
          inferred.put(name, graph.tensor(name).shape().toString());
          measured.put(name, Arrays.toString(t.shape()));
        });
    assertThat(actual).isNotEmpty();
    assertThat(inferred).isEqualTo(measured);
  }

  private static ModelProto withOpset(GraphBuilder g, long opset) {
    return g.model().toBuilder()
        .clearOpsetImport()
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(opset))
        .build();
  }

  /** Graph outputs: every float tensor a node computes, by type only. */
  private static ModelProto everyFloatOutput(OnnxGraph graph) {
    ModelProto.Builder model = graph.model().toBuilder();
    model.getGraphBuilder().clearOutput();
    for (TensorInfo t : graph.tensors().values()) {
      if (t.origin() == TensorOrigin.NODE_OUTPUT
          && t.elemType() == TensorProto.DataType.FLOAT_VALUE) {
        model
            .getGraphBuilder()
            .addOutput(
                ValueInfoProto.newBuilder()
                    .setName(t.name())
                    .setType(
                        TypeProto.newBuilder()
                            .setTensorType(
                                TypeProto.Tensor.newBuilder().setElemType(t.elemType()))));
      }
    }
    return model.build();
  }

  private static Object[] box(long[] dims) {
    return Arrays.stream(dims).boxed().toArray();
  }

  private static Chain floats(GraphBuilder g, String name, float... values) {
    java.nio.ByteBuffer raw =
        java.nio.ByteBuffer.allocate(values.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      raw.putFloat(v);
    }
    g.proto()
        .addInitializer(
            TensorProto.newBuilder()
                .setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addDims(values.length)
                .setRawData(ByteString.copyFrom(raw.array())));
    return new Chain(g);
  }

  private static Chain scalar(GraphBuilder g, String name, float value) {
    g.proto()
        .addInitializer(
            TensorProto.newBuilder()
                .setName(name)
                .setDataType(TensorProto.DataType.FLOAT_VALUE)
                .addFloatData(value));
    return new Chain(g);
  }

  /** A float-initializer step that hands the builder on. */
  private record Chain(GraphBuilder g) {
    Chain then(java.util.function.Function<GraphBuilder, Chain> next) {
      return next.apply(g);
    }

    GraphBuilder node(String name, String op, List<String> in, String out, AttributeProto... a) {
      return g.node(name, op, in, out, a);
    }
  }

  private static AttributeProto text(String name, String value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.STRING)
        .setS(ByteString.copyFromUtf8(value))
        .build();
  }

  private static AttributeProto real(String name, float value) {
    return GraphBuilder.real(name, value);
  }

  private static AttributeProto floatsAttribute(String name, float... values) {
    AttributeProto.Builder a =
        AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.FLOATS);
    for (float v : values) {
      a.addFloats(v);
    }
    return a.build();
  }
}
