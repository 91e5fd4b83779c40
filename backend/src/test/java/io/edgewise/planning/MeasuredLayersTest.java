package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.planning.calibration.OpFamily;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which measured layers become calibration samples, and the bytes each one moves. */
class MeasuredLayersTest {

  private static final long INPUT = 1_000_000;

  private static final List<ProfiledLayer> LAYERS =
      List.of(
          new ProfiledLayer(
              "conv", 0.5, 2_000_000L, List.of(), Map.of("T4", 0.2, "cpu-2c", 9.0), "Conv"),
          new ProfiledLayer("relu", 0.002, 2_000_000L, List.of(0), Map.of("T4", 0.0), "Relu"),
          new ProfiledLayer("add", 0.002, 2_000_000L, List.of(0, 1), Map.of("T4", 0.03), "Add"),
          new ProfiledLayer("custom", null, 2_000_000L, List.of(2), Map.of("T4", 1.0), "FancyOp"),
          new ProfiledLayer("after", 0.1, null, List.of(3), Map.of("T4", 0.1), "Conv"),
          new ProfiledLayer("reads", 0.1, 4_000L, List.of(4), Map.of("T4", 0.1), "Gemm"));

  @Test
  void movedBytesAreTheInputsReadPlusTheOutputWritten() {
    assertThat(MeasuredLayers.megabytesMoved(LAYERS, INPUT, 0)).isEqualTo(3.0); // model input + own
    assertThat(MeasuredLayers.megabytesMoved(LAYERS, INPUT, 2)).isEqualTo(6.0); // two inputs + own
    assertThat(MeasuredLayers.megabytesMoved(LAYERS, INPUT, 4)).as("own output unknown").isNull();
    assertThat(MeasuredLayers.megabytesMoved(LAYERS, INPUT, 5)).as("its input unknown").isNull();
  }

  @Test
  void onlyLayersWithKnownWorkSizesAndAPositiveTimeBecomeSamples() {
    Map<String, List<LayerSample>> samples = new TreeMap<>();
    MeasuredLayers.addSamples("m1", INPUT, LAYERS, samples);
    assertThat(samples.get("T4"))
        .containsExactly(
            new LayerSample("m1", OpFamily.CONV, 0.5, 3.0, 0.2),
            new LayerSample("m1", OpFamily.ELEMENTWISE, 0.002, 6.0, 0.03));
    assertThat(samples.get("cpu-2c"))
        .containsExactly(new LayerSample("m1", OpFamily.CONV, 0.5, 3.0, 9.0));
  }
}
