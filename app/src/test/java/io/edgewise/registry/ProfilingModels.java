package io.edgewise.registry;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.edgewise.registry.onnx.ValueInfos;
import java.util.List;
import java.util.Random;

/**
 * The models the profiling tests upload, built with the {@code OnnxMl} classes (the backend's test
 * generator is not on this module's test classpath): the CNN chain of docs/onnx.md, the same CNN
 * with an operator ONNX Runtime does not have, and a graph that reads a tensor nothing produces.
 */
final class ProfilingModels {

  private ProfilingModels() {}

  /**
   * x [N,3,32,32] → conv(8) → relu → maxpool → conv(16, stride 2) → relu → global avg pool →
   * flatten → gemm(10) → y [N,10].
   */
  static ModelProto cnn() {
    return model(cnnGraph().build());
  }

  /**
   * The CNN with a made-up {@code Softsign2} after the first relu; its output is declared, so the
   * graph analysis can go on.
   */
  static ModelProto cnnWithUnknownOperator() {
    GraphProto.Builder graph = cnnGraph();
    graph.setNode(2, graph.getNode(2).toBuilder().setInput(0, "r1x"));
    graph.addNode(
        2,
        NodeProto.newBuilder()
            .setName("mystery")
            .setOpType("Softsign2")
            .addInput("r1")
            .addOutput("r1x"));
    graph.addValueInfo(value("r1x", "N", 8, 32, 32));
    return model(graph.build());
  }

  /**
   * Accepted by the upload's inspection (a well-formed protobuf) but not a graph: the gemm reads a
   * tensor nothing produces.
   */
  static ModelProto cnnWithDanglingInput() {
    GraphProto.Builder graph = cnnGraph();
    graph.setNode(7, graph.getNode(7).toBuilder().setInput(0, "nowhere"));
    return model(graph.build());
  }

  private static GraphProto.Builder cnnGraph() {
    Random random = new Random(5);
    return GraphProto.newBuilder()
        .setName("cnn")
        .addInput(value("x", "N", 3, 32, 32))
        .addInitializer(weights(random, "conv1.w", 27, 8, 3, 3, 3))
        .addInitializer(weights(random, "conv1.b", 27, 8))
        .addInitializer(weights(random, "conv2.w", 72, 16, 8, 3, 3))
        .addInitializer(weights(random, "conv2.b", 72, 16))
        .addInitializer(weights(random, "fc.w", 16, 10, 16))
        .addInitializer(weights(random, "fc.b", 16, 10))
        .addNode(
            node(
                "conv1",
                "Conv",
                List.of("x", "conv1.w", "conv1.b"),
                "c1",
                ints("pads", 1, 1, 1, 1)))
        .addNode(node("relu1", "Relu", List.of("c1"), "r1"))
        .addNode(
            node(
                "pool1",
                "MaxPool",
                List.of("r1"),
                "p1",
                ints("kernel_shape", 2, 2),
                ints("strides", 2, 2)))
        .addNode(
            node(
                "conv2",
                "Conv",
                List.of("p1", "conv2.w", "conv2.b"),
                "c2",
                ints("pads", 1, 1, 1, 1),
                ints("strides", 2, 2)))
        .addNode(node("relu2", "Relu", List.of("c2"), "r2"))
        .addNode(node("gap", "GlobalAveragePool", List.of("r2"), "g"))
        .addNode(
            node(
                "flatten",
                "Flatten",
                List.of("g"),
                "f",
                AttributeProto.newBuilder()
                    .setName("axis")
                    .setType(AttributeProto.AttributeType.INT)
                    .setI(1)
                    .build()))
        .addNode(
            node(
                "fc",
                "Gemm",
                List.of("f", "fc.w", "fc.b"),
                "y",
                AttributeProto.newBuilder()
                    .setName("transB")
                    .setType(AttributeProto.AttributeType.INT)
                    .setI(1)
                    .build()))
        .addOutput(value("y", "N", 10));
  }

  private static ModelProto model(GraphProto graph) {
    return ModelProto.newBuilder()
        .setIrVersion(8)
        .setProducerName("edgewise-tests")
        .setProducerVersion("1")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(17))
        .setGraph(graph)
        .build();
  }

  private static NodeProto node(
      String name, String op, List<String> inputs, String output, AttributeProto... attributes) {
    return NodeProto.newBuilder()
        .setName(name)
        .setOpType(op)
        .addAllInput(inputs)
        .addOutput(output)
        .addAllAttribute(List.of(attributes))
        .build();
  }

  private static AttributeProto ints(String name, long... values) {
    AttributeProto.Builder attribute =
        AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long value : values) {
      attribute.addInts(value);
    }
    return attribute.build();
  }

  /** Gaussian weights scaled by 1/sqrt(fanIn). */
  private static TensorProto weights(Random random, String name, long fanIn, long... dims) {
    TensorProto.Builder tensor =
        TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
    long count = 1;
    for (long dim : dims) {
      tensor.addDims(dim);
      count *= dim;
    }
    for (long i = 0; i < count; i++) {
      tensor.addFloatData((float) (random.nextGaussian() / Math.sqrt(fanIn)));
    }
    return tensor.build();
  }

  private static ValueInfoProto value(String name, Object... dims) {
    return ValueInfos.declaration(name, TensorProto.DataType.FLOAT_VALUE, dims);
  }
}
