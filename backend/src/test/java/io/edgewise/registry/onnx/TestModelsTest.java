package io.edgewise.registry.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.ModelProto;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class TestModelsTest {

  @Test
  void cnnRunsInOnnxRuntimeWithASymbolicBatch() {
    Map<String, FloatTensor> out =
        OnnxRuntimeRunner.run(
            TestModels.cnn(1), Map.of("x", FloatTensor.random(new Random(2), 3, 3, 32, 32)));
    assertThat(out.get("y").shape()).containsExactly(3, 10);
  }

  @Test
  void edgeHeavyModelRunsAndItsEveryCutAgrees() {
    ModelProto model = TestModels.edgeHeavy(1);
    Map<String, FloatTensor> x = Map.of("x", FloatTensor.random(new Random(2), 2, 3, 64, 64));
    Map<String, FloatTensor> full = OnnxRuntimeRunner.run(model, x);
    assertThat(full.get("y").shape()).containsExactly(2, 10);
    OnnxGraph graph = OnnxGraph.of(model);
    assertThat(graph.cutPoints()).hasSize(6);
    SplitModel afterPool = OnnxSplitter.splitAt(graph, 3);
    Map<String, FloatTensor> head = OnnxRuntimeRunner.run(afterPool.head(), x);
    assertThat(head.get("p").shape())
        .as("the stem shrinks 48 KiB to 8 KiB")
        .containsExactly(2, 8, 16, 16);
    Map<String, FloatTensor> tail =
        OnnxRuntimeRunner.run(afterPool.tail(), Map.of("p", head.get("p")));
    assertThat(tail.get("y").maxDifference(full.get("y"))).isLessThanOrEqualTo(1e-5);
  }

  @Test
  void residualDagRunsInOnnxRuntime() {
    Map<String, FloatTensor> out =
        OnnxRuntimeRunner.run(
            TestModels.residual(1), Map.of("x", FloatTensor.random(new Random(2), 2, 4, 8, 8)));
    assertThat(out.get("y").shape()).containsExactly(2, 5);
  }

  @Test
  void recurrentModelRunsInOnnxRuntimeAndGivesProbabilities() {
    Map<String, FloatTensor> out =
        OnnxRuntimeRunner.run(
            TestModels.recurrent(1), Map.of("x", FloatTensor.random(new Random(2), 8, 2, 4)));
    FloatTensor y = out.get("y");
    assertThat(y.shape()).containsExactly(2, 3);
    assertThat(y.data()[0] + y.data()[1] + y.data()[2]).isCloseTo(1f, Offset.offset(1e-5f));
  }

  @Test
  void sameSeedGivesTheSameBytesAndAnotherSeedOtherWeights() {
    for (int i = 0; i < 3; i++) {
      ModelProto first = TestModels.all(5).get(i);
      assertThat(first.toByteArray()).isEqualTo(TestModels.all(5).get(i).toByteArray());
      assertThat(first.toByteArray()).isNotEqualTo(TestModels.all(6).get(i).toByteArray());
    }
  }
}
