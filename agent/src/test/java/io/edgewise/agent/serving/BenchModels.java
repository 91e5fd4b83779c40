package io.edgewise.agent.serving;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.util.List;
import java.util.Random;

/**
 * An image-sized CNN for the serving benchmark (the backend's GraphBuilder is package-private): {@code x: [N,3,224,224]}
 * → three 3×3 stride-2 convs (32, 64, 128 channels) with relus → global average pool → flatten → gemm(10), ~140 M MACs.
 */
final class BenchModels {

  private BenchModels() {}

  static ModelProto imageCnn(long seed) {
    Random random = new Random(seed);
    GraphProto.Builder g = GraphProto.newBuilder().setName("image_cnn");
    g.addInput(value("x", "N", 3, 224, 224));
    int in = 3;
    String previous = "x";
    int[] channels = {32, 64, 128};
    for (int i = 0; i < channels.length; i++) {
      String conv = "conv" + (i + 1);
      g.addInitializer(weights(random, conv + ".w", in * 9, channels[i], in, 3, 3)).addInitializer(weights(random, conv + ".b", in * 9, channels[i]));
      g.addNode(node(conv, "Conv", List.of(previous, conv + ".w", conv + ".b"), "c" + (i + 1), ints("pads", 1, 1, 1, 1), ints("strides", 2, 2)));
      g.addNode(node("relu" + (i + 1), "Relu", List.of("c" + (i + 1)), "r" + (i + 1)));
      previous = "r" + (i + 1);
      in = channels[i];
    }
    g.addInitializer(weights(random, "fc.w", 128, 10, 128)).addInitializer(weights(random, "fc.b", 128, 10));
    g.addNode(node("gap", "GlobalAveragePool", List.of(previous), "g"));
    g.addNode(node("flatten", "Flatten", List.of("g"), "f"));
    g.addNode(node("fc", "Gemm", List.of("f", "fc.w", "fc.b"), "y",
        AttributeProto.newBuilder().setName("transB").setType(AttributeProto.AttributeType.INT).setI(1).build()));
    g.addOutput(value("y", "N", 10));
    return ModelProto.newBuilder().setIrVersion(8).setProducerName("edgewise-bench")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(17)).setGraph(g).build();
  }

  private static NodeProto node(String name, String op, List<String> inputs, String output, AttributeProto... attributes) {
    return NodeProto.newBuilder().setName(name).setOpType(op).addAllInput(inputs).addOutput(output).addAllAttribute(List.of(attributes)).build();
  }

  private static AttributeProto ints(String name, long... values) {
    AttributeProto.Builder attribute = AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INTS);
    for (long v : values) {
      attribute.addInts(v);
    }
    return attribute.build();
  }

  private static TensorProto weights(Random random, String name, long fanIn, long... dims) {
    TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
    long count = 1;
    for (long d : dims) {
      tensor.addDims(d);
      count *= d;
    }
    double scale = 1 / Math.sqrt(fanIn);
    for (long i = 0; i < count; i++) {
      tensor.addFloatData((float) (random.nextGaussian() * scale));
    }
    return tensor.build();
  }

  private static ValueInfoProto value(String name, Object... dims) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (Object dim : dims) {
      if (dim instanceof String symbol) {
        shape.addDimBuilder().setDimParam(symbol);
      } else {
        shape.addDimBuilder().setDimValue(((Number) dim).longValue());
      }
    }
    TypeProto.Tensor tensor = TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape).build();
    return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(tensor)).build();
  }
}
