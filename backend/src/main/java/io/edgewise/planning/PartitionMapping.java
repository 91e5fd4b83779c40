package io.edgewise.planning;

import io.edgewise.planning.PlanInputs.DeploymentInput;
import io.edgewise.planning.PlanInputs.ProfileInput;
import io.edgewise.planning.PlanInputs.SiteInput;
import io.edgewise.planning.partitioning.DeviceEnergy;
import io.edgewise.planning.partitioning.EarlyExit;
import io.edgewise.planning.partitioning.GraphLayer;
import io.edgewise.planning.partitioning.LayerGraph;
import io.edgewise.planning.partitioning.Link;
import io.edgewise.planning.partitioning.PartitionObjective;
import io.edgewise.planning.partitioning.PartitionPlan;
import io.edgewise.planning.partitioning.PartitionRequest;
import io.edgewise.planning.partitioning.PartitionResult;
import io.edgewise.planning.partitioning.Tier;
import io.edgewise.registry.ProfiledExit;
import io.edgewise.registry.ProfiledLayer;
import java.util.List;
import java.util.Map;

/**
 * Turns a deployment and its model's profile into a partitioning request, and the engine's answer
 * into the summary stored with the plan. Layer times are the profile's measurements where it has
 * them for the hardware in question, else FLOPs over sustained GFLOPS. A version without a profile
 * is one opaque layer whose work is one multiply-add per weight (exact for fully connected layers,
 * a floor for convolutions).
 */
final class PartitionMapping {

  /** Output size assumed for an opaque model (a class-score vector or a few boxes). */
  static final long OPAQUE_OUTPUT_BYTES = 4_096;

  /**
   * What a cut after a layer of unknown output size would ship: nobody can size it, so it is priced
   * out (8 TiB) rather than sent for free.
   */
  static final long UNCUTTABLE_BYTES = 1L << 43;

  /** Devices reporting no compute still get a finite, hopeless time rather than infinity. */
  private static final double MIN_DEVICE_GFLOPS = 1e-3;

  private PartitionMapping() {}

  static PartitionRequest request(
      DeploymentInput d, SiteInput home, TierHardware hw, PlanningConfig config) {
    if (d.undeclaredShape() != null) {
      // a plan from a made-up input shape would look sound and be wrong: refuse it
      throw new IllegalArgumentException(
          "its input shape has symbolic dimensions; " + d.undeclaredShape());
    }
    requireKnownWork(d.profile());
    boolean cloudTier = hw.cloudGflops() != null && !home.isCloud() && "AUTO".equals(d.strategy());
    Link uplink = new Link(d.deviceLinkMbps(), d.deviceLinkRttMs());
    Link edgeToCloud = cloudTier ? new Link(home.uplinkMbps(), home.rttMs()) : null;
    double cloudGflops = hw.cloudGflops() == null ? hw.edgeGflops() : hw.cloudGflops();
    ProfileInput profile = d.profile();
    LayerGraph graph = profile == null ? opaque(d, hw) : graph(d, profile, hw, cloudGflops);
    List<EarlyExit> exits =
        profile == null || !exitsAllowed(d)
            ? List.of()
            : profile.exits().stream()
                .filter(e -> d.minAccuracy() == null || e.accuracy() >= d.minAccuracy())
                .map(e -> exit(e, d, hw, cloudGflops))
                .toList();
    double fullAccuracy = profile == null || profile.accuracy() == null ? 1.0 : profile.accuracy();
    return new PartitionRequest(
        graph,
        uplink,
        edgeToCloud,
        exits,
        fullAccuracy,
        PartitionObjective.valueOf(d.objective()),
        d.latencySloMs(),
        new DeviceEnergy(config.deviceWatts(), config.radioJoulesPerMegabyte()));
  }

  /**
   * A layer of unknown work cannot be timed from FLOPs: until layer times handle it (measured time
   * or a refusal per layer), the deployment is refused rather than the layer costed as free.
   */
  private static void requireKnownWork(ProfileInput profile) {
    List<String> unknown =
        profile == null
            ? List.of()
            : profile.layers().stream()
                .filter(l -> l.gflops() == null)
                .map(ProfiledLayer::name)
                .limit(5)
                .toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "its profile does not know the work of layer(s) "
              + unknown
              + ", so no time can be predicted");
    }
  }

  /**
   * Early exits trade accuracy for speed, so they are offered only where the deployment says what
   * accuracy it accepts: always for MAX_ACCURACY (Edgent), otherwise only with a {@code
   * minAccuracy} floor.
   */
  static boolean exitsAllowed(DeploymentInput d) {
    return "MAX_ACCURACY".equals(d.objective()) || d.minAccuracy() != null;
  }

  /** The plan the deployment's strategy asks for: the optimum, or one of the single-tier plans. */
  static PartitionPlan chosen(DeploymentInput d, PartitionResult result) {
    return switch (d.strategy()) {
      case "EDGE_ONLY" -> result.edgeOnly();
      case "DEVICE_ONLY" -> result.deviceOnly();
      default -> result.best();
    };
  }

  static boolean usesEdge(PartitionPlan plan) {
    return plan.tiers().contains(Tier.EDGE);
  }

  static PartitionSummary summary(DeploymentInput d, PartitionResult result, PartitionPlan chosen) {
    String source = d.profile() == null ? "ARTIFACT" : d.profile().source();
    List<String> tiers =
        chosen.tiers().stream().map(t -> t == null ? "SKIPPED" : t.name()).toList();
    return new PartitionSummary(
        d.objective(),
        result.method(),
        result.exact(),
        source,
        tiers,
        chosen.exitAfterLayer(),
        figures(chosen),
        figures(result.deviceOnly()),
        figures(result.edgeOnly()),
        result.cloudOnly() == null ? null : figures(result.cloudOnly()));
  }

  static LatencyFigures figures(PartitionPlan p) {
    var l = p.latency();
    return new LatencyFigures(
        l.deviceMs(),
        l.uplinkMs(),
        l.edgeMs(),
        l.edgeToCloudMs(),
        l.cloudMs(),
        l.totalMs(),
        p.bytesUplinked(),
        p.bytesToCloud(),
        p.deviceEnergyJoules(),
        p.accuracy(),
        p.meetsSlo());
  }

  private static LayerGraph graph(
      DeploymentInput d, ProfileInput profile, TierHardware hw, double cloudGflops) {
    List<GraphLayer> layers =
        profile.layers().stream()
            .map(
                l ->
                    new GraphLayer(
                        l.name(),
                        ms(l, d.deviceClass(), l.gflops(), deviceGflops(d)),
                        ms(l, hw.edgeModel(), l.gflops(), hw.edgeGflops()),
                        ms(l, hw.cloudModel(), l.gflops(), cloudGflops),
                        l.outputBytes() == null ? UNCUTTABLE_BYTES : l.outputBytes(),
                        l.inputs()))
            .toList();
    return new LayerGraph(profile.inputBytes(), layers);
  }

  private static LayerGraph opaque(DeploymentInput d, TierHardware hw) {
    double gflops = 2.0 * (d.artifactBytes() / 4.0) / 1e9;
    double cloud = hw.cloudGflops() == null ? hw.edgeGflops() : hw.cloudGflops();
    GraphLayer whole =
        new GraphLayer(
            "model",
            gflops / deviceGflops(d) * 1000,
            gflops / hw.edgeGflops() * 1000,
            gflops / cloud * 1000,
            OPAQUE_OUTPUT_BYTES,
            List.of());
    return new LayerGraph(d.modelInputBytes(), List.of(whole));
  }

  private static EarlyExit exit(
      ProfiledExit e, DeploymentInput d, TierHardware hw, double cloudGflops) {
    return new EarlyExit(
        e.afterLayer(),
        e.gflops() / deviceGflops(d) * 1000,
        e.gflops() / hw.edgeGflops() * 1000,
        e.gflops() / cloudGflops * 1000,
        e.accuracy());
  }

  private static double ms(
      ProfiledLayer layer, String hardware, double gflops, double sustainedGflops) {
    Map<String, Double> measured = layer.measuredMs();
    Double time = hardware == null ? null : measured.get(hardware);
    return time != null ? time : gflops / sustainedGflops * 1000;
  }

  private static double deviceGflops(DeploymentInput d) {
    return Math.max(MIN_DEVICE_GFLOPS, d.deviceGflops());
  }
}
