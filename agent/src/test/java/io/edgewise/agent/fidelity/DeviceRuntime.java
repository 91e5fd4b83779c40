package io.edgewise.agent.fidelity;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.onnx.proto.OnnxMl.ModelProto;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The emulated device: runs a model (the whole one or a split's head) in DJL's ONNX Runtime engine
 * with one intra-op thread, the way the registry's profiler times it, {@value #SLOWDOWN} times per
 * request: a device that much slower than one core of this machine, by real execution. (At one run
 * per request the device is only about twice slower than the 2-thread edge, and with these models
 * every link then favours running on the device: the cut choice would be trivial.) The repeated
 * runs also repeat DJL's per-call cost, which the profiler subtracts (its identity model) and
 * scaling the profile does not restore: a known bias of this emulation, see docs/benchmarks.md.
 */
final class DeviceRuntime implements AutoCloseable {

  static final int THREADS = 1;

  /** How many times slower than one core of this machine the device is. */
  static final int SLOWDOWN = 20;

  private final Model model;
  private final Predictor<NDList, NDList> predictor;
  private final NDManager manager;
  private final String inputName;

  DeviceRuntime(ModelProto proto, String name) throws IOException {
    this.model = Model.newInstance(name, Device.cpu(), "OnnxRuntime");
    try {
      model.load(
          new ByteArrayInputStream(proto.toByteArray()),
          Map.of("intraOpNumThreads", Integer.toString(THREADS), "interOpNumThreads", "1"));
    } catch (MalformedModelException e) {
      model.close();
      throw new IOException("ONNX Runtime cannot load " + name, e);
    }
    this.predictor = model.newPredictor(new NoopTranslator());
    this.manager = NDManager.newBaseManager(Device.cpu(), "OnnxRuntime");
    this.inputName = proto.getGraph().getInput(0).getName();
  }

  /**
   * Runs the model on {@code input} ({@value #SLOWDOWN} times) and returns its first output, raw
   * little-endian, and shape.
   */
  Output run(float[] input, long[] shape) throws TranslateException {
    try (NDManager call = manager.newSubManager()) {
      NDArray x = call.create(input, new Shape(shape));
      x.setName(inputName);
      for (int i = 1; i < SLOWDOWN; i++) {
        predictor.predict(new NDList(x)).close();
      }
      NDList out = predictor.predict(new NDList(x));
      NDArray y = out.get(0);
      Output result = new Output(y.toByteArray(), y.getShape().getShape());
      out.close();
      return result;
    }
  }

  /** A tensor as the device sends it. */
  record Output(byte[] data, long[] shape) {
    String shapeHeader() {
      StringBuilder s = new StringBuilder();
      for (long d : shape) {
        s.append(s.length() == 0 ? "" : ",").append(d);
      }
      return s.toString();
    }
  }

  @Override
  public void close() {
    predictor.close();
    manager.close();
    model.close();
  }
}
