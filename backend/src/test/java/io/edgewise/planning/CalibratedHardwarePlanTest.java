package io.edgewise.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.planning.ComputedPlan.Entry;
import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.GpuInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.calibration.Calibration;
import io.edgewise.planning.calibration.LayerSample;
import io.edgewise.planning.lab.hardware.HardwareCatalogue;
import io.edgewise.planning.partitioning.profiles.ModelProfile;
import io.edgewise.planning.partitioning.profiles.ReferenceModels;
import io.edgewise.registry.ProfiledLayer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The planner's edge times for float32 models against the lab catalogue's T4 (4,500 GFLOPS
 * sustained at batch 1), under the peak convention and under calibration.
 */
class CalibratedHardwarePlanTest {

  private static final PlanningConfig CONFIG =
      PlanningFixtures.config(Map.of("solverTimeLimit", Duration.ofMillis(500)));
  private static final UUID SITE = UUID.randomUUID();
  private static final SiteInput EDGE = new SiteInput(SITE, "depot", "CLOUDLET", 1000, 5);

  @Test
  void peakConventionKeepsAFloat32ModelsEdgeTimeWithinOneAndAHalfOfTheCatalogueT4() {
    // Before: the assumed T4 was 65 TFLOPS (FP16 tensor) × 0.4 = 26,000 GFLOPS, 5.8× the
    // catalogue's 4,500: ResNet-50's 8.2 GFLOP took 0.32 ms instead of 1.82 ms.
    for (ModelProfile model : ReferenceModels.all()) {
      double catalogueMs = HardwareCatalogue.T4.ms(model.totalGflops());
      double planned = edgeMs(plan(List.of(), model, Calibration.NONE));
      assertThat(catalogueMs / planned).as(model.name()).isBetween(1 / 1.5, 1.5);
    }
  }

  @Test
  void aRegisteredT4FollowsTheSameConvention() {
    GpuInput t4 = new GpuInput(UUID.randomUUID(), UUID.randomUUID(), SITE, "Tesla T4", 15_360, 8.1);
    ModelProfile resnet = ReferenceModels.resnet50();
    double planned = edgeMs(plan(List.of(t4), resnet, Calibration.NONE));
    // 8.2 GFLOP at 8.1 TFLOPS × 0.4 = 3,240 GFLOPS
    assertThat(planned)
        .isCloseTo(resnet.totalGflops() / 3_240 * 1000, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void calibrationFromOtherModelsMeasuredOnTheT4PredictsWithinFivePercent() {
    // "Measured" on the T4: the catalogue's 4,500 GFLOPS plus 20 µs of dispatch per layer.
    Map<String, List<LayerSample>> measured = new HashMap<>();
    for (ModelProfile other :
        List.of(
            ReferenceModels.alexnet(), ReferenceModels.vgg16(), ReferenceModels.mobilenetV2())) {
      List<ProfiledLayer> layers = new ArrayList<>();
      for (ProfiledLayer l : PlanningFixtures.layers(other)) {
        layers.add(l.withMeasuredMs(Map.of("Tesla T4", truthMs(l.gflops()))));
      }
      MeasuredLayers.addSamples(other.name(), other.inputBytes(), layers, measured);
    }
    GpuInput t4 = new GpuInput(UUID.randomUUID(), UUID.randomUUID(), SITE, "Tesla T4", 15_360, 8.1);
    ModelProfile resnet = ReferenceModels.resnet50();
    double truth = resnet.layers().stream().mapToDouble(l -> truthMs(l.gflops())).sum();
    double planned = edgeMs(plan(List.of(t4), resnet, Calibration.fit(measured)));
    assertThat(planned / truth).isBetween(0.95, 1.05);
    double peakRatio = edgeMs(plan(List.of(t4), resnet, Calibration.NONE));
    assertThat(Math.abs(planned - truth)).isLessThan(Math.abs(peakRatio - truth));
  }

  @Test
  void aLayerOfUnknownWorkWithoutMeasurementRefusesTheDeploymentNamingIt() {
    List<ProfiledLayer> layers =
        new ArrayList<>(PlanningFixtures.layers(ReferenceModels.alexnet()));
    layers.set(3, new ProfiledLayer("p2o.Conv.1", null, 1_000L, List.of(2), Map.of(), "Conv"));
    DeploymentInput d = PlanningFixtures.edgeOnly(SITE, 602_112, layers);
    Entry entry =
        new PlanComputer(CONFIG)
            .compute(new PlanInputs(List.of(EDGE), List.of(), List.of(d)), Map.of())
            .entries()
            .get(0);
    assertThat(entry.outcome()).isEqualTo(PlanOutcome.UNPLACED);
    assertThat(entry.reason())
        .contains("layer 'p2o.Conv.1' (Conv) has no known work (GFLOP)")
        .contains("declare the model's serving input shape");
  }

  private static double truthMs(double gflops) {
    return 0.02 + HardwareCatalogue.T4.ms(gflops);
  }

  private static Entry plan(List<GpuInput> gpus, ModelProfile model, Calibration calibration) {
    DeploymentInput d =
        PlanningFixtures.edgeOnly(SITE, model.inputBytes(), PlanningFixtures.layers(model));
    PlanInputs inputs = new PlanInputs(List.of(EDGE), gpus, List.of(d), calibration);
    return new PlanComputer(CONFIG).compute(inputs, Map.of()).entries().get(0);
  }

  private static double edgeMs(Entry entry) {
    return entry.partition().edgeOnly().edgeMs();
  }
}
