package io.edgewise.planning.partitioning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Prices a tier assignment as DADS does: tiers run their layers one after another, and a tensor
 * crossing a link is sent once however many layers read it. Each link used costs one RTT plus all
 * its bytes at its bandwidth; the answer then comes back to the device over the same links (its
 * bytes only, the RTT being a round trip).
 */
final class PlanEvaluator {

  private final PartitionRequest request;

  PlanEvaluator(PartitionRequest request) {
    this.request = request;
  }

  /**
   * The plan that runs {@code model} with layer {@code k} on {@code tiers[k]}; the tiers must only
   * rise along edges.
   */
  PartitionPlan evaluate(ExecutedModel model, Tier[] tiers) {
    Priced priced = price(model, tiers);
    return new PartitionPlan(
        fullTiers(model, tiers),
        model.exitAfterLayer(),
        model.accuracy(),
        priced.latency(),
        priced.uplinked(),
        priced.toCloud(),
        priced.downloaded(),
        priced.joules(),
        priced.meetsSlo());
  }

  /** A plan's figures without its tier list, for comparing many candidates cheaply. */
  record Priced(
      LatencyBreakdown latency,
      long uplinked,
      long toCloud,
      long downloaded,
      double joules,
      boolean meetsSlo) {}

  /** The figures of {@link #evaluate}. */
  Priced price(ExecutedModel model, Tier[] tiers) {
    double[] ms = new double[3];
    for (int k = 0; k < model.size(); k++) {
      ms[tiers[k].ordinal()] += model.layer(k).msOn(tiers[k]);
    }
    long uplinked = 0;
    long toCloud = 0;
    boolean usesUplink = false;
    boolean usesCloudLink = false;
    for (int u = 0; u <= model.size(); u++) {
      int[] readers = model.consumers().get(u);
      Tier producer = u == model.size() ? Tier.DEVICE : tiers[u];
      Tier highest = Tier.DEVICE;
      for (int reader : readers) {
        highest = tiers[reader].compareTo(highest) > 0 ? tiers[reader] : highest;
      }
      if (producer == Tier.DEVICE && highest != Tier.DEVICE) {
        uplinked += model.bytes(u);
        usesUplink = true;
      }
      if (producer != Tier.CLOUD && highest == Tier.CLOUD) {
        toCloud += model.bytes(u);
        usesCloudLink = true;
      }
    }
    Tier answeredOn = model.answeredOn(tiers);
    long downloaded = model.bytesDownloaded(answeredOn);
    LatencyBreakdown latency =
        new LatencyBreakdown(
            ms[0],
            usesUplink ? request.uplink().transferMs(uplinked) : 0,
            ms[1],
            usesCloudLink ? request.edgeToCloud().transferMs(toCloud) : 0,
            ms[2],
            request.downlinkMs(answeredOn, model.resultBytes()));
    double joules =
        request.energy() == null ? 0 : request.energy().joules(ms[0], uplinked + downloaded);
    return new Priced(
        latency,
        uplinked,
        toCloud,
        downloaded,
        joules,
        latency.totalMs() <= request.latencySloMs());
  }

  /** Every layer on one tier, the full model: the baselines operators use today. */
  PartitionPlan fixed(ExecutedModel fullModel, Tier tier) {
    Tier[] tiers = new Tier[fullModel.size()];
    Arrays.fill(tiers, tier);
    return evaluate(fullModel, tiers);
  }

  private List<Tier> fullTiers(ExecutedModel model, Tier[] tiers) {
    List<Tier> all = new ArrayList<>(Collections.nCopies(request.graph().size(), (Tier) null));
    for (int k = 0; k < model.size(); k++) {
      all.set(model.original()[k], tiers[k]);
    }
    return all;
  }
}
