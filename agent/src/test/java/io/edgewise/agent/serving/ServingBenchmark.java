package io.edgewise.agent.serving;

import ai.djl.engine.Engine;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.edgewise.registry.onnx.OnnxSplitter;
import io.edgewise.registry.onnx.SplitModel;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Serving's cost on loopback, against ONNX Runtime's Java API called directly in the same process, for a
 * 3×224×224 CNN: batch 1 latency and throughput, dynamic batching with 8 concurrent clients (batch 8 vs none), and
 * split execution (head in process, tail over HTTP) vs the whole model over HTTP. Raw bodies throughout.
 * {@code ./mvnw -B -o -q -pl agent -Pbench test -Dtest=ServingBenchmark}
 */
class ServingBenchmark {

  private static final Logger LOG = Logger.getLogger(ServingBenchmark.class.getName());
  private static final int WARM_UP = 50;
  private static final int RUNS = 400;
  private static final long[] X = {1, 3, 224, 224};

  /** Per-request latencies of one scenario, in ms, and its wall time. */
  record Figures(String name, double[] ms, double wallS) {
    String line() {
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      return String.format("%-48s %8.0f req/s  p50 %7.3f ms  p99 %7.3f ms", name, ms.length / wallS,
          sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
    }
  }

  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  @Test
  void printsServingOverheadBatchingAndSplitFigures() throws Exception {
    var model = BenchModels.imageCnn(1);
    SplitModel split = OnnxSplitter.splitAt(model, 4);
    List<String> lines = new ArrayList<>();
    try (ServingFixture batched = new ServingFixture(new ServingSettings(8, Duration.ZERO, 256, false))) {
      Path whole = batched.write("whole", model);
      Path head = batched.write("head", split.head());
      Path tail = batched.write("tail", split.tail());
      batched.applyAndWait(ServingFixture.plan(Map.of(
          "one", ServingFixture.route("one", "v1", "whole", "4", "tail", 8)), Map.of("whole", whole, "tail", tail)));
      float[] x = DjlReference.random(3, 3 * 224 * 224);
      byte[] raw = ModelServerTest.floats("x", x, X).data();

      Engine.getEngine("OnnxRuntime");
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      try (OrtSession direct = env.createSession(whole.toString(), new OrtSession.SessionOptions());
          OrtSession headSession = env.createSession(head.toString(), new OrtSession.SessionOptions());
          OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), X)) {
        Figures ort = sequential("ORT OrtSession.run direct, batch 1", () -> direct.run(Map.of("x", input)).close());
        Figures http = sequential("HTTP /v1/infer whole, batch 1, 1 client", () -> ok(batched.post("/v1/infer/one", "application/octet-stream", raw,
            "X-Edgewise-Shape", "1,3,224,224")));
        lines.add(ort.line());
        lines.add(http.line());
        lines.add(String.format("HTTP overhead at p50: %+.1f %%", 100 * (median(http.ms()) / median(ort.ms()) - 1)));
        Figures split1 = sequential("split: head in process + tail over HTTP", () -> {
          try (OrtSession.Result h = headSession.run(Map.of("x", input))) {
            OnnxTensor p = (OnnxTensor) h.get(0);
            ByteBuffer bytes = ByteBuffer.allocate((int) p.getInfo().getNumElements() * 4).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asFloatBuffer().put(p.getFloatBuffer());
            ok(batched.post("/v1/infer/one/from/4", "application/octet-stream", bytes.array(), "X-Edgewise-Shape",
                String.join(",", Arrays.stream(p.getInfo().getShape()).mapToObj(Long::toString).toList())));
          }
        });
        lines.add(split1.line() + "   (tail input " + split.tailInputs() + ")");
      }
      long before = batched.server.held("whole").orElseThrow().executions();
      lines.add(concurrent("HTTP whole, 8 clients, dynamic batching max 8", batched, raw).line()
          + String.format("   (%d requests in %d executions)", 8 * (RUNS + WARM_UP / 8), batched.server.held("whole").orElseThrow().executions() - before));
    }
    try (ServingFixture unbatched = new ServingFixture(new ServingSettings(1, Duration.ZERO, 256, false))) {
      Path whole = unbatched.write("whole", model);
      unbatched.applyAndWait(ServingFixture.plan(Map.of("one", ServingFixture.route("one", "v1", "whole", null, null, 1)), Map.of("whole", whole)));
      byte[] raw = ModelServerTest.floats("x", DjlReference.random(3, 3 * 224 * 224), X).data();
      lines.add(concurrent("HTTP whole, 8 clients, no batching (max 1)", unbatched, raw).line());
    }
    LOG.info("BENCH serving (" + Runtime.getRuntime().availableProcessors() + " cores, 3x224x224 CNN, raw bodies, loopback)\n" + String.join("\n", lines));
  }

  private static Figures sequential(String name, Call call) throws Exception {
    for (int i = 0; i < WARM_UP; i++) {
      call.run();
    }
    double[] ms = new double[RUNS];
    long start = System.nanoTime();
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      call.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return new Figures(name, ms, (System.nanoTime() - start) / 1e9);
  }

  private static Figures concurrent(String name, ServingFixture fixture, byte[] raw) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<double[]>> parts = new ArrayList<>();
      long[] start = new long[1];
      for (int c = 0; c < 8; c++) {
        parts.add(clients.submit(() -> {
          for (int i = 0; i < WARM_UP / 8; i++) {
            ok(fixture.post("/v1/infer/one", "application/octet-stream", raw, "X-Edgewise-Shape", "1,3,224,224"));
          }
          double[] ms = new double[RUNS];
          for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            ok(fixture.post("/v1/infer/one", "application/octet-stream", raw, "X-Edgewise-Shape", "1,3,224,224"));
            ms[i] = (System.nanoTime() - t) / 1e6;
          }
          return ms;
        }));
      }
      start[0] = System.nanoTime();
      double[] all = new double[0];
      for (Future<double[]> part : parts) {
        double[] ms = part.get();
        double[] merged = Arrays.copyOf(all, all.length + ms.length);
        System.arraycopy(ms, 0, merged, all.length, ms.length);
        all = merged;
      }
      return new Figures(name, all, (System.nanoTime() - start[0]) / 1e9);
    } finally {
      clients.shutdownNow();
    }
  }

  private static double median(double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void ok(java.net.http.HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + new String(response.body()));
    }
  }
}
