package io.edgewise.metrics;

import java.util.List;
import java.util.UUID;

/**
 * Fired when a push of minutes (not the demo's import) is stored; observers that compare
 * measurements with predictions listen after the transaction commits.
 */
public record MetricsPushed(UUID tenantId, List<UUID> deploymentIds) {}
