package io.edgewise.app.demo;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import io.edgewise.registry.onnx.ValueInfos;
import java.util.Random;

/**
 * Small stand-in ONNX artifacts for the demo's reference models, built in memory because nothing
 * may be downloaded: an image classifier with the real model's input ({@code FLOAT[1,3,224,224]})
 * and output ({@code FLOAT[1,1000]}) — global average pooling then one dense layer. The demo plans
 * with the reference architecture's layer profile, not with this graph; the model's description
 * says so.
 */
final class DemoArtifacts {

  private DemoArtifacts() {}

  static byte[] standInClassifier(String name, long seed) {
    Random random = new Random(seed);
    TensorProto.Builder weights =
        TensorProto.newBuilder()
            .setName("W")
            .setDataType(TensorProto.DataType.FLOAT_VALUE)
            .addDims(3)
            .addDims(1000);
    for (int i = 0; i < 3 * 1000; i++) {
      weights.addFloatData((float) random.nextGaussian() * 0.1f);
    }
    TensorProto.Builder bias =
        TensorProto.newBuilder()
            .setName("B")
            .setDataType(TensorProto.DataType.FLOAT_VALUE)
            .addDims(1000);
    for (int i = 0; i < 1000; i++) {
      bias.addFloatData(0f);
    }
    GraphProto graph =
        GraphProto.newBuilder()
            .setName(name)
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("GlobalAveragePool")
                    .addInput("image")
                    .addOutput("pooled"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Flatten")
                    .addInput("pooled")
                    .addOutput("features"))
            .addNode(
                NodeProto.newBuilder()
                    .setOpType("Gemm")
                    .addInput("features")
                    .addInput("W")
                    .addInput("B")
                    .addOutput("logits"))
            .addInitializer(weights)
            .addInitializer(bias)
            .addInput(floatTensor("image", 1, 3, 224, 224))
            .addOutput(floatTensor("logits", 1, 1000))
            .build();
    return ModelProto.newBuilder()
        .setIrVersion(8)
        .setProducerName("edgewise-demo")
        .setProducerVersion("1.0")
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(13))
        .setGraph(graph)
        .build()
        .toByteArray();
  }

  private static ValueInfoProto floatTensor(String name, Object... dims) {
    return ValueInfos.declaration(name, TensorProto.DataType.FLOAT_VALUE, dims);
  }
}
