package io.edgewise.agent.serving;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import java.util.logging.Logger;

/**
 * Where models run: GPU 0 when the ONNX Runtime on the class path is the CUDA build ({@code
 * onnxruntime_gpu}), else the CPU. Every route of a node uses the same device; a per-route GPU
 * index is not needed while nodes serve from one.
 */
public final class ServingDevice {

  static final String ENGINE = "OnnxRuntime";
  private static final Logger LOG = Logger.getLogger(ServingDevice.class.getName());

  private ServingDevice() {}

  /** Picks the device once and logs one INFO line saying which. */
  public static Device detect() {
    // DJL first: it sets ONNX Runtime's thread pool, which fails once OrtEnvironment exists without
    // it
    Engine.getEngine(ENGINE);
    boolean cuda = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
    Device device = cuda ? Device.gpu(0) : Device.cpu();
    LOG.info(
        () ->
            "serving models on "
                + (cuda
                    ? "GPU 0 (ONNX Runtime CUDA provider)"
                    : "the CPU (no CUDA provider in this ONNX Runtime)"));
    return device;
  }
}
