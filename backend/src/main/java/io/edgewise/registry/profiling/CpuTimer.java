package io.edgewise.registry.profiling;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.onnx.proto.OnnxMl.ModelProto;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Times ONNX models on this machine's CPU in DJL's ONNX Runtime engine: the median of {@code runs}
 * timed calls after {@code warmups} untimed ones, each fed fresh seeded random inputs built outside
 * the timed region. Each model, predictor and manager is closed before the next model loads.
 */
final class CpuTimer {

  static final String ENGINE = "OnnxRuntime";

  static {
    // Nothing may be downloaded at run time (DESIGN.md); application.properties is not the place
    // for a JVM
    // property DJL reads, so it is set here, before the first DJL call, unless the launcher set it.
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
  }

  /** The job ran past its time limit. */
  static final class TimeLimitExceeded extends RuntimeException {
    TimeLimitExceeded(String message) {
      super(message);
    }
  }

  /** ONNX Runtime refused to load or run a model. */
  static final class RuntimeRefused extends RuntimeException {
    RuntimeRefused(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final int warmups;
  private final int runs;
  private final int threads;
  private final Instant deadline;

  CpuTimer(int warmups, int runs, int threads, Instant deadline) {
    this.warmups = Math.max(0, warmups);
    this.runs = Math.max(1, runs);
    this.threads = Math.max(1, threads);
    this.deadline = deadline;
  }

  /** The median milliseconds of one call of {@code proto} on one sample. */
  double medianMs(ModelProto proto, String what) {
    RandomFeed feed = RandomFeed.of(proto, 42);
    Map<String, String> options =
        Map.of("intraOpNumThreads", Integer.toString(threads), "interOpNumThreads", "1");
    try (Model model = Model.newInstance(what, Device.cpu(), ENGINE)) {
      model.load(new ByteArrayInputStream(proto.toByteArray()), options);
      try (Predictor<NDList, NDList> predictor = model.newPredictor(new NoopTranslator());
          NDManager manager = NDManager.newBaseManager(Device.cpu(), ENGINE)) {
        for (int i = 0; i < warmups; i++) {
          call(predictor, manager, feed, what);
        }
        double[] samples = new double[runs];
        for (int i = 0; i < runs; i++) {
          samples[i] = call(predictor, manager, feed, what);
        }
        return SegmentTimes.median(samples);
      }
    } catch (IOException | MalformedModelException e) {
      throw new RuntimeRefused("ONNX Runtime cannot load " + what + ": " + rootMessage(e), e);
    }
  }

  private double call(
      Predictor<NDList, NDList> predictor, NDManager manager, RandomFeed feed, String what) {
    if (Instant.now().isAfter(deadline)) {
      throw new TimeLimitExceeded("the profiling time limit ran out while timing " + what);
    }
    try (NDManager run = manager.newSubManager()) {
      NDList inputs = feed.create(run);
      long start = System.nanoTime();
      NDList outputs = predictor.predict(inputs);
      double ms = (System.nanoTime() - start) / 1e6;
      outputs.close();
      return ms;
    } catch (TranslateException | RuntimeException e) {
      throw new RuntimeRefused("ONNX Runtime cannot run " + what + ": " + rootMessage(e), e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
