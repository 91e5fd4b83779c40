package io.edgewise.agent.serving;

import ai.djl.engine.Engine;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import ai.onnxruntime.TensorInfo;
import io.edgewise.agent.serving.tensor.DType;
import io.edgewise.agent.serving.tensor.Signature;
import io.edgewise.agent.serving.tensor.TensorSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a model file's declared inputs and outputs through ONNX Runtime (DJL keeps the dtypes to
 * itself), with a short-lived, unoptimised session. Starts DJL's engine first: it sets ONNX
 * Runtime's thread pool, which fails once an {@code OrtEnvironment} exists without it.
 */
public final class OrtSignatures {

  private OrtSignatures() {}

  public static Signature read(Path file) throws IOException {
    Engine.getEngine(ServingDevice.ENGINE);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setOptimizationLevel(OptLevel.NO_OPT);
      try (OrtSession session =
          OrtEnvironment.getEnvironment().createSession(file.toString(), options)) {
        return new Signature(
            specs(session.getInputInfo(), true), specs(session.getOutputInfo(), false));
      }
    } catch (OrtException e) {
      throw new IOException("ONNX Runtime cannot read the model's inputs: " + e.getMessage(), e);
    }
  }

  private static List<TensorSpec> specs(Map<String, NodeInfo> infos, boolean inputs)
      throws IOException {
    List<TensorSpec> specs = new ArrayList<>();
    for (NodeInfo node : infos.values()) {
      if (!(node.getInfo() instanceof TensorInfo tensor)) {
        throw new IOException(
            "'"
                + node.getName()
                + "' is not a tensor; serving handles tensor inputs and outputs only");
      }
      DType dtype = dtype(tensor.type);
      if (dtype == null && inputs) {
        throw new IOException(
            "input '"
                + node.getName()
                + "' is "
                + tensor.type
                + "; serving accepts "
                + DType.accepted());
      }
      specs.add(
          new TensorSpec(node.getName(), dtype == null ? DType.FLOAT32 : dtype, tensor.getShape()));
    }
    return specs;
  }

  private static DType dtype(OnnxJavaType type) {
    return switch (type) {
      case FLOAT -> DType.FLOAT32;
      case INT64 -> DType.INT64;
      case INT32 -> DType.INT32;
      default -> null;
    };
  }
}
