package io.edgewise.analytics;

import io.edgewise.fleet.SmartDomain;
import java.util.Optional;

/**
 * What a tenant runs in one smart domain, and what its latest plan predicts for it.
 *
 * @param fleets device fleets in the domain
 * @param devicesTotal devices in those fleets
 * @param devicesOnline of which online
 * @param deployments deployments serving those fleets, whatever their status
 * @param plan the latest plan's figures for the domain; empty until a plan exists
 */
public record DomainSummary(
    SmartDomain domain,
    long fleets,
    long devicesTotal,
    long devicesOnline,
    long deployments,
    Optional<PlanFigures> plan) {

  /**
   * The latest plan seen from one domain.
   *
   * @param planned deployments of the domain the plan covers
   * @param placed of which placed on edge GPUs
   * @param withinSlo of which predicted to meet their latency SLO (placed or served off the edge)
   * @param worstP95Ms the highest predicted p95 among them, with that deployment's SLO; empty when
   *     none has a prediction
   * @param gpusUsed distinct GPUs the domain's placed deployments run on
   */
  public record PlanFigures(
      int planned,
      int placed,
      int withinSlo,
      Optional<LatencyAgainstSlo> worstP95Ms,
      int gpusUsed) {

    /**
     * Share of the domain's planned deployments predicted within SLO, 0..1; empty when none is
     * planned.
     */
    public Optional<Double> sloAttainment() {
      return planned == 0 ? Optional.empty() : Optional.of((double) withinSlo / planned);
    }
  }

  /** A predicted p95 next to the SLO it is held to. */
  public record LatencyAgainstSlo(double p95Ms, double sloMs) {}
}
