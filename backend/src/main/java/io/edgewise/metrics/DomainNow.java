package io.edgewise.metrics;

import java.util.Optional;

/**
 * A domain's live figures for the overview.
 *
 * @param recent the last 15 minutes summed, with how many minutes reported; empty when none did
 * @param sloMs the strictest latency SLO among the domain's deployments that are not paused
 * @param gpuUtilisationPct mean utilisation of the GPUs the latest plan gives the domain, from the
 *     last heartbeats of their online nodes; empty without a plan or samples
 */
public record DomainNow(
    Optional<Recent> recent, Optional<Double> sloMs, Optional<Double> gpuUtilisationPct) {

  /** Sums over the minutes that reported within the window. */
  public record Recent(long minutes, SeriesPoint sums) {

    /** Requests per second over the minutes that reported. */
    public double requestRate() {
      return sums.requests() / (minutes * 60.0);
    }

    /**
     * Share of the bytes cloud-only processing would have sent that stayed at the edge; empty when
     * nothing would have been sent.
     */
    public Optional<Double> bandwidthSaved() {
      long cloudOnly = sums.bytesCloudOnly();
      return cloudOnly == 0
          ? Optional.empty()
          : Optional.of(sums.bytesAvoided() / (double) cloudOnly);
    }
  }
}
