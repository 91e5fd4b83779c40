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
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a deployment and its model's profile into a partitioning request, and the engine's answer
 * into the summary stored with the plan. Layer, exit and opaque-model times follow {@link
 * LayerTimes}: measured on that hardware, else calibrated for it, else the peak ratio; a layer of
 * unknown work and no measurement refuses the deployment. A version without a profile is one opaque
 * layer whose work is one multiply-add per weight (exact for fully connected layers, a floor for
 * convolutions). The edge's per-request serving cost ({@link PlanningConfig#edgeRequestOverheadMs})
 * rides on the uplink's round trip. The partition's SLO is its budget, {@code SLO × (1 − queueing
 * share)}: the rest is left for queueing at the GPU.
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
    boolean cloudTier = hw.cloudGflops() != null && !home.isCloud() && "AUTO".equals(d.strategy());
    Link uplink = new Link(d.deviceLinkMbps(), d.deviceLinkRttMs() + edgeOverheadMs(config));
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
        partitionBudgetMs(d, config),
        new DeviceEnergy(config.deviceWatts(), config.radioJoulesPerMegabyte()));
  }

  /**
   * The part of the SLO the partition may use; when no plan fits it the partitioner answers with
   * the fastest plan, and placement judges that against the whole SLO.
   */
  static double partitionBudgetMs(DeploymentInput d, PlanningConfig config) {
    return d.latencySloMs() * (1 - queueingShare(config));
  }

  private static double queueingShare(PlanningConfig config) {
    double q = config.queueingShare();
    if (!(q >= 0 && q < 1)) {
      throw new IllegalStateException(
          "edgewise.planning.queueing-share must be in [0, 1), got " + q);
    }
    return q;
  }

  /**
   * The edge's per-request serving cost, carried by the uplink's fixed latency: every engine
   * charges that once exactly when a plan sends anything off the device, which is when the edge
   * serves it.
   */
  static double edgeOverheadMs(PlanningConfig config) {
    double ms = config.edgeRequestOverheadMs();
    if (!(ms >= 0) || Double.isInfinite(ms)) {
      throw new IllegalStateException(
          "edgewise.planning.edge-request-overhead-ms must be finite and >= 0, got " + ms);
    }
    return ms;
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

  static PartitionSummary summary(
      DeploymentInput d, PartitionResult result, PartitionPlan chosen, PlanningConfig config) {
    double budget = partitionBudgetMs(d, config);
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
        result.cloudOnly() == null ? null : figures(result.cloudOnly()),
        budget,
        d.latencySloMs() - budget);
  }

  static LatencyFigures figures(PartitionPlan p) {
    var l = p.latency();
    return new LatencyFigures(
        l.deviceMs(),
        l.uplinkMs(),
        l.edgeMs(),
        l.edgeToCloudMs(),
        l.cloudMs(),
        l.downlinkMs(),
        l.totalMs(),
        p.bytesUplinked(),
        p.bytesToCloud(),
        p.deviceEnergyJoules(),
        p.accuracy(),
        p.meetsSlo());
  }

  private static LayerGraph graph(
      DeploymentInput d, ProfileInput profile, TierHardware hw, double cloudGflops) {
    List<ProfiledLayer> all = profile.layers();
    long in = profile.inputBytes();
    LayerTimes times = hw.times();
    List<GraphLayer> layers = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ProfiledLayer l = all.get(i);
      layers.add(
          new GraphLayer(
              l.name(),
              times.layerMs(all, in, i, d.deviceClass(), deviceGflops(d)),
              times.layerMs(all, in, i, hw.edgeModel(), hw.edgeGflops()),
              times.layerMs(all, in, i, hw.cloudModel(), cloudGflops),
              l.outputBytes() == null ? UNCUTTABLE_BYTES : l.outputBytes(),
              l.inputs()));
    }
    return new LayerGraph(profile.inputBytes(), layers);
  }

  private static LayerGraph opaque(DeploymentInput d, TierHardware hw) {
    double gflops = 2.0 * (d.artifactBytes() / 4.0) / 1e9;
    double megabytes = (d.modelInputBytes() + OPAQUE_OUTPUT_BYTES) / 1e6;
    double cloud = hw.cloudGflops() == null ? hw.edgeGflops() : hw.cloudGflops();
    LayerTimes times = hw.times();
    GraphLayer whole =
        new GraphLayer(
            "model",
            times.opaqueMs(gflops, megabytes, d.deviceClass(), deviceGflops(d)),
            times.opaqueMs(gflops, megabytes, hw.edgeModel(), hw.edgeGflops()),
            times.opaqueMs(gflops, megabytes, hw.cloudModel(), cloud),
            OPAQUE_OUTPUT_BYTES,
            List.of());
    return new LayerGraph(d.modelInputBytes(), List.of(whole));
  }

  private static EarlyExit exit(
      ProfiledExit e, DeploymentInput d, TierHardware hw, double cloudGflops) {
    List<ProfiledLayer> layers = d.profile().layers();
    Long read =
        e.afterLayer() >= 0 && e.afterLayer() < layers.size()
            ? layers.get(e.afterLayer()).outputBytes()
            : null;
    Double megabytes = read == null ? null : read / 1e6;
    LayerTimes times = hw.times();
    return new EarlyExit(
        e.afterLayer(),
        times.exitMs(e, megabytes, d.deviceClass(), deviceGflops(d)),
        times.exitMs(e, megabytes, hw.edgeModel(), hw.edgeGflops()),
        times.exitMs(e, megabytes, hw.cloudModel(), cloudGflops),
        e.accuracy());
  }

  private static double deviceGflops(DeploymentInput d) {
    return Math.max(MIN_DEVICE_GFLOPS, d.deviceGflops());
  }
}
