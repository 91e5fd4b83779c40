package io.edgewise.agent.serving.profile;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random inputs of a session's declared shapes, for timing runs: a dynamic first dimension
 * takes the batch asked for, every other dynamic dimension 1.
 */
final class RandomInputs {

  private RandomInputs() {}

  /** Whether every input's first dimension is dynamic, so the model takes any batch size. */
  static boolean batchable(OrtSession session) throws OrtException {
    for (NodeInfo input : session.getInputInfo().values()) {
      long[] shape = ((TensorInfo) input.getInfo()).getShape();
      if (shape.length == 0 || shape[0] >= 0) {
        return false;
      }
    }
    return !session.getInputInfo().isEmpty();
  }

  /** The inputs of one run; the caller closes them. */
  static Map<String, OnnxTensor> of(OrtEnvironment env, OrtSession session, int batch)
      throws OrtException {
    Random random = new Random(1);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    for (NodeInfo input : session.getInputInfo().values()) {
      TensorInfo info = (TensorInfo) input.getInfo();
      long[] shape = info.getShape();
      long count = 1;
      for (int d = 0; d < shape.length; d++) {
        shape[d] = shape[d] >= 0 ? shape[d] : d == 0 ? batch : 1;
        count *= shape[d];
      }
      inputs.put(input.getName(), tensor(env, info, shape, count, random));
    }
    return inputs;
  }

  private static OnnxTensor tensor(
      OrtEnvironment env, TensorInfo info, long[] shape, long count, Random random)
      throws OrtException {
    if (count * 8 > Integer.MAX_VALUE) {
      // a direct buffer holds at most 2 GiB: treat it as the allocation failure it would be
      throw new OrtException("an input of " + count + " elements is too large to time");
    }
    return switch (info.type) {
      case INT64 ->
          OnnxTensor.createTensor(
              env,
              ByteBuffer.allocateDirect((int) count * 8)
                  .order(ByteOrder.nativeOrder())
                  .asLongBuffer(),
              shape);
      case INT32 ->
          OnnxTensor.createTensor(
              env,
              ByteBuffer.allocateDirect((int) count * 4)
                  .order(ByteOrder.nativeOrder())
                  .asIntBuffer(),
              shape);
      default -> {
        var data =
            ByteBuffer.allocateDirect((int) count * 4)
                .order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        while (data.hasRemaining()) {
          data.put((float) random.nextGaussian());
        }
        yield OnnxTensor.createTensor(env, data.flip(), shape);
      }
    };
  }
}
