package io.edgewise.registry;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Small ONNX models built in memory with the generated {@code OnnxMl} classes, so tests need
 * nothing downloaded. {@link #mlp()} is {@code y = Relu(x · W + B)} with {@code x: FLOAT[batch,
 * 4]}.
 */
public final class OnnxTestModels {

  public static final long IR_VERSION = 8;
  public static final long OPSET = 13;
  public static final String PRODUCER = "edgewise-tests";

  private OnnxTestModels() {}

  /** A three-node MatMul → Add → Relu graph with two initializers. */
  public static ModelProto mlp() {
    return model(mlpGraph().build());
  }

  /**
   * The same graph with its weights also listed as graph inputs, as IR versions before 4 required.
   */
  public static ModelProto mlpWithInitializersAsInputs() {
    GraphProto.Builder graph =
        mlpGraph()
            .addInput(value("W", TensorProto.DataType.FLOAT, "4", "3"))
            .addInput(value("B", TensorProto.DataType.FLOAT, "3"));
    return model(graph.build()).toBuilder().setIrVersion(3).build();
  }

  /**
   * {@link #mlp()} with a constant initializer of {@code weightBytes} raw bytes that no node uses.
   */
  public static ModelProto mlpWithPaddingWeights(int weightBytes) {
    byte[] raw = new byte[weightBytes];
    new Random(7).nextBytes(raw);
    TensorProto padding =
        TensorProto.newBuilder()
            .setName("padding")
            .setDataType(TensorProto.DataType.UINT8_VALUE)
            .addDims(weightBytes)
            .setRawData(ByteString.copyFrom(raw))
            .build();
    return model(mlpGraph().addInitializer(padding).build());
  }

  /** A well-formed model whose graph has inputs and outputs but no nodes. */
  public static ModelProto withoutNodes() {
    return model(mlpGraph().clearNode().build());
  }

  public static ModelProto withoutGraph() {
    return mlp().toBuilder().clearGraph().build();
  }

  public static ModelProto withoutIrVersion() {
    return mlp().toBuilder().clearIrVersion().build();
  }

  public static ModelProto withoutOutputs() {
    return model(mlpGraph().clearOutput().build());
  }

  /** {@link #mlp()} whose bias lives in an external data file. */
  public static ModelProto withExternalWeights() {
    GraphProto.Builder graph = mlpGraph();
    graph.setInitializer(
        1,
        graph.getInitializer(1).toBuilder()
            .clearFloatData()
            .setDataLocation(TensorProto.DataLocation.EXTERNAL));
    return model(graph.build());
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ModelProto model(GraphProto graph) {
    return ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .setProducerName(PRODUCER)
        .setProducerVersion("1.0")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("ai.onnx.ml").setVersion(3))
        .setGraph(graph)
        .build();
  }

  private static GraphProto.Builder mlpGraph() {
    return GraphProto.newBuilder()
        .setName("mlp")
        .addNode(node("MatMul", List.of("x", "W"), "h"))
        .addNode(node("Add", List.of("h", "B"), "z"))
        .addNode(node("Relu", List.of("z"), "y"))
        .addInitializer(floats("W", List.of(4L, 3L), 12))
        .addInitializer(floats("B", List.of(3L), 3))
        .addInput(value("x", TensorProto.DataType.FLOAT, "batch", "4"))
        .addOutput(value("y", TensorProto.DataType.FLOAT, "batch", "3"));
  }

  private static NodeProto node(String opType, List<String> inputs, String output) {
    return NodeProto.newBuilder()
        .setName(opType.toLowerCase(Locale.ROOT) + "_0")
        .setOpType(opType)
        .addAllInput(inputs)
        .addOutput(output)
        .build();
  }

  private static TensorProto floats(String name, List<Long> dims, int count) {
    TensorProto.Builder tensor =
        TensorProto.newBuilder()
            .setName(name)
            .setDataType(TensorProto.DataType.FLOAT_VALUE)
            .addAllDims(dims);
    for (int i = 0; i < count; i++) {
      tensor.addFloatData(0.1f * (i + 1));
    }
    return tensor.build();
  }

  /** A tensor declaration; each dimension is a number or a symbolic name. */
  private static ValueInfoProto value(String name, TensorProto.DataType type, String... dims) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (String dim : dims) {
      TensorShapeProto.Dimension.Builder d = TensorShapeProto.Dimension.newBuilder();
      shape.addDim(
          dim.chars().allMatch(Character::isDigit)
              ? d.setDimValue(Long.parseLong(dim))
              : d.setDimParam(dim));
    }
    TypeProto.Tensor tensor =
        TypeProto.Tensor.newBuilder().setElemType(type.getNumber()).setShape(shape).build();
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(TypeProto.newBuilder().setTensorType(tensor))
        .build();
  }
}
