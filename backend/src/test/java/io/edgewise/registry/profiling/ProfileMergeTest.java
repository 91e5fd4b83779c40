package io.edgewise.registry.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import io.edgewise.registry.ProfileSource;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import io.edgewise.registry.VersionProfile;
import io.edgewise.registry.VersionProfileService.ProfileData;
import io.edgewise.registry.onnx.OnnxGraph;
import io.edgewise.registry.onnx.TestModels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileMergeTest {

  private static final String CPU = "control-plane-cpu";
  private static final GraphLayers CNN = GraphLayers.of(OnnxGraph.of(TestModels.cnn(1)));
  private static final List<Double> MS = Collections.nCopies(8, 0.5);

  @Test
  void withoutAProfileTheGraphLayersAreStoredWithTheCpuTimes() {
    ProfileData data = ProfileMerge.measured(null, CNN, MS, CPU);
    assertThat(data.source()).isEqualTo(ProfileSource.MEASURED);
    assertThat(data.inputBytes()).as("x: 3·32·32 floats").isEqualTo(12_288);
    assertThat(data.memoryMib()).as("estimated from the artifact on write").isNull();
    assertThat(data.layers())
        .hasSize(8)
        .allSatisfy(l -> assertThat(l.measuredMs()).containsExactly(Map.entry(CPU, 0.5)));
  }

  @Test
  void anAgentsTimingsForItsAcceleratorSurviveAndOnlyTheCpuKeyIsReplaced() {
    VersionProfile agent =
        profile(ProfileSource.MEASURED, timed(CNN.layers(), Map.of("jetson-orin", 2.0, CPU, 9.0)));
    agent.exits = List.of(new ProfiledExit(2, 0.001, 0.7));
    ProfileData data = ProfileMerge.measured(agent, CNN, MS, CPU);
    assertThat(data.layers())
        .allSatisfy(
            l ->
                assertThat(l.measuredMs())
                    .containsOnly(Map.entry("jetson-orin", 2.0), Map.entry(CPU, 0.5)));
    assertThat(data.exits())
        .as("same layers: the exits still point at the right layer")
        .isEqualTo(agent.exits);
    assertThat(data.accuracy()).isEqualTo(0.9);
    assertThat(data.memoryMib()).isEqualTo(700);
  }

  @Test
  void aMeasuredProfileWithOtherLayersKeepsItsLayersAndGainsTheCpuTimeWhereNamesMatch() {
    List<ProfiledLayer> fused =
        List.of(
            new ProfiledLayer("conv1", 0.1, 100, List.of(), Map.of("jetson-orin", 3.0)),
            new ProfiledLayer("rest", 0.2, 40, List.of(0), Map.of("jetson-orin", 1.0)));
    ProfileData data = ProfileMerge.measured(profile(ProfileSource.MEASURED, fused), CNN, MS, CPU);
    assertThat(data.layers()).extracting(ProfiledLayer::name).containsExactly("conv1", "rest");
    assertThat(data.layers().get(0).measuredMs())
        .containsOnly(Map.entry("jetson-orin", 3.0), Map.entry(CPU, 0.5));
    assertThat(data.layers().get(1).measuredMs()).containsOnly(Map.entry("jetson-orin", 1.0));
  }

  @Test
  void aReferenceProfileWithOtherLayersStaysAsStatedAndKeepsItsExits() {
    List<ProfiledLayer> published =
        List.of(
            new ProfiledLayer("conv1", 0.7, 290_400, List.of(), Map.of()),
            new ProfiledLayer("fc8", 0.008, 4_000, List.of(0), Map.of()));
    VersionProfile reference = profile(ProfileSource.REFERENCE, published);
    reference.exits = List.of(new ProfiledExit(0, 0.1, 0.5));
    ProfileData data = ProfileMerge.measured(reference, CNN, MS, CPU);
    assertThat(data.source()).isEqualTo(ProfileSource.REFERENCE);
    assertThat(data.layers()).extracting(ProfiledLayer::name).containsExactly("conv1", "fc8");
    assertThat(data.layers().get(0).measuredMs()).containsOnly(Map.entry(CPU, 0.5));
    assertThat(data.layers().get(1).measuredMs()).isEmpty();
    assertThat(data.exits()).hasSize(1);
  }

  @Test
  void anEstimatedProfileWithOtherLayersIsReplacedAndLosesItsExits() {
    VersionProfile estimate =
        profile(
            ProfileSource.ESTIMATED,
            List.of(new ProfiledLayer("model", 1.0, 40, List.of(), Map.of())));
    estimate.exits = List.of(new ProfiledExit(0, 0.1, 0.5));
    ProfileData data = ProfileMerge.measured(estimate, CNN, MS, CPU);
    assertThat(data.source()).isEqualTo(ProfileSource.MEASURED);
    assertThat(data.layers()).hasSize(8);
    assertThat(data.exits()).isEmpty();
  }

  @Test
  void theGraphOnlyEstimateIsWrittenOnlyWhereNoProfileExists() {
    assertThat(ProfileMerge.estimated(null, CNN))
        .get()
        .extracting(ProfileData::source)
        .isEqualTo(ProfileSource.ESTIMATED);
    assertThat(ProfileMerge.estimated(profile(ProfileSource.REFERENCE, CNN.layers()), CNN))
        .isEmpty();
  }

  private static VersionProfile profile(ProfileSource source, List<ProfiledLayer> layers) {
    VersionProfile p = new VersionProfile();
    p.source = source;
    p.inputBytes = 12_288;
    p.memoryMib = 700;
    p.accuracy = 0.9;
    p.layers = new ArrayList<>(layers);
    return p;
  }

  private static List<ProfiledLayer> timed(List<ProfiledLayer> layers, Map<String, Double> ms) {
    return layers.stream().map(l -> l.withMeasuredMs(ms)).toList();
  }
}
