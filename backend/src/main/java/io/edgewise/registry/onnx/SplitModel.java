package io.edgewise.registry.onnx;

import ai.onnx.proto.OnnxMl.ModelProto;
import java.util.List;

/**
 * The two halves of a split model: {@code tail(head(x))} computes what the full model computes.
 *
 * @param head runs on the device; its outputs are {@code headOutputs}
 * @param tail runs on the server; it is fed {@code tailInputs}
 * @param headOutputs head-computed tensors the tail reads, then the model's outputs computed in the
 *     head
 * @param tailInputs head-computed tensors the tail reads, then the caller's inputs that the tail
 *     reads too (the device sends them along)
 */
public record SplitModel(
    ModelProto head, ModelProto tail, List<String> headOutputs, List<String> tailInputs) {

  public SplitModel {
    headOutputs = List.copyOf(headOutputs);
    tailInputs = List.copyOf(tailInputs);
  }
}
