package io.edgewise.planning.partitioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Edge cases of the partitioning facade, each with its arithmetic in a comment. */
class PartitionerTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final Link TEN_MBPS = new Link(10, 5);
  private static final Link WAN = new Link(100, 20);
  private final Partitioner partitioner = new Partitioner();

  @Test
  void singleLayerRunsWhereItIsFastestIncludingTransfers() {
    // Device 50 ms; edge 1 ms + uplink 5 + 125 kB/1250 = 105 ms + the 10-byte answer back
    // (0.008 ms); cloud adds 20 + 1 ms: device wins.
    LayerGraph graph =
        new LayerGraph(125_000, List.of(new GraphLayer("fc", 50, 1, 0.5, 10, List.of())));
    PartitionResult result = partitioner.plan(PartitionRequest.fastest(graph, TEN_MBPS, WAN));
    assertThat(result.best().tiers()).containsExactly(Tier.DEVICE);
    assertThat(result.best().totalMs()).isEqualTo(50);
    assertThat(result.edgeOnly().totalMs()).isCloseTo(106.008, within(1e-9));
    assertThat(result.method()).isEqualTo("chain-scan");
  }

  @Test
  void impossibleSloReturnsTheFastestPlanMarkedAsMissed() {
    LayerGraph graph =
        new LayerGraph(1_000, List.of(new GraphLayer("a", 30, 3, 2, 100, List.of())));
    for (PartitionObjective objective : PartitionObjective.values()) {
      PartitionResult result =
          partitioner.plan(
              new PartitionRequest(
                  graph, TEN_MBPS, null, List.of(), 0.7, objective, 1, new DeviceEnergy(5, 1)));
      // Edge: 5 ms RTT + 0.8 ms + 3 ms + 0.08 ms to bring the 100-byte answer back = 8.88 ms
      // beats 30 ms on the device; neither meets 1 ms.
      assertThat(result.best().totalMs()).as(objective.name()).isCloseTo(8.88, within(1e-9));
      assertThat(result.best().meetsSlo()).isFalse();
    }
  }

  @Test
  void maxAccuracyTakesAnExitThatBeatsTheFullModel() {
    LayerGraph graph = chain(3);
    List<EarlyExit> exits = List.of(new EarlyExit(0, 1, 1, 1, 0.9), new EarlyExit(1, 1, 1, 1, 0.6));
    PartitionResult result =
        partitioner.plan(deviceAndEdge(graph, exits, 0.8, PartitionObjective.MAX_ACCURACY, INF));
    assertThat(result.best().exitAfterLayer()).isZero();
    assertThat(result.best().accuracy()).isEqualTo(0.9);
    assertThat(result.best().tiers()).containsExactly(Tier.DEVICE, null, null);
  }

  @Test
  void maxAccuracyFallsBackToAnEarlierExitWhenTheFullModelMissesTheSlo() {
    // Each layer takes 10 ms on the device; the full model needs 30 ms, the exit after layer 0
    // costs 10 + 2 ms.
    LayerGraph graph =
        new LayerGraph(
            10_000_000,
            List.of(
                new GraphLayer("a", 10, 9, 9, 10_000_000, List.of()),
                new GraphLayer("b", 10, 9, 9, 10_000_000, List.of(0)),
                new GraphLayer("c", 10, 9, 9, 10, List.of(1))));
    PartitionResult result =
        partitioner.plan(
            deviceAndEdge(
                graph,
                List.of(new EarlyExit(0, 2, 2, 2, 0.5)),
                0.8,
                PartitionObjective.MAX_ACCURACY,
                15));
    assertThat(result.best().exitAfterLayer()).isZero();
    assertThat(result.best().totalMs()).isEqualTo(12);
    assertThat(result.best().meetsSlo()).isTrue();
  }

  @Test
  void aLargeAnswerKeepsASegmentationChainOnTheDevice() {
    // 8 Mbit/s moves 1,000 bytes per ms. Splitting after the encoder costs 40 + (10 RTT + 10 kB)
    // + 1 = 61 ms up, but its 4 MB mask then takes 4,000 ms to come back; the device alone takes
    // 70 ms. Without the download the split would win.
    LayerGraph graph =
        new LayerGraph(
            150_000,
            List.of(
                new GraphLayer("encoder", 40, 2, 1, 10_000, List.of()),
                new GraphLayer("decoder", 30, 1, 0.5, 4_000_000, List.of(0))));
    assertMatchesBruteForceAndStaysOnTheDevice(graph, 70);
  }

  @Test
  void aLargeAnswerKeepsASegmentationDagOnTheDevice() {
    // A U-Net: the decoder reads the bottleneck and the encoder's skip tensor. Cutting after the
    // encoder costs 40 + 10 + 10 + 2 = 62 ms before the 4 MB mask's 4,000 ms trip back; the
    // device alone takes 90 ms.
    LayerGraph graph =
        new LayerGraph(
            150_000,
            List.of(
                new GraphLayer("encoder", 40, 2, 1, 10_000, List.of()),
                new GraphLayer("bottleneck", 20, 1, 0.5, 5_000, List.of(0)),
                new GraphLayer("decoder", 30, 1, 0.5, 4_000_000, List.of(1, 0))));
    assertMatchesBruteForceAndStaysOnTheDevice(graph, 90);
  }

  private void assertMatchesBruteForceAndStaysOnTheDevice(LayerGraph graph, double deviceMs) {
    Link eightMbps = new Link(8, 10);
    for (Link wan : Arrays.asList(null, WAN)) {
      for (PartitionObjective objective : PartitionObjective.values()) {
        PartitionRequest request =
            new PartitionRequest(
                graph, eightMbps, wan, List.of(), 0.9, objective, 500, new DeviceEnergy(4, 0.4));
        PartitionPlan best = partitioner.plan(request).best();
        double oracle =
            BruteForcePartitioner.all(request).stream()
                .mapToDouble(BruteForcePartitioner.Outcome::latencyMs)
                .min()
                .orElseThrow();
        String label = objective + (wan == null ? " without" : " with") + " a cloud";
        assertThat(oracle).as(label).isEqualTo(deviceMs);
        assertThat(best.totalMs()).as(label).isEqualTo(deviceMs);
        assertThat(best.tiers()).as(label).containsOnly(Tier.DEVICE);
      }
    }
  }

  @Test
  void zeroByteTensorsStillPayOneRoundTrip() {
    LayerGraph graph = new LayerGraph(0, List.of(new GraphLayer("a", 100, 1, 1, 0, List.of())));
    PartitionPlan best = partitioner.plan(PartitionRequest.fastest(graph, TEN_MBPS, null)).best();
    assertThat(best.tiers()).containsExactly(Tier.EDGE);
    assertThat(best.latency().uplinkMs()).isEqualTo(5);
    assertThat(best.bytesUplinked()).isZero();
  }

  @Test
  void aTensorReadByTwoEdgeLayersIsSentOnce() {
    // Layer 0 stays on the device; its 1 MB output feeds layers 1 and 2 on the edge: 1 MB crosses
    // once.
    LayerGraph graph =
        new LayerGraph(
            50_000_000,
            List.of(
                new GraphLayer("stem", 1, 1, 1, 1_000_000, List.of()),
                new GraphLayer("left", 500, 1, 1, 10, List.of(0)),
                new GraphLayer("right", 500, 1, 1, 10, List.of(0)),
                new GraphLayer("concat", 500, 1, 1, 10, List.of(1, 2))));
    PartitionResult result = partitioner.plan(PartitionRequest.fastest(graph, TEN_MBPS, null));
    assertThat(result.best().tiers()).containsExactly(Tier.DEVICE, Tier.EDGE, Tier.EDGE, Tier.EDGE);
    assertThat(result.best().bytesUplinked()).isEqualTo(1_000_000);
    assertThat(result.method()).isEqualTo("min-cut");
  }

  @Test
  void aDeviceTensorReadInTheCloudCrossesBothLinks() {
    // A residual: layer 0 on the device feeds layer 1 (edge) and the add (cloud), so its bytes go
    // up twice.
    LayerGraph graph =
        new LayerGraph(
            1_000,
            List.of(
                new GraphLayer("a", 1, 1, 1, 400, List.of()),
                new GraphLayer("b", 1, 1, 1, 300, List.of(0)),
                new GraphLayer("add", 1, 1, 1, 10, List.of(1, 0))));
    PartitionRequest request = PartitionRequest.fastest(graph, TEN_MBPS, WAN);
    PartitionPlan plan =
        new PlanEvaluator(request)
            .evaluate(
                ExecutedModel.all(request).get(0), new Tier[] {Tier.DEVICE, Tier.EDGE, Tier.CLOUD});
    assertThat(plan.bytesUplinked()).isEqualTo(400);
    assertThat(plan.bytesToCloud()).isEqualTo(700);
    assertThat(plan.latency().edgeToCloudMs()).isCloseTo(20 + 700 / 12_500.0, within(1e-12));
  }

  @Test
  void theAnswerComesBackOverBothLinksWithoutASecondRoundTrip() {
    // Answered in the cloud: the 5,000-byte answer takes 5,000/12,500 ms over the WAN and
    // 5,000/1,250 ms over the device link, with no RTT (both were paid on the way up). The radio
    // receives it: 1 J/MB × (1,000 sent + 5,000 received) bytes.
    LayerGraph graph =
        new LayerGraph(1_000, List.of(new GraphLayer("seg", 1, 1, 1, 5_000, List.of())));
    PartitionRequest request =
        new PartitionRequest(
            graph,
            TEN_MBPS,
            WAN,
            List.of(),
            1,
            PartitionObjective.MIN_LATENCY,
            INF,
            new DeviceEnergy(0, 1));
    PlanEvaluator evaluator = new PlanEvaluator(request);
    ExecutedModel model = ExecutedModel.all(request).get(0);
    PartitionPlan cloud = evaluator.evaluate(model, new Tier[] {Tier.CLOUD});
    assertThat(cloud.latency().downlinkMs()).isCloseTo(0.4 + 4, within(1e-12));
    assertThat(cloud.latency().uplinkMs()).isCloseTo(5 + 0.8, within(1e-12));
    assertThat(cloud.bytesDownloaded()).isEqualTo(5_000);
    assertThat(cloud.deviceEnergyJoules()).isCloseTo(0.006, within(1e-12));
    PartitionPlan edge = evaluator.evaluate(model, new Tier[] {Tier.EDGE});
    assertThat(edge.latency().downlinkMs()).isCloseTo(4, within(1e-12));
    PartitionPlan device = evaluator.evaluate(model, new Tier[] {Tier.DEVICE});
    assertThat(device.latency().downlinkMs()).isZero();
    assertThat(device.bytesDownloaded()).isZero();
  }

  @Test
  void agreesWithTheChainPartitionerOnChains() {
    Random random = new Random(3);
    for (int c = 0; c < 500; c++) {
      LayerGraph graph = RandomModels.chain(random, 1 + random.nextInt(60));
      List<Layer> layers =
          graph.layers().stream()
              .map(l -> new Layer(l.name(), l.deviceMs(), l.edgeMs(), l.cloudMs(), l.outputBytes()))
              .toList();
      Link up = RandomModels.uplink(random);
      Link wan = RandomModels.edgeToCloud(random);
      double expected =
          new LatencyOptimalChainPartitioner().plan(graph.inputBytes(), layers, up, wan).totalMs();
      assertThat(partitioner.plan(PartitionRequest.fastest(graph, up, wan)).best().totalMs())
          .isCloseTo(expected, within(1e-9 * expected));
      assertThat(LayerGraph.chain(graph.inputBytes(), layers)).isEqualTo(graph);
    }
  }

  @Test
  void largeThreeTierDagsUseTheHeuristicAndSayItIsNotExact() {
    LayerGraph graph = RandomModels.dag(new Random(5), 150);
    PartitionResult result = partitioner.plan(PartitionRequest.fastest(graph, TEN_MBPS, WAN));
    assertThat(result.method()).isEqualTo("heuristic");
    assertThat(result.exact()).isFalse();
    assertThat(result.best().totalMs())
        .isLessThanOrEqualTo(
            Math.min(
                    result.deviceOnly().totalMs(),
                    Math.min(result.edgeOnly().totalMs(), result.cloudOnly().totalMs()))
                + 1e-9);
  }

  @Test
  void largeTwoTierDagsAreStillExactForLatency() {
    PartitionResult result =
        partitioner.plan(
            PartitionRequest.fastest(RandomModels.dag(new Random(6), 300), TEN_MBPS, null));
    assertThat(result.method()).isEqualTo("min-cut");
    assertThat(result.exact()).isTrue();
    assertThat(result.cloudOnly()).isNull();
  }

  @Test
  void rejectsMalformedGraphsAndRequests() {
    GraphLayer ok = new GraphLayer("a", 1, 1, 1, 1, List.of());
    assertThatThrownBy(() -> new GraphLayer("a", -1, 1, 1, 1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GraphLayer("a", 1, 1, 1, 1, List.of(0, 0)))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new LayerGraph(1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new LayerGraph(1, List.of(new GraphLayer("a", 1, 1, 1, 1, List.of(0)))))
        .hasMessageContaining("earlier");
    assertThatThrownBy(() -> new LayerGraph(1, List.of(ok, ok)))
        .hasMessageContaining("read by no later layer");
    LayerGraph graph = new LayerGraph(1, List.of(ok));
    assertThatThrownBy(
            () ->
                deviceAndEdge(
                    graph,
                    List.of(new EarlyExit(1, 1, 1, 1, 0.5)),
                    0.7,
                    PartitionObjective.MAX_ACCURACY,
                    INF))
        .hasMessageContaining("exit after layer 1");
    assertThatThrownBy(
            () -> deviceAndEdge(graph, List.of(), 0.7, PartitionObjective.MIN_DEVICE_ENERGY, INF))
        .hasMessageContaining("energy");
    assertThatThrownBy(
            () -> deviceAndEdge(graph, List.of(), 0.7, PartitionObjective.MIN_LATENCY, 0))
        .hasMessageContaining("SLO");
    assertThatThrownBy(
            () -> deviceAndEdge(graph, List.of(), 1.2, PartitionObjective.MIN_LATENCY, INF))
        .hasMessageContaining("accuracy");
    assertThatThrownBy(() -> new EarlyExit(0, 1, 1, 1, Double.NaN))
        .hasMessageContaining("accuracy");
    assertThatThrownBy(() -> new DeviceEnergy(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> partitioner.plan(null)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A request over {@link #TEN_MBPS} with no cloud tier and no energy model. */
  private static PartitionRequest deviceAndEdge(
      LayerGraph graph,
      List<EarlyExit> exits,
      double fullModelAccuracy,
      PartitionObjective objective,
      double latencySloMs) {
    return new PartitionRequest(
        graph, TEN_MBPS, null, exits, fullModelAccuracy, objective, latencySloMs, null);
  }

  private static LayerGraph chain(int n) {
    GraphLayer[] layers = new GraphLayer[n];
    for (int k = 0; k < n; k++) {
      layers[k] = new GraphLayer("l" + k, 1, 1, 1, 1_000_000, k == 0 ? List.of() : List.of(k - 1));
    }
    return new LayerGraph(1_000_000, Arrays.asList(layers));
  }
}
