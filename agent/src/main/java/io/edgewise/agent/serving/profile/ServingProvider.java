package io.edgewise.agent.serving.profile;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;

/**
 * Puts a profiling session on the device serving uses (GPU 0 with the CUDA build of ONNX Runtime,
 * else the CPU), so that times stored under a GPU's hardware key were measured on that GPU.
 */
final class ServingProvider {

  private ServingProvider() {}

  /** Adds the CUDA provider when serving has it; returns whether it did. */
  static boolean use(OrtSession.SessionOptions options) throws OrtException {
    boolean cuda = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    if (cuda) {
      options.addCUDA(0);
    }
    return cuda;
  }
}
