package io.edgewise.agent.serving;

import ai.djl.engine.Engine;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.edgewise.agent.serving.tensor.DType;
import io.edgewise.agent.serving.tensor.Tensor;
import io.edgewise.registry.onnx.OnnxSplitter;
import io.edgewise.registry.onnx.SplitModel;
import io.edgewise.registry.onnx.TestModels;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Serving's cost on loopback, against ONNX Runtime's Java API called directly in the same process,
 * for a 3×224×224 CNN: batch 1 latency and throughput, dynamic batching with 8 concurrent clients
 * (batch 8 vs none), and split execution (head in process, tail over HTTP) vs the whole model over
 * HTTP. Raw bodies throughout. {@code ./mvnw -B -o -q -pl agent -Pbench test
 * -Dtest=ServingBenchmark}
 */
class ServingBenchmark {

  private static final Logger LOG = Logger.getLogger(ServingBenchmark.class.getName());
  private static final int WARM_UP = 50;
  private static final int RUNS = 400;
  private static final long[] X = {1, 3, 224, 224};
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Per-request latencies of one scenario, in ms, and its wall time. */
  record Figures(String name, double[] ms, double wallS) {
    String line() {
      double[] sorted = ms.clone();
      Arrays.sort(sorted);
      return String.format(
          "%-48s %8.0f req/s  p50 %7.3f ms  p99 %7.3f ms",
          name,
          ms.length / wallS,
          sorted[sorted.length / 2],
          sorted[(int) Math.ceil(sorted.length * 0.99) - 1]);
    }
  }

  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  @Test
  void printsServingOverheadBatchingAndSplitFigures() throws Exception {
    List<String> lines = new ArrayList<>();
    for (boolean deep : new boolean[] {false, true}) {
      batchOne(
          TestModels.imageCnn(1, deep),
          deep ? "deep CNN, ~470 M MACs" : "small CNN, ~140 M MACs",
          lines);
    }
    var model = TestModels.imageCnn(1, false);
    byte[] raw = ModelServerTest.floats("x", DjlReference.random(3, 3 * 224 * 224), X).data();
    try (ServingFixture batched =
        new ServingFixture(new ServingSettings(8, Duration.ZERO, 256, false))) {
      batched.applyAndWait(
          ServingFixture.plan(
              Map.of("one", ServingFixture.route("one", "v1", "whole", null, null, 8)),
              Map.of("whole", batched.write("whole", model))));
      long before = batched.server.held("whole").orElseThrow().executions();
      lines.add(
          concurrent("small CNN, HTTP, 8 clients, dynamic batching max 8", batched, raw).line()
              + String.format(
                  "   (%d requests in %d executions)",
                  8 * (RUNS + WARM_UP / 8),
                  batched.server.held("whole").orElseThrow().executions() - before));
    }
    try (ServingFixture unbatched =
        new ServingFixture(new ServingSettings(1, Duration.ZERO, 256, false))) {
      unbatched.applyAndWait(
          ServingFixture.plan(
              Map.of("one", ServingFixture.route("one", "v1", "whole", null, null, 1)),
              Map.of("whole", unbatched.write("whole", model))));
      lines.add(
          concurrent("small CNN, HTTP, 8 clients, no batching (max 1)", unbatched, raw).line());
    }
    LOG.info(
        "BENCH serving ("
            + Runtime.getRuntime().availableProcessors()
            + " cores, 3x224x224 input, raw bodies, loopback)\n"
            + String.join("\n", lines));
  }

  /**
   * Batch 1, one client at a time: ONNX Runtime direct, DJL through serving without HTTP, HTTP (two
   * clients), split.
   */
  private static void batchOne(ModelProto model, String label, List<String> lines)
      throws Exception {
    SplitModel split = OnnxSplitter.splitAt(model, 4);
    String cut = "4";
    try (ServingFixture serving =
        new ServingFixture(new ServingSettings(8, Duration.ZERO, 256, false))) {
      Path whole = serving.write("whole", model);
      Path head = serving.write("head", split.head());
      serving.applyAndWait(
          ServingFixture.plan(
              Map.of("one", ServingFixture.route("one", "v1", "whole", cut, "tail", 8)),
              Map.of("whole", whole, "tail", serving.write("tail", split.tail()))));
      float[] x = DjlReference.random(3, 3 * 224 * 224);
      byte[] raw = ModelServerTest.floats("x", x, X).data();
      Engine.getEngine("OnnxRuntime");
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      try (OrtSession direct =
              env.createSession(whole.toString(), new OrtSession.SessionOptions());
          OrtSession headSession =
              env.createSession(head.toString(), new OrtSession.SessionOptions());
          OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(x), X);
          PlainHttpClient plain = new PlainHttpClient(serving.port())) {
        Figures ort =
            sequential(
                label + ", ORT OrtSession.run direct",
                () -> direct.run(Map.of("x", input)).close());
        ServedModel held = serving.server.held("whole").orElseThrow();
        List<Tensor> bound = held.signature().bind(List.of(new Tensor("x", DType.FLOAT32, X, raw)));
        Figures djl =
            sequential(
                label + ", DJL via serving's batcher, no HTTP", () -> held.submit(bound).get());
        SERVER_MS.clear();
        Figures jdk = sequential(label + ", HTTP, JDK HttpClient", () -> inferWhole(serving, raw));
        double jdkServer = median(SERVER_MS);
        SERVER_MS.clear();
        Figures lean =
            sequential(
                label + ", HTTP, plain keep-alive client",
                () ->
                    ok(
                        plain.post(
                            "/v1/infer/one",
                            "application/octet-stream",
                            raw,
                            "X-Edgewise-Shape",
                            "1,3,224,224")));
        double leanServer = median(SERVER_MS);
        Figures splitRun =
            sequential(
                label + ", split: head here + tail over HTTP",
                () -> {
                  try (OrtSession.Result h = headSession.run(Map.of("x", input))) {
                    OnnxTensor p = (OnnxTensor) h.get(0);
                    ByteBuffer bytes =
                        ByteBuffer.allocate((int) p.getInfo().getNumElements() * 4)
                            .order(ByteOrder.LITTLE_ENDIAN);
                    bytes.asFloatBuffer().put(p.getFloatBuffer());
                    ok(
                        plain.post(
                            "/v1/infer/one/from/" + cut,
                            "application/octet-stream",
                            bytes.array(),
                            "X-Edgewise-Shape",
                            String.join(
                                ",",
                                Arrays.stream(p.getInfo().getShape())
                                    .mapToObj(Long::toString)
                                    .toList())));
                  }
                });
        lines.add(ort.line());
        lines.add(djl.line() + String.format("   (%+.1f %% vs ORT)", overhead(djl, ort)));
        lines.add(
            jdk.line()
                + String.format(
                    "   (%+.1f %% vs ORT; server side p50 %.3f ms)",
                    overhead(jdk, ort), jdkServer));
        lines.add(
            lean.line()
                + String.format(
                    "   (%+.1f %% vs ORT; server side p50 %.3f ms)",
                    overhead(lean, ort), leanServer));
        lines.add(splitRun.line() + "   (tail input " + split.tailInputs() + ")");
      }
    }
  }

  private static double overhead(Figures figures, Figures baseline) {
    return 100 * (median(figures.ms()) / median(baseline.ms()) - 1);
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

  private static Figures concurrent(String name, ServingFixture fixture, byte[] raw)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<double[]>> parts = new ArrayList<>();
      long[] start = new long[1];
      for (int c = 0; c < 8; c++) {
        parts.add(
            clients.submit(
                () -> {
                  for (int i = 0; i < WARM_UP / 8; i++) {
                    inferWhole(fixture, raw);
                  }
                  double[] ms = new double[RUNS];
                  for (int i = 0; i < RUNS; i++) {
                    long t = System.nanoTime();
                    inferWhole(fixture, raw);
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

  /** One raw 1×3×224×224 image to the whole model over HTTP; its answer's server time recorded. */
  private static void inferWhole(ServingFixture fixture, byte[] raw) throws Exception {
    ok(
        fixture.post(
            "/v1/infer/one", "application/octet-stream", raw, "X-Edgewise-Shape", "1,3,224,224"));
  }

  private static double median(List<Double> ms) {
    return median(ms.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double median(double[] ms) {
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * Server-side times the answers reported ({@code ms}: from the request's arrival to its answer).
   */
  private static final List<Double> SERVER_MS = Collections.synchronizedList(new ArrayList<>());

  private static void ok(HttpResponse<byte[]> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + new String(response.body()));
    }
    ok(response.body());
  }

  private static void ok(byte[] answer) throws IOException {
    SERVER_MS.add(JSON.readTree(answer).path("ms").asDouble());
  }
}
