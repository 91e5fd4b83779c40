package io.edgewise.agent.serving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.edgewise.agent.serving.batch.DynamicBatcher;
import io.edgewise.agent.serving.batch.QueueFullException;
import io.edgewise.agent.serving.tensor.Tensor;
import io.edgewise.registry.onnx.TestModels;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Batch-1 requests are stacked, run once and split back; the answers equal unbatched runs. */
class DynamicBatchingTest {

  @Test
  void batchedAnswersEqualUnbatchedOnesAndBatchesForm() throws Exception {
    try (ServingFixture fixture =
        new ServingFixture(new ServingSettings(8, Duration.ofMillis(500), 128, false))) {
      Path cnn = fixture.write("cnn", TestModels.cnn(8));
      fixture.applyAndWait(
          ServingFixture.plan(
              Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 8)),
              Map.of("cnn", cnn)));
      ServedModel model = fixture.server.held("cnn").orElseThrow();
      List<float[]> inputs = new ArrayList<>();
      List<CompletableFuture<List<Tensor>>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        inputs.add(DjlReference.random(100 + i, 3 * 32 * 32));
        answers.add(
            model.submit(List.of(ModelServerTest.floats("x", inputs.get(i), 1, 3, 32, 32))));
      }
      for (int i = 0; i < 16; i++) {
        float[] alone =
            DjlReference.run(
                    cnn, Map.of("x", inputs.get(i)), Map.of("x", new long[] {1, 3, 32, 32}))
                .get(0);
        Tensor y = answers.get(i).get(30, TimeUnit.SECONDS).get(0);
        assertThat(y.shape()).containsExactly(1, 10);
        assertThat(DjlReference.maxDifference(ModelServerTest.values(y), alone))
            .as("request %d", i)
            .isLessThanOrEqualTo(1e-6);
      }
      // 16 queued at once, batches of at most 8: two executions
      assertThat(model.executions()).isEqualTo(2);
    }
  }

  @Test
  void aNewPlansBatchSizeReachesAModelAlreadyLoaded() throws Exception {
    try (ServingFixture fixture =
        new ServingFixture(new ServingSettings(8, Duration.ofMillis(500), 128, false))) {
      Path cnn = fixture.write("cnn", TestModels.cnn(10));
      fixture.applyAndWait(
          ServingFixture.plan(
              Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 2)),
              Map.of("cnn", cnn)));
      ServedModel model = fixture.server.held("cnn").orElseThrow();
      runAtOnce(model, 8);
      assertThat(model.executions()).as("8 requests in batches of 2").isEqualTo(4);

      fixture.server.apply(
          ServingFixture.plan(
              Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 4)),
              Map.of("cnn", cnn)));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (model.maxBatch() != 4 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      assertThat(fixture.server.held("cnn")).containsSame(model); // not reloaded
      runAtOnce(model, 8);
      assertThat(model.executions()).as("then 8 in batches of 4").isEqualTo(4 + 2);
    }
  }

  /** Queues {@code n} batch-1 requests at once and waits for every answer. */
  private static void runAtOnce(ServedModel model, int n) throws Exception {
    List<CompletableFuture<List<Tensor>>> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(
          model.submit(
              List.of(
                  ModelServerTest.floats(
                      "x", DjlReference.random(200 + i, 3 * 32 * 32), 1, 3, 32, 32))));
    }
    for (var answer : answers) {
      assertThat(answer.get(30, TimeUnit.SECONDS).get(0).shape()).containsExactly(1, 10);
    }
  }

  @Test
  void eightClientsTimesFiftyRequestsOverHttpAllSucceedInFewerExecutions() throws Exception {
    try (ServingFixture fixture =
        new ServingFixture(new ServingSettings(8, Duration.ofMillis(2), 128, false))) {
      Path cnn = fixture.write("cnn", TestModels.cnn(9));
      fixture.applyAndWait(
          ServingFixture.plan(
              Map.of("d1", ServingFixture.route("d1", "v1", "cnn", null, null, 8)),
              Map.of("cnn", cnn)));
      float[][] xs = new float[8][];
      float[][] expected = new float[8][];
      for (int c = 0; c < 8; c++) {
        xs[c] = DjlReference.random(200 + c, 3 * 32 * 32);
        expected[c] =
            DjlReference.run(cnn, Map.of("x", xs[c]), Map.of("x", new long[] {1, 3, 32, 32}))
                .get(0);
      }
      ExecutorService clients = Executors.newFixedThreadPool(8);
      try {
        List<Future<Double>> worst = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
          int client = c;
          byte[] body = InferenceHttpTest.jsonBody("x", xs[c], 1, 3, 32, 32);
          worst.add(
              clients.submit(
                  () -> {
                    double max = 0;
                    for (int r = 0; r < 50; r++) {
                      JsonNode answer =
                          InferenceHttpTest.ok(
                              fixture.post("/v1/infer/d1", "application/json", body));
                      max =
                          Math.max(
                              max,
                              DjlReference.maxDifference(
                                  InferenceHttpTest.floats(
                                      answer.get("outputs").get(0).get("data")),
                                  expected[client]));
                    }
                    return max;
                  }));
        }
        for (Future<Double> client : worst) {
          assertThat(client.get(120, TimeUnit.SECONDS)).isLessThanOrEqualTo(1e-6);
        }
      } finally {
        clients.shutdownNow();
      }
      ServedModel model = fixture.server.held("cnn").orElseThrow();
      assertThat(model.requests()).isEqualTo(400);
      assertThat(model.executions()).isLessThan(400);
      assertThat(fixture.events.served).hasSize(400);
    }
  }

  @Test
  void aFullQueueRefusesAtOnce() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch running = new CountDownLatch(1);
    try (DynamicBatcher batcher =
        new DynamicBatcher(
            "test",
            inputs -> {
              running.countDown();
              release.await();
              return inputs;
            },
            true,
            1,
            0,
            1)) {
      List<Tensor> one = List.of(ModelServerTest.floats("x", new float[] {1f}, 1, 1));
      CompletableFuture<List<Tensor>> first = batcher.submit(one);
      running.await(5, TimeUnit.SECONDS);
      CompletableFuture<List<Tensor>> queued = batcher.submit(one);
      assertThatThrownBy(() -> batcher.submit(one))
          .isInstanceOf(QueueFullException.class)
          .hasMessageContaining("full");
      release.countDown();
      assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(one);
      assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo(one);
    }
  }

  @Test
  void requestsOfOtherShapesOrBatchesRunAloneInOrder() throws Exception {
    List<Integer> sizes = new CopyOnWriteArrayList<>();
    try (DynamicBatcher batcher =
        new DynamicBatcher(
            "test",
            inputs -> {
              sizes.add((int) inputs.get(0).shape()[0]);
              return inputs;
            },
            true,
            8,
            TimeUnit.MILLISECONDS.toNanos(500),
            16)) {
      var a = batcher.submit(List.of(ModelServerTest.floats("x", new float[] {1f, 2f}, 1, 2)));
      var b = batcher.submit(List.of(ModelServerTest.floats("x", new float[] {3f, 4f}, 1, 2)));
      var c =
          batcher.submit(List.of(ModelServerTest.floats("x", new float[] {5f, 6f, 7f, 8f}, 2, 2)));
      assertThat(ModelServerTest.values(a.get(5, TimeUnit.SECONDS).get(0))).containsExactly(1f, 2f);
      assertThat(ModelServerTest.values(b.get(5, TimeUnit.SECONDS).get(0))).containsExactly(3f, 4f);
      assertThat(c.get(5, TimeUnit.SECONDS).get(0).shape()).containsExactly(2, 2);
      assertThat(sizes).containsExactly(2, 2);
      assertThat(batcher.executions()).isEqualTo(2);
    }
  }
}
