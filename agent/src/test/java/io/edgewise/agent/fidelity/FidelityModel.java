package io.edgewise.agent.fidelity;

import ai.onnx.proto.OnnxMl.ModelProto;
import io.edgewise.registry.onnx.TestModels;
import java.util.List;

/**
 * A model the fidelity benchmark serves, with the input shape a device feeds it (batch 1).
 *
 * @param name the model's name in the tables
 */
record FidelityModel(String name, ModelProto proto, long[] inputShape) {

  /** A 3×224×224 image classifier, about 140 M multiply-adds; a chain of 9 nodes. */
  static FidelityModel imageCnn() {
    return new FidelityModel(
        "image-cnn", TestModels.imageCnn(1, false), new long[] {1, 3, 224, 224});
  }

  /** A cheap stem that shrinks a 3×64×64 image sixfold, then 2 M multiply-adds of dense layers. */
  static FidelityModel edgeHeavy() {
    return new FidelityModel("edge-heavy", TestModels.edgeHeavy(1), new long[] {1, 3, 64, 64});
  }

  /** Per-pixel scores for a 3×128×128 image: the answer (512 KiB) outweighs the input. */
  static FidelityModel denseOutput() {
    return new FidelityModel(
        "dense-output", TestModels.denseOutput(1), new long[] {1, 3, 128, 128});
  }

  static List<FidelityModel> all() {
    return List.of(imageCnn(), edgeHeavy(), denseOutput());
  }

  int inputElements() {
    long count = 1;
    for (long d : inputShape) {
      count *= d;
    }
    return Math.toIntExact(count);
  }

  String shapeHeader() {
    StringBuilder s = new StringBuilder();
    for (long d : inputShape) {
      s.append(s.length() == 0 ? "" : ",").append(d);
    }
    return s.toString();
  }
}
