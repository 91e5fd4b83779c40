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
import io.edgewise.registry.profiling.ProductProfiler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The emulated device: a device whose compute is {@value #SLOWDOWN} times slower than one core of
 * this machine, and whose framework call costs what DJL's does here. Per request it runs the model
 * (the whole one or a split's head) once in DJL's ONNX Runtime engine with one intra-op thread, the
 * way the registry's profiler times it, taking {@code t} ms of this thread's CPU time (with one
 * intra-op thread ONNX Runtime computes on the caller's thread); then it waits {@code (SLOWDOWN −
 * 1) × (t − c)}, where {@code c} is DJL's per-call cost measured (CPU time too) on this head's
 * identity model (median of {@value #OVERHEAD_RUNS} calls after a warm-up, as the profiler's {@code
 * PrefixProfiler} does). CPU time, not wall time, because a device is a machine of its own: here
 * its one thread shares two cores with the edge agent's ONNX Runtime threads, which spin for a
 * while after each request, and with other builds, and time lost to them is no device's compute. So
 * a request takes {@code c + SLOWDOWN × (t − c)}: the compute is repeated, the call cost is paid
 * once, consistent with a profile that subtracts {@code c} and is scaled by {@value #SLOWDOWN}.
 * (Earlier runs called DJL {@value #SLOWDOWN} times, repeating {@code c} too, which the scaled
 * profile cannot predict.) The wait parks the thread: no CPU is used, as a separate device would
 * not use this machine's.
 */
final class DeviceRuntime implements AutoCloseable {

  static final int THREADS = 1;

  /** How many times slower than one core of this machine the device's compute is. */
  static final int SLOWDOWN = 20;

  private static final int OVERHEAD_RUNS = 15;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private final Model model;
  private final Model identity;
  private final Predictor<NDList, NDList> predictor;
  private final Predictor<NDList, NDList> identityPredictor;
  private final NDManager manager;
  private final String inputName;
  private double callOverheadMs = Double.NaN;

  DeviceRuntime(ModelProto proto, String name) throws IOException {
    this.model = load(proto, name);
    this.identity = load(ProductProfiler.identity(proto), name + "-identity");
    this.predictor = model.newPredictor(new NoopTranslator());
    this.identityPredictor = identity.newPredictor(new NoopTranslator());
    this.manager = NDManager.newBaseManager(Device.cpu(), "OnnxRuntime");
    this.inputName = proto.getGraph().getInput(0).getName();
  }

  private static Model load(ModelProto proto, String name) throws IOException {
    Model m = Model.newInstance(name, Device.cpu(), "OnnxRuntime");
    try {
      m.load(
          new ByteArrayInputStream(proto.toByteArray()),
          Map.of("intraOpNumThreads", Integer.toString(THREADS), "interOpNumThreads", "1"));
      return m;
    } catch (MalformedModelException e) {
      m.close();
      throw new IOException("ONNX Runtime cannot load " + name, e);
    }
  }

  /**
   * Runs the model on {@code input} once, waits out the rest of the slow device's compute, and
   * returns its first output, raw little-endian, and shape.
   */
  Output run(float[] input, long[] shape) throws TranslateException {
    try (NDManager call = manager.newSubManager()) {
      NDArray x = call.create(input, new Shape(shape));
      x.setName(inputName);
      double overhead = callOverheadMs(x);
      long started = CPU.getCurrentThreadCpuTime();
      NDList out = predictor.predict(new NDList(x));
      double ms = (CPU.getCurrentThreadCpuTime() - started) / 1e6;
      NDArray y = out.get(0);
      Output result = new Output(y.toByteArray(), y.getShape().getShape());
      out.close();
      waitMs((SLOWDOWN - 1) * Math.max(0, ms - overhead));
      return result;
    }
  }

  /** DJL's per-call cost for this input, measured once. */
  private double callOverheadMs(NDArray x) throws TranslateException {
    if (Double.isNaN(callOverheadMs)) {
      double[] ms = new double[OVERHEAD_RUNS];
      for (int i = -3; i < OVERHEAD_RUNS; i++) {
        long started = CPU.getCurrentThreadCpuTime();
        identityPredictor.predict(new NDList(x)).close();
        if (i >= 0) {
          ms[i] = (CPU.getCurrentThreadCpuTime() - started) / 1e6;
        }
      }
      Arrays.sort(ms);
      callOverheadMs = ms[OVERHEAD_RUNS / 2];
    }
    return callOverheadMs;
  }

  private static void waitMs(double ms) {
    long deadline = System.nanoTime() + (long) (ms * 1e6);
    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(left);
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
    identityPredictor.close();
    manager.close();
    model.close();
    identity.close();
  }
}
