package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;

/**
 * Builds ONNX graphs for tests with the generated {@code OnnxMl} classes; weights come from a
 * seeded generator.
 */
final class GraphBuilder {

  static final long IR_VERSION = 8;
  static final long OPSET = 17;

  private final GraphProto.Builder graph;
  private final Random random;

  GraphBuilder(String name, long seed) {
    this.graph = GraphProto.newBuilder().setName(name);
    this.random = new Random(seed);
  }

  /** A graph input; each dimension is a number or a symbolic name such as {@code N}. */
  GraphBuilder input(String name, Object... dims) {
    graph.addInput(value(name, TensorProto.DataType.FLOAT_VALUE, dims));
    return this;
  }

  GraphBuilder output(String name, Object... dims) {
    graph.addOutput(value(name, TensorProto.DataType.FLOAT_VALUE, dims));
    return this;
  }

  /**
   * Gaussian weights scaled by 1/sqrt(fanIn) so activations stay in a range where float32 is exact
   * enough.
   */
  GraphBuilder weights(String name, long fanIn, long... dims) {
    long count = 1;
    for (long dim : dims) {
      count *= dim;
    }
    TensorProto.Builder tensor =
        TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
    for (long dim : dims) {
      tensor.addDims(dim);
    }
    double scale = 1 / Math.sqrt(fanIn);
    for (long i = 0; i < count; i++) {
      tensor.addFloatData((float) (random.nextGaussian() * scale));
    }
    graph.addInitializer(tensor);
    return this;
  }

  /** A 1-D INT64 initializer stored as little-endian raw data, the way exporters write them. */
  GraphBuilder integers(String name, long... values) {
    ByteBuffer raw = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    for (long value : values) {
      raw.putLong(value);
    }
    graph.addInitializer(
        TensorProto.newBuilder()
            .setName(name)
            .setDataType(TensorProto.DataType.INT64_VALUE)
            .addDims(values.length)
            .setRawData(ByteString.copyFrom(raw.array())));
    return this;
  }

  /**
   * Also declares initializer {@code name} as a graph input with that type and shape, as IR < 4
   * exporters did.
   */
  GraphBuilder initializerAsInput(String name) {
    TensorProto tensor =
        graph.getInitializerList().stream()
            .filter(t -> t.getName().equals(name))
            .findFirst()
            .orElseThrow();
    graph.addInput(value(name, tensor.getDataType(), tensor.getDimsList().toArray()));
    return this;
  }

  GraphBuilder node(
      String name,
      String op,
      List<String> inputs,
      List<String> outputs,
      AttributeProto... attributes) {
    graph.addNode(
        NodeProto.newBuilder()
            .setName(name)
            .setOpType(op)
            .addAllInput(inputs)
            .addAllOutput(outputs)
            .addAllAttribute(List.of(attributes)));
    return this;
  }

  GraphBuilder node(
      String name, String op, List<String> inputs, String output, AttributeProto... attributes) {
    return node(name, op, inputs, List.of(output), attributes);
  }

  GraphProto.Builder proto() {
    return graph;
  }

  ModelProto model() {
    return model(graph.build());
  }

  static ModelProto model(GraphProto graph) {
    return ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .setProducerName("edgewise-tests")
        .setProducerVersion("1")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
        .setGraph(graph)
        .build();
  }

  static AttributeProto ints(String name, long... values) {
    AttributeProto.Builder attribute =
        AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long value : values) {
      attribute.addInts(value);
    }
    return attribute.build();
  }

  static AttributeProto integer(String name, long value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.INT)
        .setI(value)
        .build();
  }

  static AttributeProto real(String name, float value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.FLOAT)
        .setF(value)
        .build();
  }

  static AttributeProto tensor(String name, TensorProto value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.TENSOR)
        .setT(value)
        .build();
  }

  static ValueInfoProto value(String name, int elemType, Object... dims) {
    return ValueInfos.declaration(name, elemType, dims);
  }
}
