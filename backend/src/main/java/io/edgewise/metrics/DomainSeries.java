package io.edgewise.metrics;

import io.edgewise.fleet.SmartDomain;
import java.util.List;
import java.util.Optional;

/**
 * A domain's series over a dashboard range.
 *
 * @param sloMs the SLO line: the strictest latency SLO among the domain's deployments that are not
 *     paused, so a p95 above it means at least that deployment misses; empty without deployments
 * @param points one per bucket that has data, oldest first
 */
public record DomainSeries(
    SmartDomain domain, TimeRange range, Optional<Double> sloMs, List<SeriesPoint> points) {}
