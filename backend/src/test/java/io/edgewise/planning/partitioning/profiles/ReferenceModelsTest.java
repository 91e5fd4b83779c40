package io.edgewise.planning.partitioning.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.edgewise.planning.lab.hardware.HardwareCatalogue;
import io.edgewise.planning.lab.hardware.HardwareTier;
import io.edgewise.planning.lab.hardware.LinkPresets;
import io.edgewise.planning.lab.hardware.ProfileEstimator;
import io.edgewise.planning.partitioning.LayerGraph;
import io.edgewise.planning.partitioning.Link;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * The reference profiles against the architectures' published multiply-add counts, and the presets.
 */
class ReferenceModelsTest {

  @Test
  void multiplyAddsMatchThePublishedFiguresWithinFivePercent() {
    // Published GMAC: AlexNet (torchvision) 0.714, VGG-16 15.47, ResNet-50 4.11, MobileNetV2 0.30
    // (Sandler et al.: 300M).
    // Pooling and adds add about 1% (1 FLOP per element), hence a 5% band (10% for MobileNetV2's
    // round 300M).
    assertThat(ReferenceModels.alexnet().totalGflops() / 2).isCloseTo(0.714, within(0.714 * 0.05));
    assertThat(ReferenceModels.vgg16().totalGflops() / 2).isCloseTo(15.47, within(15.47 * 0.05));
    assertThat(ReferenceModels.resnet50().totalGflops() / 2).isCloseTo(4.11, within(4.11 * 0.05));
    assertThat(ReferenceModels.mobilenetV2().totalGflops() / 2)
        .isCloseTo(0.30, within(0.30 * 0.10));
  }

  @Test
  void resnetAndMobilenetAreDagsWhileAlexnetAndVggAreChains() {
    assertThat(graph(ReferenceModels.alexnet()).isChain()).isTrue();
    assertThat(graph(ReferenceModels.vgg16()).isChain()).isTrue();
    assertThat(graph(ReferenceModels.resnet50()).isChain()).isFalse();
    assertThat(graph(ReferenceModels.mobilenetV2()).isChain()).isFalse();
    assertThat(ReferenceModels.resnet50().layers())
        .filteredOn(l -> l.name().endsWith(".add"))
        .hasSize(16);
    assertThat(ReferenceModels.mobilenetV2().layers())
        .filteredOn(l -> l.name().endsWith(".add"))
        .hasSize(10);
  }

  @Test
  void everyModelTakesAFloat32ImageAndEndsInAThousandClasses() {
    for (ModelProfile model : ReferenceModels.all()) {
      assertThat(model.inputBytes()).as(model.name()).isEqualTo(224L * 224 * 3 * 4);
      assertThat(model.layers().get(model.layers().size() - 1).outputBytes())
          .as(model.name())
          .isEqualTo(4_000);
      assertThat(model.exits())
          .as(model.name())
          .hasSize(2)
          .allSatisfy(e -> assertThat(e.accuracy()).isLessThan(model.accuracy()));
    }
  }

  @Test
  void estimatesMillisecondsFromFlopsAndSustainedThroughput() {
    // conv1 of AlexNet: 55×55×64 outputs × 3×11×11 MACs = 70.3M MACs = 0.1405 GFLOP; at 10 GFLOPS ≈
    // 14.05 ms.
    LayerGraph graph =
        ProfileEstimator.graph(
            ReferenceModels.alexnet(),
            HardwareCatalogue.RASPBERRY_PI_4,
            HardwareCatalogue.T4,
            null);
    assertThat(graph.layers().get(0).deviceMs()).isCloseTo(14.05, within(0.01));
    assertThat(graph.layers().get(0).cloudMs()).isEqualTo(graph.layers().get(0).edgeMs());
  }

  @Test
  void presetsAreFoundByNameAndUnknownNamesAreRejected() {
    assertThat(LinkPresets.byName("LTE")).isEqualTo(new Link(5.85, 50));
    assertThat(HardwareCatalogue.byId("a100").tier()).isEqualTo(HardwareTier.CLOUD);
    assertThat(HardwareCatalogue.all()).hasSize(8);
    assertThatThrownBy(() -> LinkPresets.byName("6G")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> HardwareCatalogue.byId("tpu"))
        .isInstanceOf(NoSuchElementException.class);
  }

  private static LayerGraph graph(ModelProfile model) {
    return ProfileEstimator.graph(
        model, HardwareCatalogue.JETSON_NANO, HardwareCatalogue.T4, HardwareCatalogue.A100);
  }
}
